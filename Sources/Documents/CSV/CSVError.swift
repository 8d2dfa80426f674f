/// Why a CSV file could not be read. Lines are 1-based lines of the file.
package enum CSVError: Error, Sendable, Equatable {
    /// A quoted field opened on `line` is still open at the end of the file.
    case unterminatedQuote(line: Int)
    /// Something other than a delimiter, a line break or a second quote follows a closing quote
    /// (`"abc"x`); RFC 4180 §2 allows only those.
    case textAfterClosingQuote(line: Int)
    /// The record starting on `line` is not valid UTF-8.
    case invalidUTF8(line: Int)
    /// A field of the record starting on `line` is longer than `CSVLimits.maximumFieldBytes`.
    case fieldTooLong(line: Int, limit: Int)
    /// The record starting on `line` has more fields than `CSVLimits.maximumFieldCount`.
    case tooManyFields(line: Int, limit: Int)
    /// The file could not be opened or read.
    case unreadableFile(path: String, reason: String)

    /// The line the problem is on, when it is about the contents.
    package var line: Int? {
        switch self {
        case .unterminatedQuote(let line), .textAfterClosingQuote(let line), .invalidUTF8(let line),
            .fieldTooLong(let line, _), .tooManyFields(let line, _):
            line
        case .unreadableFile:
            nil
        }
    }

    /// An Indonesian sentence for staff, without the line number (callers add "Baris N: ").
    package var message: String {
        switch self {
        case .unterminatedQuote:
            "tanda kutip (\") yang dibuka di baris ini tidak pernah ditutup."
        case .textAfterClosingQuote:
            "ada teks setelah tanda kutip penutup; kolom yang diberi tanda kutip harus diakhiri tanda kutip."
        case .invalidUTF8:
            "teks bukan UTF-8; simpan ulang berkas sebagai \"CSV UTF-8\"."
        case .fieldTooLong(_, let limit):
            "satu kolom lebih panjang dari \(limit) bita."
        case .tooManyFields(_, let limit):
            "baris memiliki lebih dari \(limit) kolom."
        case .unreadableFile(let path, let reason):
            "berkas \(path) tidak dapat dibaca: \(reason)."
        }
    }
}
