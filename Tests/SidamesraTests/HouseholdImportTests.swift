import Core
import Database
import Foundation
import Registry
import Sidamesra
import Testing
import TestSupport

/// `HouseholdImport`: reading, checking every row, and writing the valid households in batches.
@Suite struct HouseholdImportTests {
    @Test(arguments: [(",", false), (";", false), (",", true), (";", true)])
    func aValidFileImportsHouseholdsMembersAndAssessments(separator: String, bom: Bool) throws {
        let fixture = try HouseholdImportFixture()
        let bytes = fixture.csv(fixture.household(1) + fixture.household(2), separator: separator, bom: bom)
        let plan = try fixture.importer.plan(bytes, scope: .everywhere)
        #expect(HouseholdImportFixture.describe(plan.report) == [])
        #expect(plan.report.newHouseholds == 2 && plan.report.newPersons == 4 && plan.report.assessments == 2)
        #expect(try fixture.count("SELECT COUNT(*) FROM households") == 0, "a plan writes nothing")
        let report = try fixture.importer.write(plan, source: "t.csv", by: .cli, scope: .everywhere)
        #expect(report.importedHouseholds == 2 && report.batchesWritten == 1)
        #expect(try fixture.count("SELECT COUNT(*) FROM persons") == 4)
        #expect(try fixture.count("SELECT COUNT(*) FROM assessments WHERE source = 'impor' AND total = 23") == 2)
        #expect(try fixture.count("SELECT COUNT(*) FROM household_scores") == 2)
        #expect(try fixture.count("SELECT COUNT(*) FROM audit_log WHERE action = 'keluarga.impor'") == 1)
    }

    @Test func aHouseholdWithoutAnswersIsImportedWithoutAssessment() throws {
        let fixture = try HouseholdImportFixture()
        let plan = try fixture.importer.plan(fixture.csv([fixture.row(kk: 1, person: 5, answers: false)]), scope: .everywhere)
        #expect(plan.report.problems.isEmpty && plan.report.newHouseholds == 1 && plan.report.assessments == 0)
        _ = try fixture.importer.write(plan, source: "t.csv", by: .cli, scope: .everywhere)
        #expect(try fixture.count("SELECT COUNT(*) FROM households") == 1)
        #expect(try fixture.count("SELECT COUNT(*) FROM assessments") == 0)
    }

    @Test func womensNIKCarriesTheDayPlusFortyAndDatesReadInBothOrders() throws {
        let fixture = try HouseholdImportFixture()
        let head = fixture.row(kk: 1, person: 7, sex: .female, born: "1975-08-21", ["tanggal_lahir": "21-08-1975"])
        #expect(head[fixture.header.firstIndex(of: "nik") ?? 0].dropFirst(6).prefix(2) == "61")
        let plan = try fixture.importer.plan(fixture.csv([head]), scope: .everywhere)
        #expect(HouseholdImportFixture.describe(plan.report) == [])
    }

    @Test(arguments: [
        (["nik": "3402011505800000"], "nik", "0000"),
        (["nik": "34020115058"], "nik", "16 digit"),
        (["jenis_kelamin": "P"], "nik", "jenis kelamin"),
        (["tanggal_lahir": "31-02-1980"], "tanggal_lahir", "bukan tanggal"),
        (["agama": "lainnya"], "agama", "bukan pilihan"),
        (["kode_wilayah": "34.02.99.2999"], "kode_wilayah", "bukan kode"),
        (["kode_wilayah": "34.02.01"], "kode_wilayah", "bukan kode"),
        (["rt": "12a"], "rt", "angka"),
        (["no_kk": "12345"], "no_kk", "16 digit"),
        (["RMH02": "Marmer"], "RMH02", "bukan pilihan"),
        (["RMH03": "9"], "RMH03", "1–4"),
        (["RMH04": "", "LIN02": ""], "RMH04", "RMH04, LIN02"),
        (["tanggal_penilaian": ""], "tanggal_penilaian", "wajib"),
    ])
    func aBadCellIsReportedWithItsRowAndColumn(overrides: [String: String], column: String, fragment: String) throws {
        let fixture = try HouseholdImportFixture()
        let rows = [fixture.row(kk: 1, person: 1, overrides)] + fixture.household(2)
        let plan = try fixture.importer.plan(fixture.csv(rows), scope: .everywhere)
        let problem = try #require(plan.report.problems.first, "\(overrides)")
        #expect(problem.row == 2 && problem.column == column, "\(HouseholdImportFixture.describe(plan.report))")
        #expect(problem.message.contains(fragment), "\(problem.message)")
        #expect(plan.report.invalidHouseholds == 1 && plan.report.newHouseholds == 1)
        #expect(plan.households.map(\.line) == [3])
    }

