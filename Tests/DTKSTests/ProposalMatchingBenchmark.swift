import Core
import DTKS
import Database
import Foundation
import Testing
import TestSupport

/// Batch matching at scale, run on demand: `DTKS_MATCH_BENCH=100000 swift test --filter
/// ProposalMatchingBenchmark` (add `-c release` for the figure that counts). Households, three
/// members each, the extract (one member in fifty differs) and the waiting proposals are made in
/// SQL, so the set-up costs little.
@Suite struct ProposalMatchingBenchmark {
    static let proposals = ProcessInfo.processInfo.environment["DTKS_MATCH_BENCH"].flatMap { Int($0) }

    @Test(.enabled(if: proposals != nil))
    func matchingManyProposals() throws {
        let count = try #require(Self.proposals)
        let fixture = try ProposalFixture()
        try fixture.pool.write { db in
            try db.execute(
                """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
                INSERT INTO households (id, no_kk, area_code, created_at, updated_at)
                SELECT i, printf('3402010%09d', i), '34.02.01.2001', 't', 't' FROM n
                """, [count])
            try db.execute(
                """
                INSERT INTO persons (id, nik, name, sex, birth_date, relationship, marital_status, religion, education,
                                     household_id, created_at, updated_at)
                SELECT h.id * 3 + k.k, printf('34020115%08d', h.id * 3 + k.k), 'WARGA ' || (h.id * 3 + k.k),
                       CASE k.k WHEN 1 THEN 'P' ELSE 'L' END, '1980-05-15', CASE k.k WHEN 0 THEN 'kepala' ELSE 'anak' END,
                       'kawin', 'islam', 'sd', h.id, 't', 't'
                FROM households AS h, (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2) AS k
                """)
            try db.execute(
                """
                INSERT INTO dukcapil_records (nik, no_kk, name, name_key, birth_date, sex)
                SELECT p.nik, h.no_kk, p.name, CASE WHEN p.id % 50 = 0 THEN 'LAIN' ELSE upper(p.name) END, p.birth_date, p.sex
                FROM persons AS p JOIN households AS h ON h.id = p.household_id
                """)
            try db.execute(
                "INSERT INTO dukcapil_loads (file_name, row_count, loaded_at, username) VALUES ('bench.csv', 1, '2026-11-18T01:00:00Z', 'bench')")
            try db.execute(
                """
                INSERT INTO dtks_proposals (household_id, area_code, proposer_type, status, status_since, created_at, updated_at)
                SELECT id, area_code, 'warga', 'pemadanan', 't', 't', 't' FROM households
                """)
        }
        let started = ContinuousClock.now
        let summary = try ProposalMatching.matchAll(pool: fixture.pool, clock: fixture.clock, by: ProposalFixture.staf)
        let elapsed = ContinuousClock.now - started
        print("DTKS matching: \(count) proposals (\(count * 3) members) in \(elapsed): \(summary.text)")
        #expect(summary.matched + summary.notMatched == count)
    }

    @Test(.enabled(if: proposals != nil))
    func loadingALargeExtract() throws {
        let rows = try #require(Self.proposals) * 3
        let fixture = try ProposalFixture()
        var text = "nik,no_kk,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,alamat,kode_wilayah\n"
        text.reserveCapacity(rows * 96)
        for i in 1...rows {
            text += "3402011\(String(1_000_000_000 + i).dropFirst()),3402010\(String(1_000_000_000 + i / 3).dropFirst()),WARGA NOMOR \(i),Bantul,1980-05-15,\(i % 2 == 0 ? "P" : "L"),Dusun \(i % 40),34.02.01.2001\n"
        }
        let path = fixture.database.file("besar.csv")
        try fixture.database.writeFile(path, text)
        let started = ContinuousClock.now
        let report = try DukcapilImport(pool: fixture.pool, clock: fixture.clock).load(path: path, fileName: "besar.csv", by: .cli)
        print("DTKS Dukcapil extract: \(rows) rows loaded in \(ContinuousClock.now - started)")
        #expect(report.validRows == rows)
    }
}
