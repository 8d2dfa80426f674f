/// What an uploaded file is for; each kind has its own accepted types and size limit
/// (DESIGN.md §4). Raw values are what `attachments.kind` stores.
package enum AttachmentKind: String, Sendable, CaseIterable, Codable {
    /// The instansi's logo on every page and letterhead.
    case logo
    /// A supporting document of a proposal or request (scans, letters).
    case document
    /// A photo of a house or a person's situation.
    case photo

    /// The content types accepted, detected from the bytes themselves.
    package var acceptedTypes: [AttachmentContentType] {
        switch self {
        case .logo: [.png, .jpeg]
        case .document: [.jpeg, .png, .pdf]
        case .photo: [.jpeg, .png]
        }
    }

    /// The largest file accepted, in bytes.
    package var maxByteCount: Int {
        switch self {
        case .logo: 1_048_576
        case .document, .photo: 5 * 1_048_576
        }
    }

    /// The limit as people read it: `1 MB`, `5 MB`.
    package var maxSizeText: String { "\(maxByteCount / 1_048_576) MB" }
}
