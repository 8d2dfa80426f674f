import Core
import Dashboard
import Database
import Foundation
import Testing
import TestSupport

/// The summary tables of migration 0600 equal a full recount of their source rows after every
/// kind of change the register and SIDAMESRA make, and the migration's backfill counts rows that
/// existed before it.
@Suite struct SummaryTriggerTests {
    typealias F = SummaryFixture

    static func expectSummariesMatchRecount(_ pool: DatabasePool, _ comment: Comment, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try pool.read { db in
            let stored = try DashboardSummaries.stored(in: db)
            let recount = try DashboardSummaries.recount(in: db)
            #expect(stored == recount, comment, sourceLocation: sourceLocation)
        }
    }

    /// Five households: three scored in Poncosari (one PBI APBD), one scored in Trimurti, one unscored.
    static func office() throws -> SummaryFixture {
        let fixture = try SummaryFixture()
        try fixture.pool.write { db in
            try F.household(1, desa: F.poncosari, total: 30, jkn: "pbi_apbd", in: db)
            try F.household(2, desa: F.poncosari, total: 50, in: db)
            try F.household(3, desa: F.poncosari, total: 70, assessedOn: "2026-11-23", in: db)
            try F.household(4, desa: F.trimurti, total: 90, assessedOn: "2026-11-01", in: db)
            try F.household(5, desa: F.trimurti, jkn: "pbi_apbd", in: db)
            try F.person(11, household: 1, jkn: "pbi_apbd", in: db)
        }
        return fixture
    }

    @Test func insertsAreCountedPerDesaCategoryWeekAndSegment() throws {
        let fixture = try Self.office()
        try Self.expectSummariesMatchRecount(fixture.pool, "after inserts")
        try fixture.pool.read { db in
            let stored = try DashboardSummaries.stored(in: db)
            #expect(stored.households == [F.poncosari: 3, F.trimurti: 2])
            #expect(stored.assessed == [F.poncosari: 3, F.trimurti: 1])
            #expect(stored.categories == ["\(F.poncosari)|1": 1, "\(F.poncosari)|2": 1, "\(F.poncosari)|3": 1, "\(F.trimurti)|4": 1])
            #expect(stored.weekly == ["\(F.poncosari)|2026-11-16": 2, "\(F.poncosari)|2026-11-23": 1, "\(F.trimurti)|2026-10-26": 1])
            #expect(stored.persons["\(F.poncosari)|pbi_apbd"] == 2)
            #expect(stored.persons["\(F.trimurti)|pbi_apbd"] == 1)
        }
    }

    @Test func aHouseholdMovingToAnotherDesaTakesItsCountsAlong() throws {
        let fixture = try Self.office()
        try fixture.pool.write { db in
            try db.execute("UPDATE households SET area_code = ? WHERE id = 1", [F.parangtritis])
        }
        try Self.expectSummariesMatchRecount(fixture.pool, "after a move")
        try fixture.pool.read { db in
            let stored = try DashboardSummaries.stored(in: db)
            #expect(stored.households[F.parangtritis] == 1)
            #expect(stored.categories["\(F.parangtritis)|1"] == 1)
            #expect(stored.categories["\(F.poncosari)|1"] == nil)
            #expect(stored.persons["\(F.parangtritis)|pbi_apbd"] == 2)
            #expect(stored.weekly["\(F.parangtritis)|2026-11-16"] == 1)
        }
    }

