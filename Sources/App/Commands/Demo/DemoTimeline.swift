import Core
import Foundation

/// The demo's calendar: steps placed at office hours on the working days of the five weeks before
/// the current one, run in time order on a manual clock that every demo service reads. So each
/// workflow event, audit row, registration and letter number carries the time of its step, and the
/// dashboard's SLA figures look like weeks of real work; every step is in the past whatever the
/// day the seed runs, and the same steps give the same data.
final class DemoTimeline {
    /// How many whole weeks before the current one the demo spans.
    static let weeks = 5

    /// The clock the demo services are built with.
    let clock: Clock
    /// The deployment's time zone (dates of coordination, assessments, letters).
    let timeZone: String
    private let time: ManualTime
    private let calendar: Calendar
    /// Monday 00.00 of the first demo week, local time.
    private let firstMonday: Date
    private var steps: [(at: Date, order: Int, run: () throws -> Void)] = []

    init(now: Date, timeZone: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 7 * 3600) ?? calendar.timeZone
        calendar.firstWeekday = 2
        let thisMonday = calendar.dateInterval(of: .weekOfYear, for: now)?.start ?? now
        firstMonday = calendar.date(byAdding: .day, value: -7 * Self.weeks, to: thisMonday) ?? thisMonday
        self.calendar = calendar
        self.timeZone = timeZone
        (clock, time) = Clock.manual(firstMonday)
    }

    /// `hour`.`minute` local time on `day` (0 Monday … 4 Friday) of demo week `week` (0 the first).
    func date(week: Int, day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        let midnight = calendar.date(byAdding: .day, value: week * 7 + day, to: firstMonday) ?? firstMonday
        return calendar.date(bySettingHour: hour, minute: minute, second: 0, of: midnight) ?? midnight
    }

    /// The local calendar day of the clock.
    var today: CalendarDate { CalendarDate(clock.now, timeZone: timeZone) }

    /// The local calendar day of `day` of demo week `week`.
    func day(week: Int, day: Int) -> CalendarDate { CalendarDate(date(week: week, day: day, 12), timeZone: timeZone) }

    /// Plans `step` for `hour`.`minute` on `day` of `week`; steps at the same time run in the order planned.
    func at(week: Int, day: Int, _ hour: Int, _ minute: Int = 0, _ step: @escaping () throws -> Void) {
        steps.append((date(week: week, day: day, hour, minute), steps.count, step))
    }

    /// Moves the clock forward to `date` (never back).
    func move(to date: Date) {
        let seconds = date.timeIntervalSince(time.now)
        if seconds > 0 { time.advance(by: seconds) }
    }

    /// Runs the planned steps in time order, the clock set to each step's time.
    func run() throws {
        let planned = steps.sorted { ($0.at, $0.order) < ($1.at, $1.order) }
        steps.removeAll()
        for step in planned {
            move(to: step.at)
            try step.run()
        }
    }
}
