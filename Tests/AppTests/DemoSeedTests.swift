import App
import Core
import Dashboard
import Database
import Foundation
import Testing
import TestSupport

/// `dinsos seed --demo` beyond the accounts: the SIDAMESRA, SIDAKIS, DTKS and SLRT work it makes through the
/// services, spread over the five weeks before the run, the same on every run, and only once.
@Suite struct DemoSeedTests {
    /// Wednesday 25 November 2026, 10.00 WIB.
    static let now = Date(timeIntervalSince1970: 1_795_662_000)

    struct Place {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dinsos-demo-\(UUID().uuidString)").path
        var database: String { folder + "/data/dinsos.sqlite" }
        var uploads: String { folder + "/data/uploads" }

        @discardableResult
        func seed(now: Date = DemoSeedTests.now) throws -> [User] {
            try SeedCommand.runDemo(databasePath: database, root: TestApp.root, hasher: .testing, now: now)
        }

        func read<T>(_ body: (Connection) throws -> T) throws -> T {
            let pool = try DatabasePool(path: database)
            defer { pool.close() }
            return try pool.read(body)
        }

        func count(_ sql: String) throws -> Int {
            try read { try $0.scalar(Int.self, sql) }
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// `key → count` from a query selecting a text and a count.
    static func counts(_ sql: String, in db: Connection) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try db.query(sql) { counts[try row.get(0)] = try row.get(1) }
        return counts
    }

    /// `status → count` of `table`.
    static func states(_ table: String, in db: Connection) throws -> [String: Int] {
        try counts("SELECT status, count(*) FROM \(table) GROUP BY 1", in: db)
    }

