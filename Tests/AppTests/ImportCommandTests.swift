import App
import Core
import Database
import Foundation
import Testing
import TestSupport

/// `dinsos import wilayah` on temporary databases.
@Suite struct ImportCommandTests {
    let database: TemporaryDatabase

    init() throws {
        database = try TemporaryDatabase()
    }

    private func migrate() throws {
        _ = try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
    }

    private func file(_ text: String) throws -> String {
        let path = database.file("wilayah-\(UUID().uuidString).csv")
        try database.writeFile(path, text)
        return path
    }

    private func count(_ sql: String) throws -> Int {
        try database.pool.read { db in try db.scalar(Int.self, sql) }
    }

    @Test func refusesWhileMigrationsArePending() throws {
        let path = try file("code,name,parent_code,level\n63,Kalimantan Selatan,,provinsi\n")
        #expect {
            try ImportCommand.wilayah(file: path, databasePath: database.path, root: TestApp.root)
        } throws: { error in
            "\(error)".contains("pending") && "\(error)".contains("0001_core.sql")
        }
    }

    @Test func importsAValidFileWithActorCLI() throws {
        try migrate()
        let path = try file("code,name,parent_code,level\n63,Kalimantan Selatan,,provinsi\n63.72,Kota Banjarbaru,63,kabupaten\n")
        try ImportCommand.wilayah(file: path, databasePath: database.path, root: TestApp.root)
        #expect(try count("SELECT COUNT(*) FROM areas WHERE code IN ('63', '63.72')") == 2)
        #expect(try count("SELECT COUNT(*) FROM audit_log WHERE action = 'wilayah.impor' AND actor = 'cli'") == 1)
    }

    @Test func aFileWithProblemsFailsAndSavesNothing() throws {
        try migrate()
        let path = try file("code,name,parent_code,level\n63,Kalimantan Selatan,,provinsi\n63.72,,63,kabupaten\n")
        #expect(throws: CommandFailure.self) {
            try ImportCommand.wilayah(file: path, databasePath: database.path, root: TestApp.root)
        }
        #expect(try count("SELECT COUNT(*) FROM areas WHERE code = '63'") == 0)
        #expect(try count("SELECT COUNT(*) FROM audit_log") == 0)
    }

    @Test func aMissingFileFailsWithItsName() throws {
        try migrate()
        #expect {
            try ImportCommand.wilayah(file: database.file("hilang.csv"), databasePath: database.path, root: TestApp.root)
        } throws: { error in
            (error as? CommandFailure)?.message.contains("hilang.csv") == true
        }
    }

    @Test func theReportListsChangesOrProblemsByLine() throws {
        try migrate()
        let good = try AreaImport.importCSV(
            Array("code,name,parent_code,level\n34.02.01,Srandakan,34.02,kecamatan\n34.02.01.2002,Trimurti Baru,34.02.01,desa\n63,Kalimantan Selatan,,provinsi\n".utf8),
            source: "t.csv", into: database.pool, by: .cli)
        #expect(ImportCommand.lines(for: good) == [
            "baris 3: 34.02.01.2002 Trimurti Baru (desa) diganti namanya dari ‘Trimurti’",
            "baris 4: 63 Kalimantan Selatan (provinsi) ditambahkan",
            "Impor wilayah selesai: 1 ditambahkan, 1 diganti namanya, 1 tidak berubah.",
        ])
        let bad = try AreaImport.importCSV(
            Array("code,name,parent_code,level\n63,,,provinsi\n".utf8), source: "t.csv", into: database.pool, by: .cli)
        #expect(ImportCommand.lines(for: bad) == ["baris 2: Nama wilayah kosong."])
    }
}
