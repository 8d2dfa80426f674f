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
    package func write(
        _ plan: HouseholdImportPlan, source: String, by actor: Actor, scope: AreaScope,
        progress: (Int, Int, Connection) throws -> Void = { _, _, _ in }
    ) throws -> HouseholdImportReport {
        var report = plan.report
        let service = RegistryService(pool: pool, clock: clock, settings: settings)
        let total = plan.households.count
        var done = 0
        for (index, start) in stride(from: 0, to: total, by: max(1, batchSize)).enumerated() {
            let batch = plan.households[start..<min(total, start + max(1, batchSize))]
            let (written, skipped) = try pool.write { db in
                var written = 0
                var skipped = 0
                var persons = 0
                for household in batch {
                    // Landed in an earlier run or batch since the plan was made.
                    if try HouseholdStore.findActive(noKK: household.household.noKK, in: db) != nil {
                        skipped += 1
                        continue
                    }
                    try store(household, service: service, by: actor, scope: scope, in: db)
                    written += 1
                    persons += 1 + household.members.count
                }
                var changes = AuditChanges()
                changes.set("source", to: source)
                changes.set("batch", to: String(index + 1))
                changes.set("rows", to: "\(batch.first?.line ?? 0)–\(batch.last?.line ?? 0)")
                changes.set("households", to: String(written))
                changes.set("persons", to: String(persons))
                try AuditLog.record(
                    AuditEntry(action: Self.auditAction, entity: "household", changes: changes), by: actor, in: db,
                    at: clock.now)
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

    private func store(
        _ planned: HouseholdImportPlan.NewHousehold, service: RegistryService, by actor: Actor, scope: AreaScope,
        in db: Connection
    ) throws {
        do {
            let (household, _) = try service.createHousehold(planned.household, head: planned.head, by: actor, scope: scope, in: db)
            for member in planned.members {
                _ = try service.addMember(to: household.id, member, by: actor, scope: scope, in: db)
            }
            if let assessment = planned.assessment {
                _ = try AssessmentStore.record(
                    NewAssessment(
                        householdID: household.id, result: assessment.result, assessedOn: assessment.assessedOn,
                        assessedBy: actor.userID, source: .import, memberCount: 1 + planned.members.count),
                    at: clock.now, in: db)
            }
        } catch let error as RegistryError {
            throw HouseholdImportFailure(line: planned.line, reason: error.publicMessage ?? "data ditolak")
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
