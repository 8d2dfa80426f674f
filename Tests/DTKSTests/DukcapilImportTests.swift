import Core
import DTKS
import Database
import Foundation
import Testing
import TestSupport

/// Loading the civil-registry extract: the whole file replaces the previous one in one
/// transaction, or nothing changes; every refused row is reported with its line and column.
@Suite struct DukcapilImportTests {
    static let good = [
        "3402011505800001,3402010000000001,MUHAMMAD YUSUF,Bantul,1980-05-15,L,Kauman RT 03,34.02.01.2001",
        "3402015708820002,3402010000000001,SITI AMINAH,Bantul,17/08/1982,P,Kauman RT 03,34.02.01.2001",
    ]

    @Test func aCleanFileReplacesTheExtractAndIsAudited() throws {
        let fixture = try ProposalFixture()
        try fixture.loadExtract(["3402011505800099,3402010000000009,LAMA,Bantul,1980-05-15,L,,"])
        let report = try fixture.loadExtract(Self.good)
        #expect(report.loaded && report.validRows == 2 && report.problems.isEmpty)
        #expect(try fixture.count("dukcapil_records") == 2, "the previous rows are gone")
        let record = try #require(try fixture.pool.read { try DukcapilStore.record(nik: "3402015708820002", in: $0) })
        #expect(record.birthDate == CalendarDate(year: 1982, month: 8, day: 17) && record.sex == .female)
        let load = try #require(try fixture.pool.read { try DukcapilStore.latestLoad(in: $0) })
        #expect(load.rowCount == 2 && load.username == "staf")
        #expect(try fixture.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = 'dtks.dukcapil.impor'") } == 2)
    }

    @Test func aFileWithProblemsChangesNothingAndReportsEveryRow() throws {
        let fixture = try ProposalFixture()
        try fixture.loadExtract(Self.good)
        let bad = Self.good + [
            "34020115058000,3402010000000001,PENDEK,Bantul,1980-05-15,L,,",
            "3402011505800003,3402010000000001,,Bantul,1980-05-15,L,,",
            "3402011505800004,3402010000000001,TANGGAL,Bantul,15 Mei 1980,L,,",
            "3402011505800005,3402010000000001,KELAMIN,Bantul,1980-05-15,X,,",
            "3402011505800001,3402010000000001,DUPLIKAT,Bantul,1980-05-15,L,,",
        ]
        #expect {
            try fixture.loadExtract(bad)
        } throws: { error in
            guard case .rowsHaveProblems(let report) = error as? DukcapilImportError else { return false }
            let found = report.problems.map { "\($0.row):\($0.column)" }
            return found == ["4:nik", "5:nama", "6:tanggal_lahir", "7:jenis_kelamin", "8:nik"] && report.validRows == 2
        }
        #expect(try fixture.count("dukcapil_records") == 2)
        #expect(try fixture.count("dukcapil_loads") == 1, "the refused load is not recorded")
        let kept = try fixture.pool.read { try DukcapilStore.record(nik: "3402011505800001", in: $0) }
        #expect(kept?.name == "MUHAMMAD YUSUF", "the duplicate did not replace the first row")
    }

    @Test func validOnlyLoadsTheValidRowsAndCountsTheRest() throws {
        let fixture = try ProposalFixture()
        let report = try fixture.loadExtract(Self.good + ["3402011505800005,3402010000000001,KELAMIN,Bantul,1980-05-15,X,,"], validOnly: true)
        #expect(report.loaded && report.validRows == 2 && report.problems.count == 1)
        #expect(try fixture.pool.read { try DukcapilStore.latestLoad(in: $0) }?.skippedRows == 1)
    }

    @Test func missingColumnsAndEmptyFilesAreRefused() throws {
        let fixture = try ProposalFixture()
        let noSex = try fixture.extractFile(["3402011505800001,3402010000000001,A,1980-05-15"], header: "NIK,No KK,Nama,Tgl Lahir")
        #expect(throws: DukcapilImportError.missingColumns(["jenis_kelamin"])) {
            try DukcapilImport(pool: fixture.pool).load(path: noSex, fileName: "x.csv", by: .cli)
        }
        #expect {
            try fixture.loadExtract(["3402011505800005,3402010000000001,KELAMIN,Bantul,1980-05-15,X,,"], validOnly: true)
        } throws: { error in
            if case .noValidRows = error as? DukcapilImportError { return true }
            return false
        }
        #expect(try fixture.count("dukcapil_loads") == 0)
    }

    @Test func headerSpellingsAndSemicolonsAreAccepted() throws {
        let fixture = try ProposalFixture()
        let path = try fixture.extractFile(
            ["'3402011505800001;3402010000000001;Muhammad Yusuf;15-05-1980;LAKI-LAKI"], header: "NIK;NKK;NAMA LENGKAP;TGL_LAHIR;JK")
        let report = try DukcapilImport(pool: fixture.pool).load(path: path, fileName: "x.csv", by: .cli)
        #expect(report.validRows == 1)
        #expect(try fixture.pool.read { try DukcapilStore.latestLoad(in: $0) }?.username == "cli")
    }
}
