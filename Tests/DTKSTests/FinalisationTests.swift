import Core
import DTKS
import Database
import Documents
import Foundation
import Registry
import Testing
import TestSupport

/// Finalisation batches and the Ministry's result: what a batch collects, the export's columns,
/// approval by the Kepala Seksi with complete references, upload, and the result import.
@Suite struct FinalisationTests {
    /// Two proposals ready for finalisation (one household of two members), one still at input.
    final class Ready {
        let fixture: ProposalFixture
        let batches: BatchService
        let first: (household: Household, head: Person)
        let second: (household: Household, head: Person)
        let ids: [Int64]
        let pending: Int64

        init() throws {
            fixture = try ProposalFixture()
            batches = BatchService(pool: fixture.pool, clock: fixture.clock, settings: SettingsCache())
            first = try fixture.household(1, head: "Sutrisno")
            second = try fixture.household(2, area: RegistryFixtures.trimurti, head: "Paijem", born: "1970-01-02", sex: .female)
            let child = try fixture.registry.addMember(
                to: first.household.id, RegistryFixtures.person("Anak Sutrisno", born: "2010-02-03", serial: 21, relationship: .child),
                by: ProposalFixture.staf, scope: .everywhere)
            var ids: [Int64] = []
            for household in [first.household, second.household] {
                let id = try fixture.propose(household, by: ProposalFixture.staf, scope: .everywhere)
                try fixture.toMatching(id)
                ids.append(id)
            }
            pending = try fixture.propose(try fixture.household(3).household)
            try fixture.loadExtract([
                ProposalFixture.line(first.head, noKK: first.household.noKK), ProposalFixture.line(child, noKK: first.household.noKK),
                ProposalFixture.line(second.head, noKK: second.household.noKK),
            ])
            _ = try ProposalMatching.matchAll(pool: fixture.pool, clock: fixture.clock, by: ProposalFixture.staf)
            self.ids = ids
        }

        func open() throws -> FinalisationBatch {
            let id = try batches.open(
                from: CalendarDate(year: 2026, month: 11, day: 1), to: CalendarDate(year: 2026, month: 11, day: 30),
                meeting: "Berita acara musdes 12/2026", by: ProposalFixture.staf)
            return try #require(try fixture.pool.read { try BatchStore.find(id, in: $0) })
        }
    }

