package import Core
package import Database
import Documents
import Foundation
import Registry

/// Imports households, their members and their answers from a CSV or XLSX file (columns:
/// `HouseholdImportColumn`). `plan` checks every row and writes nothing; `write` stores the
/// valid new households in batches of `batchSize`, each batch one transaction with one audit
/// row, so a failure leaves the earlier batches and nothing of its own. Households whose No KK
/// is already registered with the same members are skipped, so running a file again (after a
/// failure, or by mistake) adds only what is missing.
package struct HouseholdImport: Sendable {
    package let pool: DatabasePool
    package let clock: Clock
    package let settings: SettingsCache
    /// Households per transaction.
    package var batchSize = 500

    /// The audit action of one written batch.
    package static let auditAction = "keluarga.impor"

    package init(pool: DatabasePool, clock: Clock = .system, settings: SettingsCache = SettingsCache()) {
        self.pool = pool
        self.clock = clock
        self.settings = settings
    }

    /// Checks the file in `bytes` for a user working in `scope`; writes nothing.
    package func plan(_ bytes: [UInt8], scope: AreaScope) throws -> HouseholdImportPlan {
        let records = try HouseholdImportFile.records(bytes)
        let today = CalendarDate(clock.now, timeZone: settings.current.timeZone)
        return try pool.read { db in
            guard let set = try IndicatorSetStore.active(in: db) else { throw HouseholdImportError.noActiveIndicatorSet }
            var validator = HouseholdImportValidator(set: set, scope: scope, today: today)
            return try validator.plan(records, in: db)
        }
    }

    /// Writes the new households of `plan` in batches; `progress(done, total, db)` runs inside
    /// each batch's transaction after its households (a job reports and checks cancellation
    /// there). Returns the plan's report with the written counts; throws `HouseholdImportFailure`
    /// when a batch is refused (the batches before it stay written).
    ///
    /// The plan already applied `RegistryService`'s rules, so the rows go straight to the
    /// registry's stores with one audit row per batch: the service's row per household and per
    /// person (each JSON-encoded and hash-chained) would triple the time of a large import.
    package func write(
        _ plan: HouseholdImportPlan, source: String, by actor: Actor, scope: AreaScope,
        progress: (Int, Int, Connection) throws -> Void = { _, _, _ in }
    ) throws -> HouseholdImportReport {
        var report = plan.report
        let total = plan.households.count
        let size = max(1, batchSize)
        var done = 0
        for (index, start) in stride(from: 0, to: total, by: size).enumerated() {
            let batch = plan.households[start..<min(total, start + size)]
            let (written, skipped) = try pool.write { db in
                let now = clock.now
                var written = 0
                var skipped = 0
                var persons = 0
                var assessments = 0
                for household in batch {
                    // Landed in an earlier run or batch since the plan was made.
                    if try HouseholdStore.findActive(noKK: household.household.noKK, in: db) != nil {
                        skipped += 1
                        continue
                    }
                    try store(household, by: actor, at: now, in: db)
                    written += 1
                    persons += household.persons.count
                    if household.assessment != nil { assessments += 1 }
                }
                var changes = AuditChanges()
                changes.set("source", to: source)
                changes.set("batch", to: String(index + 1))
                changes.set("rows", to: "\(batch.first?.line ?? 0)–\(batch.last?.line ?? 0)")
                changes.set("households", to: String(written))
                changes.set("persons", to: String(persons))
                changes.set("assessments", to: String(assessments))
                try AuditLog.record(
                    AuditEntry(action: Self.auditAction, entity: "household", changes: changes), by: actor, in: db, at: now)
                try progress(done + batch.count, total, db)
                return (written, skipped)
            }
            done += batch.count
            report.importedHouseholds += written
            report.newHouseholds -= skipped
            report.skippedHouseholds += skipped
            report.batchesWritten += 1
        }
        return report
    }

    private func store(_ planned: HouseholdImportPlan.NewHousehold, by actor: Actor, at now: Date, in db: Connection) throws {
        for person in planned.persons {
            if let taken = try PersonStore.find(nik: person.nik, in: db) {
                throw HouseholdImportFailure(
                    line: planned.line, reason: "NIK \(IdentityNumberText.masked(person.nik)) kini terdaftar atas nama \(taken.person.name).")
            }
        }
        let householdID = try HouseholdStore.insert(planned.household, overrideReason: nil, at: now, in: db)
        for person in planned.persons {
            _ = try PersonStore.insert(person, householdID: householdID, reason: "Impor keluarga", at: now, in: db)
        }
        if let assessment = planned.assessment {
            _ = try AssessmentStore.record(
                NewAssessment(
                    householdID: householdID, result: assessment.result, assessedOn: assessment.assessedOn,
                    assessedBy: actor.userID, source: .import, memberCount: planned.persons.count),
                at: now, in: db)
        }
    }
}

/// A batch refused while writing (the register changed since the preview): nothing of that
/// batch was written.
package struct HouseholdImportFailure: Error, Sendable, Equatable {
    package let line: Int
    package let reason: String

    /// An Indonesian sentence for the user.
    package var message: String {
        "Impor berhenti di keluarga baris \(line): \(reason) Kelompok berisi baris ini tidak disimpan; kelompok sebelumnya sudah tersimpan. Perbaiki lalu jalankan lagi: keluarga yang sudah masuk dilewati."
    }
}
