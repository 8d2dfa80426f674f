import Core
import Database
import Foundation
import Registry
import Sidamesra
import Testing
import TestSupport

/// A migrated database with the example indicator set, a manual clock (18 November 2026), the
/// importer, and a builder for import files.
final class HouseholdImportFixture {
    let database: TemporaryDatabase
    let importer: HouseholdImport
    let set: IndicatorSet
    static let start = Date(timeIntervalSince1970: 1_795_000_000)
    static let operatorScope = AreaScope.areas([RegistryFixtures.poncosari])

    init(batchSize: Int = 500) throws {
        database = try TemporaryDatabase()
        try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
        let (clock, _) = Clock.manual(Self.start)
        var importer = HouseholdImport(pool: database.pool, clock: clock)
        importer.batchSize = batchSize
        self.importer = importer
        set = try #require(try IndicatorCatalog(pool: database.pool).activeSet())
    }

    var pool: DatabasePool { database.pool }

    /// The template's header.
    var header: [String] { HouseholdImportTemplate.header(for: set) }

    /// One person row: `overrides` by column name; answers (position 1 for every indicator) on
    /// heads unless `answers` is false.
    func row(
        kk serial: Int, person: Int, relationship: String = "kepala", sex: Sex = .male, born: String = "1980-05-15",
        area: String = RegistryFixtures.poncosari, answers: Bool = true, _ overrides: [String: String] = [:]
    ) -> [String] {
        var values: [String: String] = [
            "no_kk": RegistryFixtures.noKK(serial), "kode_wilayah": area, "dusun": "Kauman", "rt": "003", "rw": "001",
            "alamat": "Jl. Mawar 7", "nik": RegistryFixtures.nik(born: born, sex: sex, serial: person),
            "nama": "Warga \(person)", "jenis_kelamin": sex.rawValue, "tanggal_lahir": born, "hubungan": relationship,
            "status_perkawinan": "kawin", "agama": "islam", "pendidikan": "sd",
        ]
        if relationship == "kepala", answers {
            values["tanggal_penilaian"] = "01-03-2025"
            for indicator in set.indicators { values[indicator.code] = "1" }
        }
        values.merge(overrides) { $1 }
        return header.map { values[$0] ?? "" }
    }

    /// A household of a head and a wife.
    func household(_ serial: Int, area: String = RegistryFixtures.poncosari) -> [[String]] {
        [row(kk: serial, person: serial * 10, area: area),
         row(kk: serial, person: serial * 10 + 1, relationship: "istri", sex: .female, born: "1983-02-07", area: area)]
    }

    /// CSV text of `rows` under the header.
    func csv(_ rows: [[String]], separator: String = ",", bom: Bool = false) -> [UInt8] {
        let text = ([header] + rows).map { $0.joined(separator: separator) }.joined(separator: "\n") + "\n"
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }

    func count(_ sql: String) throws -> Int {
        try pool.read { try $0.scalar(Int.self, sql) }
    }

    /// The messages of the report's problems as `row/column: message`.
    static func describe(_ report: HouseholdImportReport) -> [String] {
        report.problems.map { "\($0.row)/\($0.column): \($0.message)" }
    }
}
