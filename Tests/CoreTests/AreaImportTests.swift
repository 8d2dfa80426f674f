import Core
import Database
import Documents
import Foundation
import Testing
import TestSupport

@Suite struct AreaImportTests {
    static let header = "code,name,parent_code,level\n"

    private func run(_ csv: String, in database: TemporaryDatabase, actor: Actor = .cli) throws -> AreaImportReport {
        try AreaImport.importCSV(Array(csv.utf8), source: "uji.csv", into: database.pool, by: actor, at: AreaFixtures.clock)
    }

    private func areaCount(_ database: TemporaryDatabase) throws -> Int {
        try AreaFixtures.count("SELECT COUNT(*) FROM areas", in: database.pool)
    }

    private func auditCount(_ database: TemporaryDatabase) throws -> Int {
        try AreaFixtures.count("SELECT COUNT(*) FROM audit_log WHERE action = 'wilayah.impor'", in: database.pool)
    }

    @Test func theBantulFileIsUnchangedAfterTheMigration() throws {
        guard let path = AreaFixtures.sharedDataFile("bantul-wilayah.csv") else { return }
        let database = try AreaFixtures.migratedDatabase()
        let before = try areaCount(database)
        let report = try AreaImport.importFile(path, into: database.pool, by: .cli, at: AreaFixtures.clock)
        #expect(report.errors == [])
        #expect(report.inserted == 0)
        #expect(report.updated == 0)
        #expect(report.unchanged == before)
        #expect(report.rows.first?.line == 2)
        #expect(try areaCount(database) == before)
    }

    @Test func anotherRegionImportsAndIsAuditedOnce() throws {
        let database = try AreaFixtures.migratedDatabase()
        let before = try areaCount(database)
        let csv = Self.header + """
            63,Kalimantan Selatan,,provinsi
            63.72,Kota Banjarbaru,63,kabupaten
            63.72.01,Landasan Ulin,63.72,kecamatan
            63.72.01.1001,Guntung Payung,63.72.01,desa
            63.72.01.1001.01,RT Contoh,63.72.01.1001,dusun
            """
        let report = try run(csv, in: database)
        #expect(report.succeeded)
        #expect(report.inserted == 5)
        #expect(report.rows.map(\.line) == [2, 3, 4, 5, 6])
        #expect(report.rows.map(\.level) == [.provinsi, .kabupaten, .kecamatan, .desa, .dusun])
        #expect(try areaCount(database) == before + 5)
        let desa = try database.pool.read { db in try AreaStore.find("63.72.01.1001", in: db) }
        #expect(desa == Area(code: "63.72.01.1001", name: "Guntung Payung", level: .desa, parentCode: "63.72.01"))
        let provinsi = try database.pool.read { db in try AreaStore.find("63", in: db) }
        #expect(provinsi?.parentCode == nil)

        let audit = try database.pool.read { db in
            try db.queryOne("SELECT actor, action, entity, changes, at FROM audit_log WHERE action = 'wilayah.impor'")
        }
        #expect(try audit?.get(0, as: String.self) == "cli")
        #expect(try audit?.get(2, as: String.self) == "area")
        let changes = try audit?.get(3, as: String.self) ?? ""
        #expect(changes.contains(#""inserted":{"after":"5""#))
        #expect(changes.contains(#""unchanged":{"after":"0""#))
        #expect(changes.contains(#""source":{"after":"uji.csv""#))
        #expect(try audit?.get(4, as: String.self) == ISO8601Timestamp.format(AreaFixtures.clock))
        #expect(try auditCount(database) == 1)
    }

    @Test func theAuditRowNamesTheSignedInUser() throws {
        let database = try AreaFixtures.migratedDatabase()
        let id = try AreaFixtures.insertUser("admin.wilayah", role: .admin, in: database.pool)
        let user = CurrentUser(id: id, username: "admin.wilayah", fullName: "Admin", role: .admin, scope: .everywhere)
        let actor = Actor.user(user, address: "127.0.0.1", requestID: "req-1")
        _ = try run(Self.header + "63,Kalimantan Selatan,,provinsi\n", in: database, actor: actor)
        let row = try database.pool.read { db in
            try db.queryOne("SELECT user_id, username, role, address, request_id FROM audit_log WHERE action = 'wilayah.impor'")
        }
        #expect(try row?.get(0, as: Int64.self) == id)
        #expect(try row?.get(1, as: String.self) == "admin.wilayah")
        #expect(try row?.get(2, as: String.self) == "admin")
        #expect(try row?.get(3, as: String.self) == "127.0.0.1")
        #expect(try row?.get(4, as: String.self) == "req-1")
    }

    @Test func anExcelExportWithSemicolonsBOMAndIndonesianHeadersImports() throws {
        let database = try AreaFixtures.migratedDatabase()
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(
            "Kode;Nama;Kode_Induk;Tingkat;Catatan\r\n34.02.01.2001.01;Ngentak;34.02.01.2001;Dusun;\"baru; 2024\"\r\n;;;;\r\n".utf8)
        let report = try AreaImport.importCSV(bytes, source: "excel.csv", into: database.pool, by: .cli)
        #expect(report.errors == [])
        #expect(report.inserted == 1)
        #expect(report.rows.first?.parentCode == "34.02.01.2001")
    }