    @Test func sidakisProposalsWaitInEveryStepAndOneBatchCameBackWithKISNumbers() throws {
        let place = Place()
        defer { place.remove() }
        try place.seed()
        let states = try place.read { try Self.states("sidakis_proposals", in: $0) }
        #expect(states == [
            "diajukan": 3, "menunggu_verifikasi": 1, "dikembalikan": 2, "menunggu_persetujuan": 2, "disetujui": 1,
            "berhasil": 2, "tidak_berhasil": 1,
        ])
        #expect(try place.count("SELECT count(*) FROM sidakis_batches") == 1)
        let kis = try place.read { db in
            try db.query("SELECT kis_number FROM sidakis_proposals WHERE status = 'berhasil'").map { try $0.get(0) as String }
        }
        #expect(kis.count == 2 && kis.allSatisfy { $0.count == 13 && $0.allSatisfy(\.isNumber) })
        #expect(try place.count("SELECT count(*) FROM sidakis_proposals WHERE status = 'dikembalikan' AND length(last_note) >= 5") == 2)
        // Every proposal has its documents, stored through the attachment service.
        #expect(try place.count("SELECT count(DISTINCT proposal_id) FROM sidakis_documents") == 12)
        #expect(try place.count("SELECT count(*) FROM persons WHERE jkn_segment = 'pbi_apbd'") == 3)
    }

    @Test func dtksProposalsCoverTheStepsWithMatchingABatchAndDesil() throws {
        let place = Place()
        defer { place.remove() }
        try place.seed()
        let states = try place.read { try Self.states("dtks_proposals", in: $0) }
        #expect(states == [
            "diajukan": 1, "dikembalikan": 3, "penilaian": 1, "input": 1, "pemadanan": 1, "finalisasi": 1,
            "menunggu_id": 1, "terdaftar": 1,
        ])
        #expect(try place.count("SELECT count(*) FROM dtks_proposals WHERE status = 'terdaftar' AND id_dtks IS NOT NULL") == 1)
        #expect(try place.count("SELECT count(*) FROM dtks_batches WHERE status = 'diunggah'") == 1)
        #expect(try place.count("SELECT count(*) FROM dtks_proposals WHERE assessment IS NOT NULL AND latitude IS NOT NULL") >= 5)
        let checks = try place.read {
            try Self.counts("SELECT result, count(DISTINCT proposal_id) FROM dtks_proposal_checks GROUP BY 1", in: $0)
        }
        #expect(checks["padan", default: 0] > 0 && checks["tidak_padan", default: 0] == 1)
        #expect(try place.count("SELECT count(*) FROM dukcapil_records") > 20)
        #expect(try place.count("SELECT count(DISTINCT desil) FROM dtks_members WHERE status = 'aktif' AND desil IS NOT NULL") >= 5)
    }

    @Test func slrtHasRequestsInEveryStepLettersOneRevokedAReferralAndComplaints() throws {
        let place = Place()
        defer { place.remove() }
        try place.seed()
        let (requests, complaints) = try place.read {
            (try Self.states("slrt_requests", in: $0), try Self.states("slrt_complaints", in: $0))
        }
        #expect(requests == ["penerimaan": 1, "cek_dtks": 1, "verifikasi": 1, "penerbitan": 1, "terbit": 3])
        #expect(try place.count("SELECT count(*) FROM slrt_letters") == 4, "three request letters and one referral letter")
        #expect(try place.count("SELECT count(*) FROM slrt_letters WHERE revoked_reason IS NOT NULL") == 1)
        #expect(try place.count("SELECT count(*) FROM slrt_referrals WHERE status = 'ditindaklanjuti'") == 1)
        #expect(complaints == ["selesai": 1, "ditindaklanjuti": 1])
        #expect(try place.count("SELECT count(*) FROM slrt_requests WHERE eligible = 0") == 1, "the desil-5 applicant")
    }

    @Test func tenHouseholdsAreAssessedAcrossTheCategories() throws {
        let place = Place()
        defer { place.remove() }
        try place.seed()
        #expect(try place.count("SELECT count(*) FROM household_scores") == 10)
        #expect(try place.count("SELECT count(DISTINCT band_id) FROM household_scores") >= 3)
        #expect(try place.count("SELECT count(*) FROM assessments WHERE source = 'formulir'") == 10)
    }

    @Test func theWorkIsSpreadOverThePastWeeksAndLeavesConsistentRecords() throws {
        let place = Place()
        defer { place.remove() }
        try place.seed()
        let (first, last, events, items, files, summaries) = try place.read { db in
            (ISO8601Timestamp.parse(try db.scalar(String.self, "SELECT min(at) FROM workflow_events")),
             ISO8601Timestamp.parse(try db.scalar(String.self, "SELECT max(at) FROM audit_log")),
             try db.scalar(Int.self, "SELECT count(*) FROM workflow_events"),
             try db.scalar(Int.self, "SELECT count(*) FROM workflow_items"),
             try db.query("SELECT stored_name FROM attachments").map { try $0.get(0) as String },
             (try DashboardSummaries.stored(in: db), try DashboardSummaries.recount(in: db)))
        }
        let earliest = try #require(first)
        let latest = try #require(last)
        #expect(earliest > Self.now.addingTimeInterval(-6 * 7 * 86_400))
        #expect(latest < Self.now.addingTimeInterval(-2 * 86_400), "everything happened before the current week")
        #expect(events > 100 && items > 30)
        #expect(!files.isEmpty)
        for name in files { #expect(FileManager.default.fileExists(atPath: place.uploads + "/" + name), "\(name) on disk") }
        #expect(summaries.0 == summaries.1, "the dashboard summaries agree with the rows")
        for (workflow, table) in [("sidakis", "sidakis_proposals"), ("dtks", "dtks_proposals"), ("slrt", "slrt_requests")] {
            let differing = try place.count(
                """
                SELECT count(*) FROM \(table) AS t LEFT JOIN workflow_items AS w ON w.workflow = '\(workflow)' AND w.item_id = t.id
                WHERE w.state IS NOT t.status
                """)
            #expect(differing == 0, "the queues (workflow_items) show each \(workflow) item in its state")
        }
        let audit = try AuditVerifyCommand.run(databasePath: place.database, root: TestApp.root)
        #expect(audit.rows > events)
    }

    @Test func aSecondRunChangesNothingAndAnotherDatabaseGetsTheSameData() throws {
        let place = Place()
        let other = Place()
        defer {
            place.remove()
            other.remove()
        }
        try place.seed()
        func read(_ place: Place) throws -> [String] {
            try place.read { db in
                [try db.scalar(String.self, "SELECT group_concat(registration_number || ' ' || status, ';') FROM sidakis_proposals"),
                 try db.scalar(String.self, "SELECT group_concat(number, ';') FROM slrt_letters"),
                 try db.scalar(String.self, "SELECT group_concat(status, ';') FROM dtks_proposals"),
                 String(try db.scalar(Int.self, "SELECT count(*) FROM audit_log")),
                 String(try db.scalar(Int.self, "SELECT count(*) FROM attachments")),
                 String(try db.scalar(Int.self, "SELECT count(*) FROM households"))]
            }
        }
        let before = try read(place)
        #expect(try place.seed(now: Self.now.addingTimeInterval(86_400)).isEmpty)
        #expect(try read(place) == before)
        try other.seed()
        #expect(try read(other) == before)
    }
}
