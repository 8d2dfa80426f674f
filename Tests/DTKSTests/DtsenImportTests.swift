import Core
import Database
import Documents
import DTKS
import Foundation
import Registry
import Testing
import TestSupport

/// DTSEN desil files: header variants, the per-row report by kind of problem, No KK rows, the
/// write and its idempotence, XLSX input.
@Suite struct DtsenImportTests {
    /// Two households in Poncosari (the first with a daughter), one in Trimurti.
    final class Office {
        let fixture: DTKSFixture
        let first: (household: Household, head: Person)
        let daughter: Person
        let second: (household: Household, head: Person)
        let trimurti: (household: Household, head: Person)
        let importer: DtsenImport

        init() throws {
            fixture = try DTKSFixture()
            first = try fixture.household(1, head: "Budi Santoso")
            daughter = try fixture.child(of: first.household, serial: 11)
            second = try fixture.household(2, head: "Joko Susilo")
            trimurti = try fixture.household(3, area: RegistryFixtures.trimurti, head: "Slamet Riyadi")
            importer = DtsenImport(pool: fixture.pool, clock: fixture.clock)
        }

        func plan(_ csv: String, scope: AreaScope = .everywhere) throws -> DtsenImportPlan {
            try importer.plan(Array(csv.utf8), scope: scope)
        }
    }

    @Test func headerNamesAreMatchedWhateverTheirCaseAndSpelling() throws {
        let office = try Office()
        let csv = "No.;NIK ART;Nama ART;No. KK;Desil Nasional;Keterangan\n1;\(office.first.head.nik);Budi;;Desil 3;x\n"
        let plan = try office.plan(csv)
        #expect(plan.report.problems.isEmpty)
        #expect(plan.report.validRows == 1)
        #expect(plan.entries.first?.memberships.first?.desil == 3)
    }

    @Test func aFileWithoutTheRequiredColumnsIsRefusedWhole() throws {
        let office = try Office()
        #expect(throws: DtsenImport.FileError.self) { try office.plan("nik,nama\n\(office.first.head.nik),Budi\n") }
        #expect(throws: DtsenImport.FileError.self) { try office.plan("alamat,nama,desil\nx,Budi,3\n") }
    }

    @Test func eachBadRowIsReportedWithItsKindAndNothingOfItIsPlanned() throws {
        let office = try Office()
        let dead = try office.fixture.registry.setPersonStatus(
            office.second.head.id, to: .deceased, on: "2026-11-01", reason: "Meninggal dunia", version: office.second.head.version,
            by: .cli, scope: .everywhere)
        let csv = """
            nik,no_kk,nama,desil
            ,,Tanpa Nomor,3
            123,,Nomor Pendek,3
            3402019999990009,,Tidak Dikenal,3
            ,3402010000009999,KK Tidak Dikenal,3
            \(office.first.head.nik),,Budi,11
            \(office.first.head.nik),,Budi,
            \(office.first.head.nik),,Budi,4
            \(office.first.head.nik),,Budi Lagi,4
            \(dead.nik),,Joko,2
            \(office.trimurti.head.nik),,Slamet,1
            """
        let plan = try office.plan(csv, scope: .areas([RegistryFixtures.poncosari]))
        let kinds = plan.report.problems.map(\.kind)
        #expect(kinds == [
            .missingIdentity, .invalidNumber, .unknownNIK, .unknownKK, .invalidDesil, .invalidDesil, .duplicate,
            .inactivePerson, .outsideArea,
        ])
        #expect(plan.report.problems.map(\.row) == [2, 3, 4, 5, 6, 7, 9, 10, 11])
        #expect(plan.report.rows == 10)
        #expect(plan.report.validRows == 1)
        #expect(plan.entries.map(\.line) == [8])
        let report = String(decoding: plan.report.problemCSV(), as: UTF8.self)
        #expect(report.contains("nik_tidak_dikenal"))
        #expect(report.contains("desil_tidak_sah"))
        #expect(try office.fixture.count() == 0, "planning writes nothing")
    }

    @Test func aNoKKRowGivesItsDesilToEveryLivingMember() throws {
        let office = try Office()
        let plan = try office.plan("no_kk,nama,desil\n\(office.first.household.noKK),Keluarga Budi,2\n")
        let niks = plan.entries.flatMap(\.memberships).map(\.nik).sorted()
        #expect(niks == [office.first.head.nik, office.daughter.nik].sorted())
        let report = try office.importer.write(plan, source: "dtsen.csv", by: DTKSFixture.staf)
        #expect(report.written == 2)
        let membership = try office.fixture.pool.read {
            try DTKSReadAPI().membership(householdID: office.first.household.id, in: $0)
        }
        #expect(membership?.desil == 2)
        #expect(membership?.idDTKS == "", "a DTSEN file without ID DTKS leaves it empty")
    }

    @Test func aNIKAlreadyNamedByAKKRowIsADuplicate() throws {
        let office = try Office()
        let csv = "no_kk,nik,nama,desil\n\(office.first.household.noKK),,Keluarga,2\n,\(office.daughter.nik),Sari,5\n"
        let plan = try office.plan(csv)
        #expect(plan.report.problems.map(\.kind) == [.duplicate])
        #expect(plan.report.problems.first?.row == 3)
    }

    @Test func writingRegistersAndARerunChangesNothing() throws {
        let office = try Office()
        let csv = "nik,nama,desil,id_dtks\n\(office.first.head.nik),Budi,3,ID-1\n\(office.second.head.nik),Joko,7,\n"
        let first = try office.importer.write(try office.plan(csv), source: "a.csv", by: DTKSFixture.staf)
        #expect(first.written == 2)
        let again = try office.importer.write(try office.plan(csv), source: "a.csv", by: DTKSFixture.staf)
        #expect(again.written == 0)
        #expect(try office.fixture.count() == 2)
        #expect(try office.fixture.audits(DtsenImport.auditAction) == 2, "one audit row per batch and run")
        let updated = "nik,nama,desil\n\(office.first.head.nik),Budi,1\n"
        #expect(try office.importer.write(try office.plan(updated), source: "b.csv", by: DTKSFixture.staf).written == 1)
        let membership = try office.fixture.pool.read { try DTKSReadAPI().membership(nik: office.first.head.nik, in: $0) }
        #expect(membership?.desil == 1)
        #expect(membership?.idDTKS == "ID-1", "a desil file keeps the ID DTKS")
    }

    @Test func anXLSXWorkbookIsReadLikeACSV() throws {
        let office = try Office()
        let bytes = try XLSXWriter.encode(
            sheetNamed: "DTSEN", columns: [XLSXColumn("NIK"), XLSXColumn("NAMA"), XLSXColumn("DESIL")],
            rows: [[.text(office.first.head.nik), .text("Budi"), .integer(4)]])
        let plan = try office.importer.plan(bytes, scope: .everywhere)
        #expect(plan.report.problems.isEmpty)
        #expect(plan.entries.first?.memberships.first?.desil == 4)
    }
}
