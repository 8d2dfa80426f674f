import Core
import Foundation

/// "5 Oktober 2023" for a moment, in a time zone.
enum CalendarDateText {
    static func day(_ date: Date, timeZone: String) -> String {
        CalendarDate(date, timeZone: timeZone).indonesian
    }
}
