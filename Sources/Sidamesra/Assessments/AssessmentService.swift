package import Core
package import Database
import Foundation
import Registry

/// The rules of an assessment (pendataan): an active household inside the user's areas, every
/// indicator of the active set answered, a plausible date; stored, made current and audited in
/// one write transaction.
package struct AssessmentService: Sendable {
    package let pool: DatabasePool
    package let clock: Clock
    package let settings: SettingsCache

    /// The audit action of a stored assessment.
    package static let auditAction = "penilaian.simpan"
    /// The earliest assessment date accepted.
    package static let earliestDate = CalendarDate(year: 2000, month: 1, day: 1)

    package init(pool: DatabasePool, clock: Clock = .system, settings: SettingsCache = SettingsCache()) {
        self.pool = pool
        self.clock = clock
        self.settings = settings
    }

    /// Today in the deployment's time zone (the form's default date).
    package var today: CalendarDate { CalendarDate(clock.now, timeZone: settings.current.timeZone) }

    /// Scores `answers` (indicator code → option id) for household `householdID` against the
    /// active set and stores the assessment as the household's current one. Throws
    /// `AssessmentError`: not found outside `scope`, not active, no active set, incomplete or
    /// foreign answers (`.scoring`), a date in the future or before 2000.
    package func submit(
        household householdID: Int64, answers: [String: Int64], assessedOn: CalendarDate, note: String,
        by actor: Actor, scope: AreaScope
    ) throws -> AssessmentDetail {
        let today = self.today
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        return try pool.write { db in
            guard let household = try HouseholdStore.find(householdID, in: scope, db: db) else {
                throw AssessmentError.householdNotFound
            }
            guard household.status == .active else {
                throw AssessmentError.householdNotActive(statusLabel: household.status.label)
            }
            if let problem = Self.dateProblem(assessedOn, today: today) { throw AssessmentError.invalidDate(problem) }
            guard let set = try IndicatorSetStore.active(in: db) else { throw AssessmentError.noActiveSet }
            let result: ScoreResult
            do {
                result = try Scoring.score(answers.mapValues(Answer.option), in: set)
            } catch let error as ScoringError {
                throw AssessmentError.scoring(error)
            }
            let members = try PersonStore.members(of: householdID, in: db).filter { $0.status == .alive }.count
            let now = clock.now
            let id = try AssessmentStore.record(
                NewAssessment(
                    householdID: householdID, result: result, assessedOn: assessedOn, assessedBy: actor.userID,
                    source: .form, memberCount: members, note: note),
                at: now, in: db)
            var changes = AuditChanges()
            changes.set("assessment_id", to: String(id))
            changes.set("set_id", to: String(set.id))
            changes.set("total", to: String(result.total))
            changes.set("category", to: result.band.name)
            changes.set("assessed_on", to: assessedOn.iso)
            _ = try AuditLog.record(
                AuditEntry(
                    action: Self.auditAction, entity: "household", entityID: String(householdID),
                    areaCode: household.areaCode, changes: changes),
                by: actor, in: db, at: now)
            guard let stored = try AssessmentStore.detail(id, in: db) else { throw AssessmentError.householdNotFound }
            return stored
        }
    }

    /// Why `day` cannot be an assessment date, or nil.
    static func dateProblem(_ day: CalendarDate, today: CalendarDate) -> String? {
        if today < day { return "Tanggal penilaian tidak boleh setelah hari ini." }
        if let earliest = earliestDate, day < earliest { return "Tanggal penilaian tidak boleh sebelum tahun 2000." }
        return nil
    }
}
