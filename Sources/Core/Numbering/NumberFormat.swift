/// A numbering format such as `400.9/{seq:3}/Dinsos/{month_roman}/{year}` (DESIGN.md §5).
/// Tokens: `{seq}`, `{seq:N}` (zero-padded to N digits), `{year}`, `{month}` (two digits),
/// `{month_roman}`, `{code}`, `{unit}`.
package enum NumberFormat {
    /// The values a format is filled with.
    package struct Values: Sendable {
        package var sequence: Int
        package var year: Int
        package var month: Int
        package var code: String
        package var unit: String

        package init(sequence: Int, year: Int, month: Int, code: String = "", unit: String = "") {
            self.sequence = sequence
            self.year = year
            self.month = month
            self.code = code
            self.unit = unit
        }
    }

    /// Refuses a format with an unknown or unclosed token, or without `{seq}` (numbers must differ).
    package static func validate(_ format: String) throws(NumberFormatError) {
        var hasSequence = false
        for piece in try pieces(of: format) {
            if case .token(let token) = piece, case .sequence = token { hasSequence = true }
        }
        if !hasSequence { throw .missingSequence }
    }

    /// The formatted number; a format that does not validate is returned with its bad tokens as written.
    package static func render(_ format: String, _ values: Values) -> String {
        guard let pieces = try? pieces(of: format) else { return format }
        return pieces.map { piece in
            switch piece {
            case .literal(let text): text
            case .token(.sequence(let width)): padded(values.sequence, width)
            case .token(.year): String(values.year)
            case .token(.month): padded(values.month, 2)
            case .token(.monthRoman): RomanNumeral.text(values.month)
            case .token(.code): values.code
            case .token(.unit): values.unit
            }
        }.joined()
    }

    private enum Token {
        case sequence(width: Int)
        case year, month, monthRoman, code, unit
    }

    private enum Piece {
        case literal(String)
        case token(Token)
    }

    private static func pieces(of format: String) throws(NumberFormatError) -> [Piece] {
        var result: [Piece] = []
        var rest = Substring(format)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { result.append(.literal(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else { throw .unclosedToken }
            let name = String(rest[rest.index(after: open)..<close])
            result.append(.token(try token(name)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty {
            if rest.contains("}") { throw .unclosedToken }
            result.append(.literal(String(rest)))
        }
        return result
    }

    private static func token(_ name: String) throws(NumberFormatError) -> Token {
        switch name {
        case "seq": return .sequence(width: 0)
        case "year": return .year
        case "month": return .month
        case "month_roman": return .monthRoman
        case "code": return .code
        case "unit": return .unit
        default:
            if name.hasPrefix("seq:"), let width = Int(name.dropFirst(4)), (1...10).contains(width) {
                return .sequence(width: width)
            }
            throw .unknownToken(name)
        }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// Why a numbering format was refused, in words for the settings form.
package enum NumberFormatError: Error, Equatable {
    case unknownToken(String)
    case unclosedToken
    case missingSequence

    package var message: String {
        switch self {
        case .unknownToken(let name): "Penanda {\(name)} tidak dikenal. Gunakan {seq}, {seq:3}, {year}, {month}, {month_roman}, {code} atau {unit}."
        case .unclosedToken: "Ada tanda kurung kurawal yang tidak ditutup."
        case .missingSequence: "Format harus memuat nomor urut {seq} atau {seq:N}."
        }
    }
}
