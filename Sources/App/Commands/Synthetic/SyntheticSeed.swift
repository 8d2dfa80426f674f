package import Core
import Dashboard
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

    /// How far the seed got, for the progress lines on stderr.
    package enum Progress: Sendable, Equatable {
        /// Households written so far (reported about every tenth of the way).
        case households(Int)
        /// A step after the households, about to start.
        case step(String)
    }

    /// Triggers of 0100_registry.sql set aside during the load and put back from their stored SQL
    /// before the commit: the FTS insert (the index is rebuilt once instead), and the desa check,
    /// which holds by construction and would otherwise make every household insert keep a
    /// statement journal (https://sqlite.org/tempfiles.html §2.6); and the dashboard's summary
    /// triggers, whose summaries are rebuilt once after the load; and the ranking generation's,
    /// bumped once.
    static let triggersSetAside = ["registry_search_person_insert", "households_area_is_desa"]
        + DashboardSummaries.registryTriggers + RankingGeneration.triggers
    /// The tables the load fills, whose own indexes are built after it.
    static let filledTables = ["households", "persons", "household_memberships", "assessments", "assessment_answers", "household_scores"]

    /// Page cache for the load (KiB, as `PRAGMA cache_size` takes a negative number).
    static let loadCacheKiB = 1_048_576

    /// Seeds `households` households; `today` anchors ages and visit dates, `now` the timestamps.
    /// `progress` hears about every tenth of the households and each later step.
    package static func run(
        households count: Int, randomSeed: UInt64, in pool: DatabasePool, today: CalendarDate, now: Date,
        progress: (Progress) -> Void = { _ in }
    ) throws -> Summary {
        try pool.writeWithoutTransaction { db in
            // Durability is pointless for a load that is redone from its seed if the machine stops
            // (https://sqlite.org/pragma.html#pragma_synchronous); restored below.
            try db.execute("PRAGMA synchronous = OFF")
            try db.execute("PRAGMA cache_size = -\(loadCacheKiB)")
            // Every insert that fires a RAISE trigger or checks a foreign key keeps a statement
            // journal; in memory rather than in a temporary file it costs no system calls
            // (https://sqlite.org/tempfiles.html §2.6, §3).
            try db.execute("PRAGMA temp_store = MEMORY")
            // Lets CREATE INDEX sort on helper threads (https://sqlite.org/pragma.html#pragma_threads).
            try db.execute("PRAGMA threads = \(min(4, ProcessInfo.processInfo.activeProcessorCount))")
        }
        let summary: Summary
        do {
            summary = try pool.write { db in
                try load(count, randomSeed: randomSeed, today: today, now: now, progress: progress, in: db)
            }
            progress(.step("ANALYZE"))
        } catch {
            try? restoreSettings(of: pool)
            throw error
        }
        try pool.writeWithoutTransaction { db in
            // Approximate statistics from a sample of each index are enough for the planner and
            // take a fraction of the time (https://sqlite.org/lang_analyze.html#approx).
            try db.execute("PRAGMA analysis_limit = 1000")
            try db.execute("ANALYZE")
            try db.execute("PRAGMA analysis_limit = 0")
        }
        progress(.step("checkpoint"))
        try restoreSettings(of: pool)
        return summary
    }

    private static func restoreSettings(of pool: DatabasePool) throws {
        try pool.writeWithoutTransaction { db in
            try db.execute("PRAGMA synchronous = \(pool.configuration.synchronous.rawValue)")
            try db.execute("PRAGMA cache_size = -\(max(0, pool.configuration.cacheSizeKiB))")
            try db.execute("PRAGMA temp_store = DEFAULT")
            try db.execute("PRAGMA threads = 0")
            try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }

    private static func load(
        _ count: Int, randomSeed: UInt64, today: CalendarDate, now: Date, progress: (Progress) -> Void, in db: Connection
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

        // Indexes on the filled tables are dropped and built again from their stored SQL after
        // the load: one sort per index instead of a B-tree search per row.
        let indexes = try db.query(
            """
            SELECT name, sql FROM sqlite_schema
            WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(filledTables.map { "'\($0)'" }.joined(separator: ", ")))
            """
        ).map { (name: try $0.get(0, as: String.self), sql: try $0.get(1, as: String.self)) }
        for index in indexes { try db.execute("DROP INDEX \(index.name)") }
        var triggers: [String] = []
        for name in triggersSetAside {
            guard let sql = try db.scalar(
                String?.self, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?", [name])
            else { continue }
            triggers.append(sql)
            try db.execute("DROP TRIGGER \(name)")
        }

        let step = max(1, count / 10)
        var written = 0
        for (area, households) in zip(areas.map(\.area), perDesa) {
            for _ in 0..<households {
                try writer.write(population.household(in: area, random: &random), random: &random)
                written += 1
                if written % step == 0 { progress(.households(written)) }
            }
        }

        progress(.step("keanggotaan"))
        try db.execute(
            """
            INSERT INTO household_memberships (person_id, household_id, relationship, started_at, start_reason)
            SELECT id, household_id, relationship, created_at, 'Data sintetis' FROM persons WHERE id >= ?
            """, [firstPersonID])
        progress(.step("skor terkini"))
        try db.execute(
            """
            INSERT INTO household_scores
                (household_id, assessment_id, answers_id, set_id, total, band_id, member_count, desa_code,
                 kecamatan_code, no_kk, assessed_on)
            SELECT a.household_id, a.id, a.id, a.set_id, a.total, a.band_id, a.member_count, h.area_code, desa.parent_code,
                   h.no_kk, a.assessed_on
            FROM assessments AS a
            JOIN households AS h ON h.id = a.household_id
            JOIN areas AS desa ON desa.code = h.area_code
            WHERE a.id >= ?
            """, [firstAssessmentID])
        progress(.step("indeks"))
        for index in indexes { try db.execute(index.sql) }
        for sql in triggers { try db.execute(sql) }
        try RankingGeneration.bump(in: db)
        progress(.step("ringkasan dasbor"))
        try DashboardSummaries.rebuildRegistrySummaries(in: db)
        progress(.step("indeks pencarian"))
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
