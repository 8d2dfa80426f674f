/// One cell as `XLSXReader` finds it.
package enum XLSXValue: Sendable, Equatable {
    /// A shared, inline or formula-result string.
    case text(String)
    /// A number in a cell without a date format (Excel stores every number as a double).
    case number(Double)
    /// TRUE or FALSE.
    case boolean(Bool)
    /// A number in a cell with a date or time format, as the wall-clock time it shows.
    case date(XLSXDateTime)
    /// An error value such as `#N/A` or `#DIV/0!`.
    case error(String)
    /// No cell, or a cell without a value.
    case empty

    /// The value as text, the way an importer reading strings wants it: numbers that are whole
    /// and below 2^53 without a fraction or exponent (a NIK typed as a number comes back as its
    /// digits, though digits past the 15th may already have been lost by Excel), booleans as
    /// `TRUE`/`FALSE`, dates as `yyyy-mm-dd` (with ` hh:mm:ss` when the time is not midnight).
    package var textValue: String {
        switch self {
        case .text(let text): text
        case .number(let number): Self.plainText(number)
        case .boolean(let value): value ? "TRUE" : "FALSE"
        case .date(let date): date.description
        case .error(let code): code
        case .empty: ""
        }
    }

    /// Whether the cell holds nothing (or only an empty string).
    package var isEmpty: Bool {
        switch self {
        case .empty: true
        case .text(let text): text.isEmpty
        default: false
        }
    }

    private static func plainText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 9_007_199_254_740_992 {
            return String(Int(number))
        }
        return String(number)
    }
}