    @Test func aReassessmentMovesTheHouseholdToItsNewCategory() throws {
        let fixture = try Self.office()
        try fixture.pool.write { db in
            try F.reassess(2, total: 95, on: "2026-11-24", in: db)
            try F.reassess(4, total: 95, on: "2026-11-24", source: "skor_ulang", in: db)
        }
        try Self.expectSummariesMatchRecount(fixture.pool, "after re-assessments")
        try fixture.pool.read { db in
            let stored = try DashboardSummaries.stored(in: db)
            #expect(stored.categories["\(F.poncosari)|2"] == nil)
            #expect(stored.categories["\(F.poncosari)|4"] == 1)
            #expect(stored.assessed[F.poncosari] == 3, "still one current score per household")
            #expect(stored.weekly["\(F.poncosari)|2026-11-23"] == 2)
            #expect(stored.weekly["\(F.trimurti)|2026-11-23"] == nil, "a re-score is not a field assessment")
        }
    }

    @Test func aHouseholdThatMovesAwayLeavesTheCountsAndComesBack() throws {
        let fixture = try Self.office()
        try fixture.pool.write { db in
            try db.execute("UPDATE households SET status = 'pindah', status_date = '2026-11-20' WHERE id IN (1, 5)")
        }
        try Self.expectSummariesMatchRecount(fixture.pool, "after households moved away")
        try fixture.pool.read { db in
            let stored = try DashboardSummaries.stored(in: db)
            #expect(stored.households == [F.poncosari: 2, F.trimurti: 1])
            #expect(stored.assessed[F.poncosari] == 2)
            #expect(stored.categories["\(F.poncosari)|1"] == nil)
        }
        try fixture.pool.write { db in
            try db.execute("UPDATE households SET status = 'aktif', status_date = NULL WHERE id = 1")
        }
        try Self.expectSummariesMatchRecount(fixture.pool, "after a household came back")
        let categories = try fixture.pool.read { db in try DashboardSummaries.stored(in: db).categories }
        #expect(categories["\(F.poncosari)|1"] == 1)
    }

    @Test func personChangesMoveThePBICount() throws {
        let fixture = try Self.office()
        try fixture.pool.write { db in
            try db.execute("UPDATE persons SET status = 'meninggal', status_date = '2026-11-02' WHERE name = 'Anggota 11'")
            try db.execute("UPDATE persons SET jkn_segment = 'pbi_apbd' WHERE household_id = 2")
            try db.execute("UPDATE persons SET household_id = 4 WHERE household_id = 5")
        }
        try Self.expectSummariesMatchRecount(fixture.pool, "after person changes")
        try fixture.pool.read { db in
            let stored = try DashboardSummaries.stored(in: db)
            #expect(stored.persons["\(F.poncosari)|pbi_apbd"] == 2)
            #expect(stored.persons["\(F.trimurti)|pbi_apbd"] == 1)
        }
    }

    @Test func deletedScoresAndAssessmentsAreSubtracted() throws {
        let fixture = try Self.office()
        try fixture.pool.write { db in
            let old = try F.reassess(3, total: 40, on: "2026-11-24", in: db)
            #expect(old != 3)
            try db.execute("DELETE FROM household_scores WHERE household_id = 4")
            try db.execute("DELETE FROM assessment_answers WHERE assessment_id = 4")
            try db.execute("DELETE FROM assessments WHERE id = 4")
            try db.execute("DELETE FROM assessment_answers WHERE assessment_id = 3")
            try db.execute("DELETE FROM assessments WHERE id = 3")
        }
        try Self.expectSummariesMatchRecount(fixture.pool, "after deletes")
        try fixture.pool.read { db in
            let stored = try DashboardSummaries.stored(in: db)
            #expect(stored.assessed[F.trimurti] == nil)
            #expect(stored.weekly["\(F.trimurti)|2026-10-26"] == nil)
        }
    }