    @Test func labelsAndPositionsAnswerAlike() throws {
        let fixture = try HouseholdImportFixture()
        let byLabel = fixture.row(kk: 1, person: 1, ["RMH02": "tanah", "SAN01": " 1 "])
        let plan = try fixture.importer.plan(fixture.csv([byLabel, fixture.row(kk: 2, person: 2)]), scope: .everywhere)
        #expect(plan.report.problems.isEmpty)
        let totals = plan.households.compactMap { $0.assessment?.result.total }
        #expect(totals == [23, 23])
        let options = plan.households.compactMap { $0.assessment?.result.answers.first { $0.code == "RMH02" }?.optionID }
        #expect(options.count == 2 && options[0] == options[1])
    }

    @Test func answersOnAMemberRowAndTwoHeadsAreRefused() throws {
        let fixture = try HouseholdImportFixture()
        let memberWithAnswers = fixture.row(kk: 1, person: 2, relationship: "anak", born: "2005-01-01", ["RMH01": "2"])
        let secondHead = fixture.row(kk: 2, person: 4, answers: false)
        let plan = try fixture.importer.plan(
            fixture.csv([fixture.row(kk: 1, person: 1), memberWithAnswers, fixture.row(kk: 2, person: 3), secondHead]),
            scope: .everywhere)
        let found = plan.report.problems.map { "\($0.row)/\($0.column)" }
        #expect(found == ["3/", "4/hubungan"], "\(HouseholdImportFixture.describe(plan.report))")
        #expect(plan.report.invalidHouseholds == 2 && plan.households.isEmpty)
    }

    @Test func aDuplicateNIKInTheFileNamesTheEarlierRow() throws {
        let fixture = try HouseholdImportFixture()
        let plan = try fixture.importer.plan(
            fixture.csv([fixture.row(kk: 1, person: 1), fixture.row(kk: 2, person: 1)]), scope: .everywhere)
        #expect(HouseholdImportFixture.describe(plan.report) == ["3/nik: NIK ini sudah ada di baris 2 berkas ini."])
    }

    @Test func anOperatorImportsOnlyIntoItsOwnDesa() throws {
        let fixture = try HouseholdImportFixture()
        let rows = fixture.household(1) + fixture.household(2, area: RegistryFixtures.trimurti)
        let plan = try fixture.importer.plan(fixture.csv(rows), scope: HouseholdImportFixture.operatorScope)
        #expect(plan.report.problems.map { "\($0.row)/\($0.column)" } == ["4/kode_wilayah"])
        #expect(plan.report.problems.first?.message.contains("di luar wilayah Anda") == true)
        #expect(plan.report.newHouseholds == 1)
    }

    @Test func missingAndUnknownColumnsStopTheFile() throws {
        let fixture = try HouseholdImportFixture()
        let text = "no_kk,nama,RMH99\n3402010000000001,Budi,1\n"
        let plan = try fixture.importer.plan(Array(text.utf8), scope: .everywhere)
        let messages = plan.report.problems.map(\.message)
        #expect(messages.count == 2 && messages[0].contains("kode_wilayah") && messages[1].contains("RMH99"))
        #expect(plan.households.isEmpty)
    }

    @Test func aWorkbookImportsLikeTheSameRowsInCSV() throws {
        let fixture = try HouseholdImportFixture()
        let rows = fixture.household(1) + [fixture.row(kk: 2, person: 10)]
        let workbook = try HouseholdImportTemplate.xlsx(header: fixture.header, rows: rows)
        let fromSheet = try fixture.importer.plan(workbook, scope: .everywhere)
        let fromCSV = try fixture.importer.plan(fixture.csv(rows), scope: .everywhere)
        #expect(fromSheet.report == fromCSV.report)
        #expect(HouseholdImportFixture.describe(fromSheet.report) == ["4/nik: NIK ini sudah ada di baris 2 berkas ini."])
        _ = try fixture.importer.write(fromSheet, source: "t.xlsx", by: .cli, scope: .everywhere)
        #expect(try fixture.count("SELECT COUNT(*) FROM persons") == 2)
    }

    @Test func theTemplatesExampleRowIsValid() throws {
        let fixture = try HouseholdImportFixture()
        let plan = try fixture.importer.plan(HouseholdImportTemplate.csv(for: fixture.set), scope: .everywhere)
        #expect(HouseholdImportFixture.describe(plan.report) == [])
        let workbook = try fixture.importer.plan(try HouseholdImportTemplate.xlsx(for: fixture.set), scope: .everywhere)
        #expect(workbook.report.newHouseholds == 1 && workbook.report.problems.isEmpty)
    }

    @Test func theSampleFileInPublicIsValid() throws {
        let fixture = try HouseholdImportFixture()
        let data = try #require(FileManager.default.contents(atPath: TestApp.root + "/Public/contoh/impor-keluarga-contoh.csv"))
        let plan = try fixture.importer.plan([UInt8](data), scope: .everywhere)
        #expect(HouseholdImportFixture.describe(plan.report) == [])
        #expect(plan.report.newHouseholds == 10)
    }
}