    @Test func anExistingCodeGetsItsNewNameAndNothingElse() throws {
        let database = try AreaFixtures.migratedDatabase()
        let report = try run(Self.header + "34.02.01,Srandakan,34.02,kecamatan\n34.02.01.2002,  Trimurti Baru ,34.02.01,desa\n", in: database)
        #expect(report.succeeded)
        #expect(report.unchanged == 1)
        #expect(report.updated == 1)
        #expect(report.rows.last?.change == .renamed(from: "Trimurti"))
        let renamed = try database.pool.read { db in try AreaStore.find("34.02.01.2002", in: db) }
        #expect(renamed == Area(code: "34.02.01.2002", name: "Trimurti Baru", level: .desa, parentCode: "34.02.01"))
    }

    @Test func importingTheSameFileTwiceChangesNothingTheSecondTime() throws {
        let database = try AreaFixtures.migratedDatabase()
        let csv = Self.header + "63,Kalimantan Selatan,,provinsi\n63.72,Kota Banjarbaru,63,kabupaten\n"
        #expect(try run(csv, in: database).inserted == 2)
        let second = try run(csv, in: database)
        #expect(second.inserted == 0)
        #expect(second.unchanged == 2)
        #expect(try auditCount(database) == 2)
    }

    static let rejections: [(rows: String, line: Int, fragment: String)] = [
        ("34.02.1,Imogiri Lama,34.02,kecamatan", 2, "bukan kode wilayah Kemendagri"),
        ("34.02.1,Imogiri Lama,34.02,kecamatan", 2, "Excel mengubah kode menjadi angka"),
        ("34.02.01.2001.1,Dusun,34.02.01.2001,dusun", 2, "bukan kode wilayah"),
        ("34.02.01.2001.01234,Dusun,34.02.01.2001,dusun", 2, "bukan kode wilayah"),
        ("34.02.AB,Huruf,34.02,kecamatan", 2, "bukan kode wilayah"),
        (",Tanpa Kode,34.02,kecamatan", 2, "Kode kosong"),
        ("34.02.99,Baru,34.02,kelurahan", 2, "Tingkat ‘kelurahan’ tidak dikenal"),
        ("34.02.99,Baru,34.02,", 2, "Tingkat kosong"),
        ("34.02.99,Baru,34.02,desa", 2, "tidak cocok dengan kode 34.02.99, yang berbentuk kode kecamatan"),
        ("34.02.99,,34.02,kecamatan", 2, "Nama wilayah kosong"),
        ("34.02.99,\(String(repeating: "a", count: 101)),34.02,kecamatan", 2, "lebih dari 100 karakter"),
        ("34.03.01,Luar,34.03,kecamatan", 2, "Induk 34.03 tidak ditemukan"),
        ("34.02.99,Salah Induk,34,kecamatan", 2, "Induk 34 bertingkat provinsi; induk wilayah tingkat kecamatan harus kabupaten"),
        ("34.02.02.2999,Salah Awalan,34.02.01,desa", 2, "tidak diawali kode induknya 34.02.01"),
        ("35,Jawa Timur,34,provinsi", 2, "provinsi tidak boleh memiliki induk"),
        ("35.01,Pacitan,,kabupaten", 2, "Kode induk kosong"),
        ("34.02.01,Srandakan,34.02,desa", 2, "sudah terdaftar sebagai kecamatan di bawah 34.02"),
        ("34.02.99,Baru,34.02,kecamatan\n34.02.99,Lagi,34.02,kecamatan", 3, "Kode 34.02.99 sudah ada di baris 2"),
        ("63.72,Kota Banjarbaru,63,kabupaten\n63,Kalimantan Selatan,,provinsi", 2, "Induk 63 baru muncul di baris 3"),
        ("34.02.99,\"Tanpa Tutup,34.02,kecamatan\n34.02.98,B,34.02,kecamatan", 2, "tanda kutip"),
        ("34.02.99,\"Teks\" lebih,34.02,kecamatan", 2, "setelah tanda kutip penutup"),
    ]

