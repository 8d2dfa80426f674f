import Core
import Database
import Documents
import Foundation
import Registry
import Sidakis
import Testing
import TestSupport

/// SOP steps 4 and 5: BNBA export into a batch, the same file on every download, results by file
/// with a per-row report and by hand, and the register's JKN segment after success.
@Suite struct ActivationTests {
    func approvedFamily(_ office: SidakisFixture) throws -> [Proposal] {
        try office.propose([office.family.head, office.family.wife, office.family.child]).map { try office.approved($0) }
    }

    @Test func exportingMovesApprovedProposalsIntoABatchWithTheConfiguredColumns() throws {
        let office = try SidakisFixture()
        let approved = try approvedFamily(office)
        let waiting = try office.propose([office.elsewhere.head], by: "staf")[0]
        let batch = try office.activation.createBatch(by: office.actor("staf"), user: office.user("staf"))
        #expect(batch.number == "BNBA/2026/0001" && batch.proposalCount == 3)
        let pool = office.app.environment.pool
        let inBatch = try pool.read { try ProposalStore.all(ProposalFilter(batchID: batch.id), scope: .everywhere, in: $0) }
        #expect(inBatch.map(\.id) == approved.map(\.id))
        #expect(inBatch.allSatisfy { $0.status == .activating })
        #expect(try office.service.proposal(waiting.id, scope: .everywhere).status == .submitted)
        let csv = try #require(try pool.read { try BatchStore.file(batch.id, format: "csv", in: $0) })
        let records = try CSVParser.parse(csv)
        #expect(records[0].fields == BNBAColumn.defaults.map(\.title))
        #expect(records.count == 4)
        #expect(records[1].fields[0] == office.family.head.nik)
        #expect(records[1].fields[1] == office.family.household.noKK)
        #expect(records[1].fields.contains("Poncosari"))
        #expect(records[1].fields.contains(approved[0].registrationNumber))
        let xlsx = try #require(try pool.read { try BatchStore.file(batch.id, format: "xlsx", in: $0) })
        let rows = try XLSXReader(bytes: xlsx).rows()
        #expect(rows.count == 4 && rows[1].record.fields[0] == office.family.head.nik)
        #expect(throws: ProposalError.self) {
            try office.activation.createBatch(by: office.actor("staf"), user: office.user("staf"))
        }
    }

    @Test func theColumnListIsASetting() throws {
        let office = try SidakisFixture()
        _ = try approvedFamily(office)
        try office.app.environment.pool.write { db in
            var settings = SidakisSettings()
            settings.bnbaColumns = [.registrationNumber, .nik, .name, .kapanewon]
            try settings.save(at: office.app.environment.clock.now, in: db)
        }
        let batch = try office.activation.createBatch(by: office.actor("staf"), user: office.user("staf"))
        let csv = try #require(try office.app.environment.pool.read { try BatchStore.file(batch.id, format: "csv", in: $0) })
        let records = try CSVParser.parse(csv)
        #expect(records[0].fields == ["Nomor Usulan", "NIK", "Nama", "Kapanewon"])
        #expect(records[1].fields[3] == "Srandakan")
    }

    @Test func resultImportRoundTripWithAPerRowReport() throws {
        let office = try SidakisFixture()
        let approved = try approvedFamily(office)
        let batch = try office.activation.createBatch(by: office.actor("staf"), user: office.user("staf"))
        // A proposal of another, later batch: its NIK is known but not in this batch.
        let other = try office.approved(try office.propose([office.elsewhere.head], by: "staf")[0])
        let otherBatch = try office.activation.createBatch(by: office.actor("staf"), user: office.user("staf"))
        let file = CSVWriter.encode([
            ["NIK", "Hasil", "Nomor KIS", "Alasan"],
            [office.family.head.nik, "berhasil", "0001234567890", ""],
            [office.family.wife.nik, "berhasil", "12345", ""],
            [office.family.child.nik, "ditangguhkan", "", "Data ganda di BPJS, menunggu klarifikasi"],
            ["3402011111110001", "berhasil", "0001234567891", ""],
            [office.elsewhere.head.nik, "tidak_berhasil", "", "Bukan batch ini"],
            [office.family.head.nik, "berhasil", "0001234567890", ""],
        ], byteOrderMark: true)
        let report = try office.activation.importResults(file, fileName: "hasil.csv", batchID: batch.id, by: office.actor("staf"))
        #expect(report.lines.map(\.applied) == [true, false, true, false, false, false])
        #expect(report.lines[1].outcome == ResultImportReport.Problem.invalidKIS)
        #expect(report.lines[3].outcome == ResultImportReport.Problem.unknownNIK)
        #expect(report.lines[4].outcome == ResultImportReport.Problem.notInBatch)
        #expect(report.lines[5].outcome == ResultImportReport.Problem.duplicate)
        let head = try office.service.proposal(approved[0].id, scope: .everywhere)
        #expect(head.status == .succeeded && head.kisNumber == "0001234567890")
        #expect(try office.service.proposal(approved[2].id, scope: .everywhere).status == .postponed)
        #expect(try office.service.proposal(approved[1].id, scope: .everywhere).status == .activating)
        #expect(try office.registry.person(office.family.head.id, scope: .everywhere).jknSegment == .pbiAPBD)
        #expect(try office.registry.person(office.family.wife.id, scope: .everywhere).jknSegment == JKNSegment.none)
        #expect(try office.service.proposal(other.id, scope: .everywhere).batchID == otherBatch.id)

        // The same rows again: the recorded one is reported, nothing changes twice.
        let again = try office.activation.importResults(file, fileName: "hasil.csv", batchID: batch.id, by: office.actor("staf"))
        #expect(again.lines[0].outcome == ResultImportReport.Problem.alreadyRecorded)

        // Manual entry for the wife, and an XLSX file for nobody left.
        let wife = try office.service.proposal(approved[1].id, scope: .everywhere)
        #expect(throws: ProposalError.self) {
            try office.service.recordResult(wife.id, .succeeded, kisNumber: "123", reason: "", version: wife.version,
                                            by: office.actor("staf"), user: office.user("staf"))
        }
        let saved = try office.service.recordResult(
            wife.id, .succeeded, kisNumber: "0009876543210", reason: "", version: wife.version, by: office.actor("staf"),
            user: office.user("staf"))
        #expect(saved.status == .succeeded && saved.kisNumber == "0009876543210")
        #expect(try office.registry.person(office.family.wife.id, scope: .everywhere).jknSegment == .pbiAPBD)
    }

    @Test func anXLSXResultFileIsReadToo() throws {
        let office = try SidakisFixture()
        let approved = try office.approved(try office.propose([office.family.head])[0])
        let batch = try office.activation.createBatch(by: office.actor("staf"), user: office.user("staf"))
        let file = try XLSXWriter.encode(
            sheetNamed: "Hasil", columns: [XLSXColumn("NIK"), XLSXColumn("Hasil"), XLSXColumn("No KIS"), XLSXColumn("Keterangan")],
            rows: [[.text(office.family.head.nik), .text("Tidak berhasil"), .text(""), .text("NIK tidak padan di BPJS")]])
        let report = try office.activation.importResults(file, fileName: "hasil.xlsx", batchID: batch.id, by: office.actor("staf"))
        #expect(report.lines.map(\.applied) == [true])
        let failed = try office.service.proposal(approved.id, scope: .everywhere)
        #expect(failed.status == .failed && failed.resultReason == "NIK tidak padan di BPJS")
    }

    @Test func thePostponedGoIntoALaterBatch() throws {
        let office = try SidakisFixture()
        let approved = try office.approved(try office.propose([office.family.head])[0])
        _ = try office.activation.createBatch(by: office.actor("staf"), user: office.user("staf"))
        let activating = try office.service.proposal(approved.id, scope: .everywhere)
        let postponed = try office.service.recordResult(
            activating.id, .postponed, kisNumber: "", reason: "Kuota bulan ini habis", version: activating.version,
            by: office.actor("staf"), user: office.user("staf"))
        let again = try office.advance(postponed, through: [(SidakisWorkflow.Move.reactivate, "staf")])
        #expect(again.status == .approved && again.batchID == nil)
        let second = try office.activation.createBatch(by: office.actor("staf"), user: office.user("staf"))
        #expect(try office.service.proposal(approved.id, scope: .everywhere).batchID == second.id)
    }

    @Test func theBudgetCountsActiveMembersAndPendingProposals() throws {
        let office = try SidakisFixture()
        _ = try office.propose([office.family.head, office.family.wife])
        var head = PersonInput(office.elsewhere.head, includingNIK: true)
        head.jknSegment = .pbiAPBD
        _ = try office.registry.editPerson(office.elsewhere.head.id, head, version: office.elsewhere.head.version, by: .cli, scope: .everywhere)
        let budget = try office.app.environment.pool.read { try PBIBudget.compute(premium: 42_000, in: $0) }
        #expect(budget.totalMembers == 1 && budget.totalMonthly == 42_000)
        #expect(budget.totalPending == 2 && budget.totalProjected == 126_000)
        let srandakan = try #require(budget.lines.first { $0.code == "34.02.01" })
        #expect(srandakan.members == "1" && srandakan.pending == "2" && srandakan.monthly == "Rp 42.000")
    }
}