    @Test func aBatchCollectsEveryLayakAndPadanProposalUnderANumber() throws {
        let ready = try Ready()
        let batch = try ready.open()
        #expect(batch.number == "DTKS/001/XI/2026" && batch.state == .draft)
        #expect(try ready.fixture.proposal(ready.ids[0]).batchID == batch.id)
        #expect(try ready.fixture.proposal(ready.ids[1]).batchID == batch.id)
        #expect(try ready.fixture.proposal(ready.pending).batchID == nil, "not layak and padan yet")
        #expect(throws: BatchError.nothingToFinalise) {
            try ready.batches.open(from: CalendarDate(year: 2026, month: 11, day: 1), to: CalendarDate(year: 2026, month: 11, day: 30), meeting: "", by: ProposalFixture.staf)
        }
        let rows = try ready.fixture.pool.read { try BatchExport.rows(of: batch.id, in: $0) }
        #expect(rows.map(\.name) == ["Sutrisno", "Anak Sutrisno", "Paijem"], "by kalurahan, proposal, head first")
    }

    @Test func theExportWritesTheDocumentedColumnsInOrder() throws {
        let ready = try Ready()
        let batch = try ready.open()
        #expect(BatchExport.titles == [
            "No", "NIK", "No KK", "Nama", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin", "Hubungan Keluarga", "Status Perkawinan",
            "Nama Ibu Kandung", "Alamat", "RT", "RW", "Dusun", "Kode Wilayah", "Kalurahan", "Kapanewon", "No Usulan",
            "Hasil Penilaian", "Status Padan",
        ])
        let rows = try ready.fixture.pool.read { try BatchExport.rows(of: batch.id, in: $0) }
        let first = BatchExport.fields(rows[0], number: 1, fullNumbers: true)
        #expect(first[0] == "1" && first[1] == ready.first.head.nik && first[2] == ready.first.household.noKK && first[3] == "Sutrisno")
        #expect(first[5] == "1980-05-15" && first[6] == "Laki-laki" && first[14] == RegistryFixtures.poncosari)
        #expect(first[17] == String(ready.ids[0]) && first[18] == "Layak" && first[19] == "Padan")
        #expect(BatchExport.fields(rows[0], number: 1, fullNumbers: false)[1] == IdentityNumberText.masked(ready.first.head.nik))
        let workbook = try XLSXWriter.encode(
            sheetNamed: "Lampiran", columns: BatchExport.columns, rows: rows.enumerated().map { BatchExport.cells($1, number: $0 + 1, fullNumbers: true) })
        let read = try XLSXReader(bytes: workbook).rows().map(\.record.fields)
        #expect(read.first == BatchExport.titles)
        #expect(read.count == 4 && read[1][1] == ready.first.head.nik)
    }

    @Test func onlyTheKasiApprovesAndOnlyWithCompleteReferences() throws {
        let ready = try Ready()
        var batch = try ready.open()
        #expect(throws: BatchError.invalid(field: "nota_dinas", message: "Isi nomor dan tanggal nota dinas.")) {
            try ready.batches.approve(batch.id, version: batch.version, by: ProposalFixture.kasi)
        }
        let references = BatchReferences(
            meeting: "Berita acara musdes 12/2026", memoNumber: "400.9/123/Dinsos", memoDate: CalendarDate(year: 2026, month: 11, day: 20),
            decreeNumber: "465/45/2026", decreeDate: CalendarDate(year: 2026, month: 11, day: 25))
        try ready.batches.saveReferences(batch.id, references, version: batch.version, by: ProposalFixture.staf)
        batch = try #require(try ready.fixture.pool.read { try BatchStore.find(batch.id, in: $0) })
        #expect(throws: WorkflowError.notPermitted(name: "sahkan")) {
            try ready.batches.approve(batch.id, version: batch.version, by: ProposalFixture.staf)
        }
        #expect(throws: WorkflowError.illegalTransition(name: "unggah", from: "draf")) {
            try ready.batches.markUploaded(batch.id, version: batch.version, by: ProposalFixture.staf)
        }
        try ready.batches.approve(batch.id, version: batch.version, by: ProposalFixture.kasi)
        #expect(throws: BatchError.stale) { try ready.batches.markUploaded(batch.id, version: batch.version, by: ProposalFixture.staf) }
        try ready.batches.markUploaded(batch.id, version: batch.version + 1, by: ProposalFixture.staf)
        #expect(try ready.fixture.proposal(ready.ids[0]).state == .awaitingID)
        #expect(try ready.fixture.proposal(ready.ids[1]).state == .awaitingID)
        #expect(throws: BatchError.notDraft) { try ready.batches.refill(batch.id, version: batch.version + 2, by: ProposalFixture.staf) }
    }

    @Test func theResultFileRegistersRefusesAndReportsUnmatchedRows() throws {
        let ready = try Ready()
        let batch = try ready.open()
        try ready.batches.saveReferences(
            batch.id,
            BatchReferences(meeting: "SPTJM", memoNumber: "1", memoDate: CalendarDate(year: 2026, month: 11, day: 20), decreeNumber: "2",
                            decreeDate: CalendarDate(year: 2026, month: 11, day: 21)),
            version: 1, by: ProposalFixture.staf)
        try ready.batches.approve(batch.id, version: 2, by: ProposalFixture.kasi)
        try ready.batches.markUploaded(batch.id, version: 3, by: ProposalFixture.staf)
        let file = """
            nik;no_kk;id_dtks;status
            \(ready.first.head.nik);;ID-3402-0001;Terdaftar
            ;\(ready.second.household.noKK);;Ditolak
            3402019999990001;;ID-X;terdaftar
            ;;ID-Y;
            """
        let report = try ProposalResults(pool: ready.fixture.pool, clock: ready.fixture.clock)
            .importFile(Array(file.utf8), by: ProposalFixture.staf)
        #expect(report.registered == 1 && report.refused == 1)
        #expect(report.unmatched.map(\.row) == [4, 5])
        let registered = try ready.fixture.proposal(ready.ids[0])
        #expect(registered.state == .registered && registered.idDTKS == "ID-3402-0001")
        let membership = try ready.fixture.pool.read { try DTKSReadAPI().membership(nik: ready.first.head.nik, in: $0) }
        #expect(membership?.idDTKS == "ID-3402-0001", "every living member joins the DTKS register")
        #expect(try ready.fixture.pool.read { try DTKSReadAPI().membership(nik: ready.second.head.nik, in: $0) } == nil)
        let refused = try ready.fixture.proposal(ready.ids[1])
        #expect(refused.state == .returned && refused.returnReason == "Ditolak Kemensos: Ditolak")
        let again = try ProposalResults(pool: ready.fixture.pool, clock: ready.fixture.clock)
            .importFile(Array(file.utf8), by: ProposalFixture.staf)
        #expect(again.registered == 0 && again.unmatched.count == 4, "a second import finds nothing waiting")
    }

    @Test func anIDDTKSCanBeEnteredByHand() throws {
        let ready = try Ready()
        let batch = try ready.open()
        try ready.batches.saveReferences(
            batch.id,
            BatchReferences(meeting: "SPTJM", memoNumber: "1", memoDate: CalendarDate(year: 2026, month: 11, day: 20), decreeNumber: "2",
                            decreeDate: CalendarDate(year: 2026, month: 11, day: 21)),
            version: 1, by: ProposalFixture.staf)
        try ready.batches.approve(batch.id, version: 2, by: ProposalFixture.kasi)
        try ready.batches.markUploaded(batch.id, version: 3, by: ProposalFixture.staf)
        let results = ProposalResults(pool: ready.fixture.pool, clock: ready.fixture.clock)
        let proposal = try ready.fixture.proposal(ready.ids[1])
        #expect(throws: ProposalError.invalid(field: "id_dtks", message: "Isi ID DTKS.")) {
            try results.enter(proposal.id, idDTKS: " ", version: proposal.version, by: ProposalFixture.staf, scope: .everywhere)
        }
        #expect(throws: WorkflowError.notPermitted(name: "terdaftar")) {
            try results.enter(proposal.id, idDTKS: "ID-1", version: proposal.version, by: ProposalFixture.kasi, scope: .everywhere)
        }
        try results.enter(proposal.id, idDTKS: "ID-1", version: proposal.version, by: ProposalFixture.staf, scope: .everywhere)
        #expect(try ready.fixture.proposal(proposal.id).idDTKS == "ID-1")
    }
}
