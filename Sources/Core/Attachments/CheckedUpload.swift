/// An upload whose content was read and passed its kind's checks (size, type by content), ready
/// for `AttachmentWriter.store`. Checking before the write transaction keeps file reading out of
/// the writer's lock and lets a form report the file's problem beside its other fields.
package struct CheckedUpload: Sendable, Equatable {
    package let kind: AttachmentKind
    /// The uploader's file name, cleaned for display (`AttachmentService.displayName`).
    package let fileName: String
    package let contentType: AttachmentContentType
    package let bytes: [UInt8]
}
