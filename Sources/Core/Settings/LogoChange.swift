/// What a settings save does with the logo.
package enum LogoChange: Sendable {
    case keep
    /// No logo any more (the old file stays, marked replaced, for the audit trail).
    case remove
    /// A new logo (PNG or JPEG, checked by content).
    case replace(AttachmentUpload)
}
