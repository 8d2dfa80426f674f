import Foundation

extension SettingsService {
    /// Adds one holiday (the admin's small form: a date and a name), audited like every other
    /// change of the settings. Throws `SettingsError.invalid` keyed `SettingsKey.holidayDate` /
    /// `holidayName`, a day already listed included.
    @discardableResult
    package func addHoliday(date: String, name: String, by actor: Actor) throws -> Holiday {
        let now = clock.now
        return try writing { db, _ in
            let current = try SettingsStore.load(db)
            let problems = Self.problems(addingHolidayOn: date, name: name, to: current.holidays)
            guard problems.isEmpty, let day = Holiday.parseDay(date) else { throw SettingsError.invalid(problems) }
            let holiday = Holiday(day: day, name: name.trimmingCharacters(in: .whitespacesAndNewlines))
            var next = current
            next.holidays = (current.holidays + [holiday]).sorted { $0.day < $1.day }
            _ = try commit(next, over: current, by: actor, in: db, at: now)
            return holiday
        }
    }

    /// Removes the holiday on `day`; nil (and nothing written) when none is listed on it.
    @discardableResult
    package func removeHoliday(on day: CalendarDate, by actor: Actor) throws -> Holiday? {
        let now = clock.now
        return try writing { db, _ in
            let current = try SettingsStore.load(db)
            guard let removed = current.holidays.first(where: { $0.day == day }) else { return nil }
            var next = current
            next.holidays.removeAll { $0.day == day }
            _ = try commit(next, over: current, by: actor, in: db, at: now)
            return removed
        }
    }
}
