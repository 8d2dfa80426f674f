import App
import Core
import Database
import Foundation
import Sidamesra
import Testing
import TestSupport

/// `dinsos import households`: exit status (a thrown `CommandFailure` is exit 1), dry runs,
/// `--valid-only` and re-runs.
@Suite struct HouseholdImportCommandTests {
    let database: TemporaryDatabase
    static let sample = TestApp.root + "/Public/contoh/impor-keluarga-contoh.csv"

    init() throws {
        database = try TemporaryDatabase()
        _ = try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
    }

    private func count(_ sql: String) throws -> Int {
        try database.pool.read { try $0.scalar(Int.self, sql) }
    }

    private func run(_ file: String, dryRun: Bool = false, validOnly: Bool = false) throws {
        try ImportCommand.households(
            file: file, databasePath: database.path, root: TestApp.root, dryRun: dryRun, validOnly: validOnly)
    }

    /// The sample with its second household's head given a NIK with serial 0000.
    private func sampleWithABadRow() throws -> String {
        let text = String(decoding: try #require(FileManager.default.contents(atPath: Self.sample)), as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        var fields = lines[4].components(separatedBy: ",")
        fields[6] = String(fields[6].dropLast(4)) + "0000"
        lines[4] = fields.joined(separator: ",")
        let path = database.file("buruk.csv")
        try database.writeFile(path, lines.joined(separator: "\r\n"))
        return path
    }

    @Test func aValidFileImportsWithActorCLIAndARerunAddsNothing() throws {
        try run(Self.sample)
        #expect(try count("SELECT COUNT(*) FROM households") == 10)
        #expect(try count("SELECT COUNT(*) FROM audit_log WHERE action = 'keluarga.impor' AND actor = 'cli'") == 1)
        try run(Self.sample)
        #expect(try count("SELECT COUNT(*) FROM households") == 10)
        #expect(try count("SELECT COUNT(*) FROM persons") == 30)
    }

    @Test func aDryRunWritesNothing() throws {
        try run(Self.sample, dryRun: true)
        #expect(try count("SELECT COUNT(*) FROM households") == 0)
        #expect(throws: CommandFailure.self) { try run(try sampleWithABadRow(), dryRun: true) }
    }

    @Test func invalidRowsFailAndWriteNothingUnlessValidOnly() throws {
        let bad = try sampleWithABadRow()
        #expect(throws: CommandFailure.self) { try run(bad) }
        #expect(try count("SELECT COUNT(*) FROM households") == 0)
        try run(bad, validOnly: true)
        #expect(try count("SELECT COUNT(*) FROM households") == 9)
    }

    @Test func problemsPrintWithRowAndColumn() throws {
        var report = HouseholdImportReport()
        report.problems = [.init(row: 4, column: "nik", message: "Empat digit terakhir NIK tidak boleh 0000."), .init(row: 1, column: "", message: "Berkas kosong.")]
        #expect(ImportCommand.problemLines(report) == [
            "baris 4, kolom nik: Empat digit terakhir NIK tidak boleh 0000.", "baris 1: Berkas kosong.",
        ])
    }

    @Test func anUnreadableFileFailsWithItsName() throws {
        #expect { try run(database.file("hilang.csv")) } throws: { error in
            (error as? CommandFailure)?.message.contains("hilang.csv") == true
        }
    }
}
