/// A Kartu Keluarga number: 16 digits starting with the 6-digit region code of issue. Nothing
/// else is decoded from it (DOMAIN.md "NIK and No KK").
package struct NoKK: Sendable, Hashable, CustomStringConvertible {
    /// The 16 digits.
    package let digits: String

    /// `PPKKCC`: the region where the card was issued.
    package var regionCode: String { String(digits.prefix(6)) }

    /// Parses `text` (spaces, dots and dashes between digits are ignored).
    package static func parse(_ text: String) throws(NoKKProblem) -> NoKK {
        let digits = IdentityNumberText.normalized(text)
        guard !digits.isEmpty else { throw .empty }
        guard digits.allSatisfy(\.isASCIIDigit) else { throw .notDigits }
        guard digits.count == IdentityNumberText.length else { throw .wrongLength(digits.count) }
        guard IdentityNumberText.isPlausibleProvince(digits.prefix(2)) else { throw .unknownRegion }
        return NoKK(digits: digits)
    }

    /// Why `text` is not a well-formed No KK, or nil.
    package static func problem(_ text: String) -> NoKKProblem? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    /// `3402••••••••0001`.
    package var masked: String { IdentityNumberText.masked(digits) }

    package var description: String { masked }

    private init(digits: String) { self.digits = digits }
}

/// Why a No KK was refused.
package enum NoKKProblem: Error, Sendable, Equatable {
    case empty
    case wrongLength(Int)
    case notDigits
    /// The first two digits are no province code (11–99).
    case unknownRegion

    /// The Indonesian message shown next to the No KK field.
    package var message: String {
        switch self {
        case .empty: "No KK wajib diisi."
        case .wrongLength(let count): "No KK harus 16 digit; yang diisi \(count) karakter."
        case .notDigits: "No KK hanya boleh berisi angka 0–9."
        case .unknownRegion: "No KK harus diawali kode wilayah; dua digit pertama (provinsi) harus 11–99."
        }
    }

    /// Only the region rule may be overridden with a written reason; the shape never.
    package var isOverridable: Bool { self == .unknownRegion }
}
