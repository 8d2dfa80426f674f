/// Why a file was not stored or cannot be served. The first three are the uploader's to fix and
/// end as a message next to the upload field; the others are server faults (a logged 500).
package enum AttachmentError: Error, Sendable, Equatable {
    case empty
    case tooLarge(AttachmentKind)
    /// The content is not one of the kind's accepted types, whatever its name or declared type said.
    case typeNotAccepted(AttachmentKind)
    /// The row exists but its file is gone from the uploads folder.
    case fileMissing(String)
    case storageFailed(String)

    /// True when the uploader can fix it with another file.
    package var isFieldError: Bool {
        switch self {
        case .empty, .tooLarge, .typeNotAccepted: true
        case .fileMissing, .storageFailed: false
        }
    }

    /// The sentence shown next to the upload field.
    package var message: String {
        switch self {
        case .empty:
            return "Berkas kosong. Pilih berkas lain."
        case .tooLarge(let kind):
            return "Berkas terlalu besar: paling besar \(kind.maxSizeText)."
        case .typeNotAccepted(let kind):
            let labels = kind.acceptedTypes.map(\.label)
            let list = labels.count > 1
                ? labels.dropLast().joined(separator: ", ") + " atau " + (labels.last ?? "")
                : labels.joined()
            return "Jenis berkas tidak diterima: unggah berkas \(list)."
        case .fileMissing, .storageFailed:
            return "Berkas tidak dapat disimpan. Coba lagi atau hubungi administrator."
        }
    }
}
