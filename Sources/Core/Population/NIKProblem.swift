/// Why a NIK was refused, each with the sentence shown beside the field.
package enum NIKProblem: Error, Sendable, Equatable {
    case empty
    /// Not 16 characters long (the count found).
    case wrongLength(Int)
    /// Holds something other than the digits 0–9.
    case notDigits
    /// The first two digits are no province code (11–99), or kabupaten or kecamatan is `00`.
    case unknownRegion
    /// The DDMMYY part is no day of the calendar (day 0, 31 February, month 13, day 32–40).
    case impossibleDate
    /// The last four digits are `0000`.
    case serialZero
    /// The date in the NIK is not the recorded birth date (`encoded` when a century fits).
    case birthDateMismatch(encoded: String)
    /// The day + 40 marks the other sex than the one recorded.
    case sexMismatch(encoded: Sex)

    /// The Indonesian message shown next to the NIK field.
    package var message: String {
        switch self {
        case .empty: "NIK wajib diisi."
        case .wrongLength(let count): "NIK harus 16 digit; yang diisi \(count) karakter."
        case .notDigits: "NIK hanya boleh berisi angka 0–9."
        case .unknownRegion: "Enam digit pertama NIK bukan kode wilayah yang sah (provinsi 11–99, kabupaten dan kecamatan bukan 00)."
        case .impossibleDate: "Digit 7–12 NIK bukan tanggal yang ada (tanggal 01–31, atau 41–71 untuk perempuan, dan bulan 01–12)."
        case .serialZero: "Empat digit terakhir NIK tidak boleh 0000."
        case .birthDateMismatch(let encoded): "Tanggal lahir dalam NIK (\(encoded)) tidak sama dengan tanggal lahir yang dicatat."
        case .sexMismatch(let encoded):
            encoded == .female
                ? "NIK ini bertanda perempuan (tanggal lahir + 40), tetapi jenis kelamin dicatat laki-laki."
                : "NIK ini bertanda laki-laki, tetapi jenis kelamin dicatat perempuan (tanggal perempuan ditambah 40)."
        }
    }

    /// True when a written reason may override the problem (legacy NIKs): the shape (16 digits)
    /// can never be overridden, the rules about what the digits mean can.
    package var isOverridable: Bool {
        switch self {
        case .empty, .wrongLength, .notDigits: false
        case .unknownRegion, .impossibleDate, .serialZero, .birthDateMismatch, .sexMismatch: true
        }
    }
}
