package import Database
package import Foundation

/// The one source of numbers for everything numbered (registrations, letters, batches): a
/// per-series, per-year sequence. It runs inside the caller's write transaction, so a number is
/// taken only when the caller's change commits: no gaps, no duplicates (there is one writer).
package enum NumberingService {
    /// Takes the next number of `series` for the year of `now` in `timeZone`, formatted with `format`.
    package static func next(
        series: String, format: String, code: String = "", unit: String = "", in db: Connection, at now: Date,
        timeZone: String
    ) throws -> IssuedNumber {
        precondition(db.isInTransaction, "numbers are taken inside the caller's write transaction")
        let day = CalendarDate(now, timeZone: timeZone)
        let sequence = try db.scalar(
            Int.self,
            """
            INSERT INTO number_sequences (series, year, last) VALUES (?, ?, 1)
            ON CONFLICT (series, year) DO UPDATE SET last = last + 1
            RETURNING last
            """, [series, day.year])
        let text = NumberFormat.render(
            format, NumberFormat.Values(sequence: sequence, year: day.year, month: day.month, code: code, unit: unit))
        return IssuedNumber(series: series, year: day.year, sequence: sequence, text: text)
    }

    /// The last number taken in a series and year (0 when none), for reports and tests.
    package static func last(series: String, year: Int, in db: Connection) throws -> Int {
        try db.scalar(Int?.self, "SELECT last FROM number_sequences WHERE series = ? AND year = ?", [series, year]) ?? 0
    }
}
