package import Foundation

/// One cell of a row written by `XLSXWriter`.
package enum XLSXCell: Sendable, Equatable {
    /// Text, always written as an inline string (never a formula), so `=SUM(…)`, `+62…` or a
    /// 16-digit NIK stay exactly as given. Use this for identifiers (NIK, No. KK, phone numbers).
    case text(String)
    /// A whole number. Excel keeps numbers as doubles: exact only up to 15 digits, so never for NIK.
    case integer(Int)
    /// A decimal number; NaN and infinities cannot be stored and leave the cell empty.
    case decimal(Double)
    /// A calendar date (1900-01-01 to 9999-12-31), shown as `dd/mm/yyyy`.
    case date(year: Int, month: Int, day: Int)
    /// An instant, shown as `dd/mm/yyyy hh:mm` in the writer's time zone.
    case dateTime(Date)
    /// TRUE or FALSE.
    case boolean(Bool)
    /// Nothing: the cell is left out of the row.
    case empty
}
