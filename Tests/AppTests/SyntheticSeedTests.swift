import App
import Core
import Dashboard
import Database
import Foundation
import Testing
import TestSupport

/// `dinsos seed --synthetic` on small temporary registries.
@Suite struct SyntheticSeedTests {
    static let households = 300
    static let clock = Clock { Date(timeIntervalSince1970: 1_795_000_000) }

    /// A seeded database in a fresh folder; `remove()` deletes it.
    struct Seeded {
        let folder: String
        let summary: SyntheticSeed.Summary
        var database: String { folder + "/dinsos.sqlite" }

        init(randomSeed: UInt64 = 7, households: Int = SyntheticSeedTests.households) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("dinsos-synth-\(UUID().uuidString)").path
            summary = try SyntheticSeedCommand.run(
                databasePath: folder + "/dinsos.sqlite", root: TestApp.root, households: households,
                randomSeed: randomSeed, clock: SyntheticSeedTests.clock)
        }

        func read<T>(_ body: (Connection) throws -> T) throws -> T {
            let pool = try DatabasePool(path: database)
            defer { pool.close() }
            return try pool.read(body)
        }

        func count(_ sql: String) throws -> Int { try read { try $0.scalar(Int.self, sql) } }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    static func exitStatusOf(_ body: () throws -> Void) -> Int32 {
        do {
            try body()
            return 0
        } catch {
            return exitStatus(for: error)
        }
    }

    @Test func countsMatchTheSummaryAndTheRegistry() throws {
        let seeded = try Seeded()
        defer { seeded.remove() }
        let summary = seeded.summary
        #expect(summary.households == Self.households)
        #expect(try seeded.count("SELECT count(*) FROM households WHERE status = 'aktif'") == Self.households)
        #expect(try seeded.count("SELECT count(*) FROM persons WHERE status = 'hidup'") == summary.persons)
        #expect(try seeded.count("SELECT count(*) FROM household_memberships WHERE ended_at IS NULL") == summary.persons)
        #expect(try seeded.count("SELECT count(*) FROM assessments WHERE source = 'sintetis'") == summary.assessments)
        #expect(try seeded.count("SELECT count(*) FROM household_scores") == summary.assessments)
        let meanSize = Double(summary.persons) / Double(summary.households)
        #expect((2.7...3.5).contains(meanSize), "mean household size \(meanSize)")
        #expect((240...295).contains(summary.assessments), "\(summary.assessments) of 300 assessed")
        #expect(try seeded.count("SELECT count(*) FROM persons GROUP BY household_id ORDER BY 1 DESC LIMIT 1") <= 7)
        #expect(try seeded.count("SELECT count(*) FROM audit_log WHERE action = 'seed.sintetis' AND actor = 'cli'") == 1)
        #expect(try seeded.count("SELECT count(*) FROM audit_log") == 1)
    }

    @Test func everyNIKIsValidForItsPersonAndRegion() throws {
        let seeded = try Seeded()
        defer { seeded.remove() }
        let rows = try seeded.read {
            try $0.query(
                """
                SELECT p.nik, p.sex, p.birth_date, h.no_kk, replace(a.parent_code, '.', '')
                FROM persons AS p JOIN households AS h ON h.id = p.household_id JOIN areas AS a ON a.code = h.area_code
                """)
        }
        #expect(rows.count == seeded.summary.persons)
        var niks = Set<String>()
        for row in rows {
            let nik = try row.get(0, as: String.self)
            let sex = try #require(Sex(rawValue: try row.get(1, as: String.self)))
            let born = try #require(CalendarDate(iso: try row.get(2, as: String.self)))
            let region = try row.get(4, as: String.self)
            #expect(NIK.problem(nik, sex: sex, birthDate: born) == nil, "\(nik) for \(sex) born \(born)")
            #expect(nik.hasPrefix(region))
            #expect(NoKK.problem(try row.get(3, as: String.self)) == nil)
            #expect(try row.get(3, as: String.self).hasPrefix(region))
            niks.insert(nik)
        }
        #expect(niks.count == rows.count)
        #expect(try seeded.count("SELECT count(DISTINCT no_kk) FROM households") == Self.households)
    }

