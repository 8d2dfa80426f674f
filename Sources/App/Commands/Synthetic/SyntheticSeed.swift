package import Core
package import Database
package import Foundation
import Registry
import Sidamesra

/// `dinsos seed --synthetic`: fills an empty registry with `households` invented households in
/// every desa, their members and, for about 90 %, an assessment under the active indicator set,
/// in one transaction (all or nothing).
///
/// Written for speed rather than through the services: ids are assigned here, statements are
/// prepared once and reused, the FTS insert trigger is set aside and the index rebuilt once at
/// the end (https://sqlite.org/fts5.html, "The 'rebuild' Command"), memberships and
/// household_scores are filled by one INSERT … SELECT each (the same rows `PersonStore` and
/// `AssessmentStore.record` write), and one audit row sums it up.
package enum SyntheticSeed {
    /// What was written.
    package struct Summary: Sendable, Equatable {
        package let households: Int
        package let persons: Int
        package let assessments: Int
    }

    /// The FTS trigger set aside during the load (0100_registry.sql).
    static let searchTrigger = "registry_search_person_insert"
    /// Page cache for the load (KiB, as `PRAGMA cache_size` takes a negative number).
    static let loadCacheKiB = 524_288

    /// Seeds `households` households; `today` anchors ages and visit dates, `now` the timestamps.
    /// `progress` is called with the households written so far, about every tenth of the way.
    package static func run(
        households count: Int, randomSeed: UInt64, in pool: DatabasePool, today: CalendarDate, now: Date,
        progress: (Int) -> Void = { _ in }
    ) throws -> Summary {
        try pool.writeWithoutTransaction { db in
            // Durability is pointless for a load that is redone from its seed if the machine stops
            // (https://sqlite.org/pragma.html#pragma_synchronous); restored below.
            try db.execute("PRAGMA synchronous = OFF")
            try db.execute("PRAGMA cache_size = -\(loadCacheKiB)")
        }
        let summary: Summary
        do {
            summary = try pool.write { db in
                try load(count, randomSeed: randomSeed, today: today, now: now, progress: progress, in: db)
            }
        } catch {
            try? restoreSettings(of: pool)
            throw error
        }
        try pool.writeWithoutTransaction { db in
            try db.execute("ANALYZE")
        }
        try restoreSettings(of: pool)
        return summary
    }

    private static func restoreSettings(of pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute("PRAGMA synchronous = \(pool.configuration.synchronous.rawValue)")
            try db.execute("PRAGMA cache_size = -\(max(0, pool.configuration.cacheSizeKiB))")
            try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    private static func load(
        _ count: Int, randomSeed: UInt64, today: CalendarDate, now: Date, progress: (Int) -> Void, in db: Connection
    ) throws -> Summary {
        let existing = try db.scalar(Int.self, "SELECT count(*) FROM households")
        guard existing == 0 else { throw SyntheticSeedError.registryNotEmpty(existing) }
        guard let set = try IndicatorSetStore.active(in: db) else { throw SyntheticSeedError.noActiveIndicatorSet }
        guard let answers = SyntheticAnswers(set: set) else { throw SyntheticSeedError.unusableIndicatorSet }
        var random = SyntheticRandom(seed: randomSeed)
        let areas = try SyntheticAreas.load(in: db, random: &random)
        let perDesa = SyntheticAreas.allocate(count, weights: areas.map(\.weight))
        let population = SyntheticPopulation(
            today: SyntheticDay(year: today.year, month: today.month, day: today.day), answers: answers)
        var writer = try SyntheticRowWriter(
            db: db, answers: answers, timestamp: ISO8601Timestamp.format(now),
            firstPersonID: try db.scalar(Int64.self, "SELECT coalesce(max(id), 0) + 1 FROM persons"),
            firstAssessmentID: try db.scalar(Int64.self, "SELECT coalesce(max(id), 0) + 1 FROM assessments"))
        let firstPersonID = writer.nextPersonID
        let firstAssessmentID = writer.nextAssessmentID

        let trigger = try db.scalar(
            String?.self, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?", [searchTrigger])
        if trigger != nil { try db.execute("DROP TRIGGER \(searchTrigger)") }

        let step = max(1, count / 10)
        var written = 0
        for (area, households) in zip(areas.map(\.area), perDesa) {
            for _ in 0..<households {
                try writer.write(population.household(in: area, random: &random), random: &random)
                written += 1
                if written % step == 0 { progress(written) }
            }
        }

        try db.execute(
            """
            INSERT INTO household_memberships (person_id, household_id, relationship, started_at, start_reason)
            SELECT id, household_id, relationship, created_at, 'Data sintetis' FROM persons WHERE id >= ?
            """, [firstPersonID])
        try db.execute(
            """
            INSERT INTO household_scores
                (household_id, assessment_id, set_id, total, band_id, member_count, desa_code, kecamatan_code,
                 no_kk, assessed_on)
            SELECT a.household_id, a.id, a.set_id, a.total, a.band_id, a.member_count, h.area_code, desa.parent_code,
                   h.no_kk, a.assessed_on
            FROM assessments AS a
            JOIN households AS h ON h.id = a.household_id
            JOIN areas AS desa ON desa.code = h.area_code
            WHERE a.id >= ?
            """, [firstAssessmentID])
        if let trigger { try db.execute(trigger) }
        try RegistrySearchIndex.rebuild(in: db)

        let summary = Summary(
            households: written, persons: Int(writer.nextPersonID - firstPersonID),
            assessments: Int(writer.nextAssessmentID - firstAssessmentID))
        var changes = AuditChanges()
        changes.set("households", to: String(summary.households))
        changes.set("persons", to: String(summary.persons))
        changes.set("assessments", to: String(summary.assessments))
        changes.set("random_seed", to: String(randomSeed))
        changes.set("indicator_set_id", to: String(set.id))
        try AuditLog.record(AuditEntry(action: "seed.sintetis", entity: "households", changes: changes), by: .cli, in: db, at: now)
        return summary
    }
}