    @Test(arguments: rejections)
    func eachRuleRefusesTheFileNamingTheLine(rows: String, line: Int, fragment: String) throws {
        let database = try AreaFixtures.migratedDatabase()
        let before = try areaCount(database)
        let report = try run(Self.header + rows + "\n", in: database)
        #expect(!report.succeeded)
        #expect(report.rows.isEmpty)
        #expect(
            report.errors.contains { $0.line == line && $0.message.contains(fragment) },
            "\(report.errors)")
        #expect(try areaCount(database) == before)
        #expect(try auditCount(database) == 0)
    }

    @Test(arguments: [
        ("", 1, "Berkas kosong"),
        ("code,name,level\n34.02.99,X,kecamatan\n", 1, "Kolom wajib tidak ada: parent_code"),
        ("code,name,parent_code,level\n", 1, "tidak berisi baris data"),
        ("code,name,parent_code,level\n,,,\n", 1, "tidak berisi baris data"),
    ])
    func aFileWithoutUsableRowsIsRefused(csv: String, line: Int, fragment: String) throws {
        let database = try AreaFixtures.migratedDatabase()
        let report = try run(csv, in: database)
        #expect(report.errors.map(\.line) == [line])
        #expect(report.errors.first?.message.contains(fragment) == true, "\(report.errors)")
    }

    @Test func invalidUTF8IsRefusedWithItsLine() throws {
        let database = try AreaFixtures.migratedDatabase()
        let bytes = Array((Self.header + "63,Kalimantan Selatan,,provinsi\n").utf8) + Array("63.72,Kota B".utf8) + [0xE9] + Array(",63,kabupaten\n".utf8)
        let report = try AreaImport.importCSV(bytes, source: "latin1.csv", into: database.pool, by: .cli)
        #expect(report.errors.map(\.line) == [3])
        #expect(report.errors.first?.message.contains("UTF-8") == true)
    }

    @Test func oneBadRowKeepsEveryGoodRowOut() throws {
        let database = try AreaFixtures.migratedDatabase()
        let before = try areaCount(database)
        let csv = Self.header + """
            63,Kalimantan Selatan,,provinsi
            63.72,Kota Banjarbaru,63,kabupaten
            63.72.01,Landasan Ulin,63.72,kecamatan
            34.02.01.2002,Trimurti Baru,34.02.01,desa
            63.72.01.1001,,63.72.01,desa
            """
        let report = try run(csv, in: database)
        #expect(report.errors == [AreaImportReport.Problem(line: 6, message: "Nama wilayah kosong.")])
        #expect(report.inserted == 0 && report.updated == 0 && report.unchanged == 0)
        #expect(try areaCount(database) == before)
        let name = try database.pool.read { db in try AreaStore.find("34.02.01.2002", in: db)?.name }
        #expect(name == "Trimurti")
        #expect(try auditCount(database) == 0)
    }

    @Test func everyProblemIsReportedInLineOrder() throws {
        let database = try AreaFixtures.migratedDatabase()
        let csv = Self.header + """
            34.02.99,,34.02,kecamatan
            34.02.98,Baik,34.02,kecamatan
            34.03.01,Luar,34.03,kecamatan
            34.02.97,Baik Juga,34.02,kecamatan
            9,Satu Digit,,provinsi
            """
        let report = try run(csv, in: database)
        #expect(report.errors.map(\.line) == [2, 4, 6])
    }

    @Test func aBrokenQuoteIsReportedAfterTheProblemsOfTheRowsBeforeIt() throws {
        let database = try AreaFixtures.migratedDatabase()
        let csv = Self.header + "34.02.99,,34.02,kecamatan\n34.02.98,\"Tanpa Tutup,34.02,kecamatan\n"
        let report = try run(csv, in: database)
        #expect(report.errors.map(\.line) == [2, 3])
        #expect(report.errors.last?.message.hasPrefix("Berkas CSV rusak") == true)
    }

    @Test func aRowMayHangBelowAnEarlierRowOfTheSameFile() throws {
        let database = try AreaFixtures.migratedDatabase()
        let csv = Self.header + "34.02.99,Kapanewon Baru,34.02,kecamatan\n34.02.99.2001,Kalurahan Baru,34.02.99,desa\n"
        let report = try run(csv, in: database)
        #expect(report.errors == [])
        #expect(report.inserted == 2)
    }

    @Test func aMissingFileThrows() throws {
        let database = try AreaFixtures.migratedDatabase()
        #expect(throws: CSVError.self) {
            try AreaImport.importFile(database.file("tidak-ada.csv"), into: database.pool, by: .cli)
        }
    }

    @Test func aFileIsReadFromDisk() throws {
        let database = try AreaFixtures.migratedDatabase()
        let path = database.file("wilayah.csv")
        try database.writeFile(path, Self.header + "63,Kalimantan Selatan,,provinsi\n")
        let report = try AreaImport.importFile(path, into: database.pool, by: .cli)
        #expect(report.inserted == 1)
        let source = try database.pool.read { db in
            try db.scalar(String.self, "SELECT changes FROM audit_log WHERE action = 'wilayah.impor'")
        }
        #expect(source.contains(#""source":{"after":"wilayah.csv""#))
    }

    @Test(arguments: [
        ("34", AreaLevel?.some(.provinsi)), ("34.02", .kabupaten), ("34.02.01", .kecamatan),
        ("34.02.01.2001", .desa), ("34.02.01.2001.01", .dusun), ("34.02.01.2001.0123", .dusun),
        ("3", nil), ("340", nil), ("34.2", nil), ("34.02.001", nil), ("34.02.01.201", nil),
        ("34.02.01.2001.1", nil), ("34.02.01.2001.01.01", nil), ("34..01", nil), ("34.02.", nil),
        ("", nil), ("3a", nil), ("٣٤", nil),
    ])
    func codeShapeGivesTheLevel(code: String, level: AreaLevel?) {
        #expect(AreaLevel(codeShape: code) == level)
    }
}