    @Test func everyHouseholdHasOneHeadAndLivesInADesa() throws {
        let seeded = try Seeded()
        defer { seeded.remove() }
        #expect(try seeded.count(
            """
            SELECT count(*) FROM households AS h
            WHERE (SELECT count(*) FROM persons WHERE household_id = h.id AND relationship = 'kepala') != 1
            """) == 0)
        #expect(try seeded.count(
            "SELECT count(*) FROM households AS h JOIN areas AS a ON a.code = h.area_code WHERE a.level != 'desa'") == 0)
        // 300 households reach every one of the 75 Bantul kalurahan.
        #expect(try seeded.count(
            "SELECT count(*) FROM areas WHERE level = 'desa' AND code NOT IN (SELECT area_code FROM households)") == 0)
    }

    @Test func currentScoresAreTheAssessmentsAndFitTheirBands() throws {
        let seeded = try Seeded()
        defer { seeded.remove() }
        #expect(try seeded.count(
            """
            SELECT count(*) FROM household_scores AS s
            JOIN assessments AS a ON a.id = s.assessment_id
            JOIN households AS h ON h.id = s.household_id
            JOIN areas AS desa ON desa.code = h.area_code
            WHERE a.id = (SELECT max(id) FROM assessments WHERE household_id = s.household_id)
              AND a.household_id = s.household_id AND a.total = s.total AND a.band_id = s.band_id
              AND a.set_id = s.set_id AND a.member_count = s.member_count AND a.assessed_on = s.assessed_on
              AND s.desa_code = h.area_code AND s.kecamatan_code = desa.parent_code AND s.no_kk = h.no_kk
            """) == seeded.summary.assessments)
        #expect(try seeded.count(
            """
            SELECT count(*) FROM assessments AS a JOIN category_bands AS b ON b.id = a.band_id
            WHERE a.total NOT BETWEEN b.min_score AND b.max_score OR b.set_id != a.set_id
            """) == 0)
        // Every indicator answered once, with the option's own points, adding up to the total.
        #expect(try seeded.count(
            """
            SELECT count(*) FROM assessments AS a
            WHERE (SELECT count(*) FROM assessment_answers WHERE assessment_id = a.id)
                  != (SELECT count(*) FROM indicators WHERE set_id = a.set_id)
               OR (SELECT sum(points) FROM assessment_answers WHERE assessment_id = a.id) != a.total
            """) == 0)
        #expect(try seeded.count(
            """
            SELECT count(*) FROM assessment_answers AS x JOIN indicator_options AS o ON o.id = x.option_id
            WHERE o.indicator_id != x.indicator_id OR o.points != x.points
            """) == 0)
        // Every category occurs, the poorest least.
        let perBand = try seeded.read {
            try $0.query("SELECT count(*) FROM household_scores GROUP BY band_id ORDER BY band_id").map { try $0.get(0, as: Int.self) }
        }
        #expect(perBand.count == 4)
        #expect(perBand.first == perBand.min())
    }

    @Test func theSearchIndexIsRebuiltAndItsTriggerRestored() throws {
        let seeded = try Seeded()
        defer { seeded.remove() }
        let nik = try seeded.read { try $0.scalar(String.self, "SELECT nik FROM persons ORDER BY id DESC LIMIT 1") }
        #expect(try seeded.read {
            try $0.scalar(Int.self, "SELECT count(*) FROM registry_search WHERE registry_search MATCH ?", ["nik:" + nik])
        } == 1)
        #expect(try seeded.count(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'registry_search_person_insert'") == 1)
        let pool = try DatabasePool(path: seeded.database)
        defer { pool.close() }
        try pool.write { try $0.execute("INSERT INTO registry_search (registry_search) VALUES ('integrity-check')") }
    }

    @Test func theDashboardSummariesAreRebuiltAndTheirTriggersRestored() throws {
        let seeded = try Seeded()
        defer { seeded.remove() }
        let (stored, recounted) = try seeded.read { db in
            (try DashboardSummaries.stored(in: db), try DashboardSummaries.recount(in: db))
        }
        #expect(stored == recounted)
        #expect(stored.households.values.reduce(0, +) == Self.households)
        for name in DashboardSummaries.registryTriggers {
            #expect(try seeded.count("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = '\(name)'") == 1, "\(name)")
        }
    }

    @Test func theSameSeedGivesTheSameData() throws {
        let first = try Seeded(randomSeed: 42, households: 80)
        let second = try Seeded(randomSeed: 42, households: 80)
        let other = try Seeded(randomSeed: 43, households: 80)
        defer {
            first.remove()
            second.remove()
            other.remove()
        }
        let query = "SELECT nik || ' ' || name FROM persons ORDER BY id LIMIT 10"
        let firstPeople = try first.read { try $0.query(query).map { try $0.get(0, as: String.self) } }
        #expect(firstPeople.count == 10)
        #expect(try second.read { try $0.query(query).map { try $0.get(0, as: String.self) } } == firstPeople)
        #expect(try other.read { try $0.query(query).map { try $0.get(0, as: String.self) } } != firstPeople)
        #expect(first.summary == second.summary)
    }

    @Test func aRegistryWithHouseholdsIsRefusedAndLeftAlone() throws {
        let seeded = try Seeded(households: 20)
        defer { seeded.remove() }
        var thrown: (any Error)?
        do {
            try SyntheticSeedCommand.run(databasePath: seeded.database, root: TestApp.root, households: 5, clock: Self.clock)
        } catch {
            thrown = error
        }
        let error = try #require(thrown as? CommandFailure)
        #expect(error.message.contains("20 households"))
        #expect(exitStatus(for: error) == 1)
        #expect(try seeded.count("SELECT count(*) FROM households") == 20)
        #expect(try seeded.count("SELECT count(*) FROM audit_log") == 1)
    }

    @Test(arguments: [nil, 0, -5] as [Int?])
    func aMissingOrNonPositiveCountIsWrongUsage(households: Int?) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dinsos-synth-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let status = Self.exitStatusOf {
            try SyntheticSeedCommand.run(databasePath: folder + "/db.sqlite", root: TestApp.root, households: households)
        }
        #expect(status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder + "/db.sqlite"))
    }
}
