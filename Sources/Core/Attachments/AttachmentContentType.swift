/// The only content types stored, each recognised by its leading bytes rather than by the file
/// name or the type the browser declared. Raw values are the media types served.
package enum AttachmentContentType: String, Sendable, CaseIterable, Codable {
    case jpeg = "image/jpeg"
    case png = "image/png"
    case pdf = "application/pdf"

    /// The signature each type starts with: JPEG's SOI marker and the first byte of the next
    /// marker (JFIF/Exif), PNG's eight-byte signature (PNG spec §5.2), PDF's header (ISO 32000-1 §7.5.2).
    package var signature: [UInt8] {
        switch self {
        case .jpeg: [0xFF, 0xD8, 0xFF]
        case .png: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        case .pdf: Array("%PDF-".utf8)
        }
    }

    /// The type whose signature `bytes` starts with, or nil.
    package static func detect(_ bytes: some Collection<UInt8>) -> AttachmentContentType? {
        allCases.first { bytes.starts(with: $0.signature) }
    }

    /// The extension of the stored file.
    package var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .pdf: "pdf"
        }
    }

    /// The name people know the type by.
    package var label: String {
        switch self {
        case .jpeg: "JPEG"
        case .png: "PNG"
        case .pdf: "PDF"
        }
    }
}