    @Test func aRefusedDeleteLeavesTheCountsAsTheyWere() throws {
        let fixture = try Self.office()
        #expect(throws: (any Error).self) {
            try fixture.pool.write { db in try db.execute("DELETE FROM households WHERE id = 1") }
        }
        try Self.expectSummariesMatchRecount(fixture.pool, "after a refused delete")
    }

    @Test func theMigrationBackfillsRowsThatExistedBeforeIt() throws {
        let database = try TemporaryDatabase()
        let all = try FileManager.default.contentsOfDirectory(atPath: TestApp.root + "/Migrations").filter { $0.hasSuffix(".sql") }
        var files: [String: String] = [:]
        for name in all where name < "0600" {
            files[name] = try String(contentsOfFile: TestApp.root + "/Migrations/" + name, encoding: .utf8)
        }
        let directory = try database.makeDirectory("migrations", files: files)
        try Migrator(directory: directory).apply(database.pool)
        try database.pool.write { db in
            try F.household(1, desa: F.poncosari, total: 30, jkn: "pbi_apbd", in: db)
            try F.household(2, desa: F.trimurti, total: 80, in: db)
            try F.household(3, desa: F.trimurti, in: db)
        }
        for name in all where name >= "0600" {
            try database.writeFile(
                directory + "/" + name, try String(contentsOfFile: TestApp.root + "/Migrations/" + name, encoding: .utf8))
        }
        try Migrator(directory: directory).apply(database.pool)
        try Self.expectSummariesMatchRecount(database.pool, "after the backfill")
        try database.pool.read { db in
            let stored = try DashboardSummaries.stored(in: db)
            #expect(stored.households == [F.poncosari: 1, F.trimurti: 2])
            #expect(stored.assessed == [F.poncosari: 1, F.trimurti: 1])
            #expect(stored.persons["\(F.poncosari)|pbi_apbd"] == 1)
        }
    }
}

extension SummaryTriggerTests {
    static func register(_ id: Int64, person nik: String, household: Int64?, desil: Int?, in db: Connection) throws {
        try db.execute(
            """
            INSERT INTO dtks_members (id, nik, person_id, household_id, name, area_code, desil, since, source, created_at, updated_at)
            VALUES (?1, ?2, (SELECT id FROM persons WHERE nik = ?2), ?3, 'Peserta', (SELECT area_code FROM households WHERE id = ?3),
                    ?4, '2026-01-05', 'dtsen', ?5, ?5)
            """, [id, nik, household, desil, F.stamp])
    }

    @Test func dtksRegistrationsAreCountedPerDesaAndDesil() throws {
        let fixture = try Self.office()
        try fixture.pool.write { db in
            let heads = try db.query("SELECT nik, household_id FROM persons ORDER BY household_id").map {
                (nik: try $0.get(0, as: String.self), household: try $0.get(1, as: Int64.self))
            }
            for (index, head) in heads.enumerated() {
                try Self.register(Int64(index + 1), person: head.nik, household: head.household, desil: index < 3 ? 1 : nil, in: db)
            }
            try Self.register(99, person: "3402010101010099", household: nil, desil: 2, in: db)
        }
        try Self.expectSummariesMatchRecount(fixture.pool, "after registrations")
        try fixture.pool.write { db in
            try db.execute("UPDATE dtks_members SET desil = 4 WHERE id = 1")
            try db.execute("UPDATE dtks_members SET status = 'nonaktif', deactivated_on = '2026-11-01', deactivation_reason = 'Meninggal dunia' WHERE id = 2")
            try db.execute("UPDATE households SET area_code = ? WHERE id = 3", [F.parangtritis])
        }
        try Self.expectSummariesMatchRecount(fixture.pool, "after a desil change, a deactivation and a move")
        let desil = try fixture.pool.read { db in try DashboardSummaries.stored(in: db).desil }
        #expect(desil["\(F.poncosari)|4"] == 1)
        #expect(desil["\(F.parangtritis)|0"] == 1)
        #expect(desil["|2"] == 1)
        let panel = try fixture.pool.read { db in
            try DTKSDesilPanel().panels(scope: .areas([F.poncosari]), now: TestWorkflow.now, settings: Settings(), in: db)
        }
        #expect(panel.first?.figures.first?.value == "2", "Poncosari: household 1 (desil 4) and 2 (desil 1)")
    }
}
