import Core
import Foundation
import Registry
import Sidakis

/// SIDAKIS in the demo: a dozen PBI APBD proposals of the demo families, submitted by the
/// kalurahan operators and the pendamping with their KK and KTP or birth certificate, and moved
/// through the SOP by staf and kasi: some waiting for staf, two returned with the reason, some
/// waiting for the kasi, one approved for the next batch, and one activation batch whose BPJS
/// result file gives two KIS numbers and one refusal.
struct DemoSidakis {
    let office: DemoOffice
    let service: ProposalService
    let activation: ActivationService

    init(office: DemoOffice) {
        self.office = office
        service = ProposalService(
            pool: office.pool, attachments: office.attachments, clock: office.clock, settings: office.settings)
        activation = ActivationService(proposals: service)
    }

    /// The invented KIS numbers BPJS "returns" for the demo batch.
    static let kisNumbers = ["Sarjiyem": "0002301456781", "Tukiran Sastro": "0002301456798"]

    /// Plans every SIDAKIS step on the timeline.
    func plan(on timeline: DemoTimeline) {
        let moves = SidakisWorkflow.Move.self
        // Week 0: three proposals go all the way through and into the first activation batch.
        timeline.at(week: 0, day: 0, 9, 10) { try submit(["Sarjiyem"], by: "op.poncosari", reason: "Janda lansia, tidak punya JKN dan sering berobat ke puskesmas.") }
        timeline.at(week: 0, day: 0, 9, 40) { try move("Sarjiyem", moves.receive, by: "staf") }
        timeline.at(week: 0, day: 0, 10, 5) { try move("Sarjiyem", moves.verify, by: "staf", note: "NIK dan KK sesuai data keluarga.") }
        timeline.at(week: 0, day: 0, 13, 0) { try move("Sarjiyem", moves.approve, by: "kasi") }
        timeline.at(week: 0, day: 1, 10, 0) {
            try submit(["Tukiran Sastro", "Ngatini"], by: "op.parangtritis", source: .community, reason: "Nelayan kecil, penghasilan tidak tetap; keluarga belum punya JKN.")
        }
        for (name, minute) in [("Tukiran Sastro", 3), ("Ngatini", 5)] {
            timeline.at(week: 0, day: 1, 10, minute) { try move(name, moves.receive, by: "staf") }
            timeline.at(week: 0, day: 1, 10, minute + 9) { try move(name, moves.verify, by: "staf") }
            timeline.at(week: 0, day: 1, 10, minute + 15) { try move(name, moves.approve, by: "kasi") }
        }
        timeline.at(week: 0, day: 2, 9, 0) { _ = try activation.createBatch(by: office.actor("staf"), user: office.user("staf")) }
        timeline.at(week: 1, day: 0, 10, 0) { try importResults() }

        // Week 1: approved, waiting for the next batch.
        timeline.at(week: 1, day: 1, 9, 30) { try submit(["Kasiyem"], by: "op.parangtritis", reason: "Lansia hidup sendiri, tidak mampu membayar iuran.") }
        timeline.at(week: 1, day: 1, 9, 33) { try move("Kasiyem", moves.receive, by: "staf") }
        timeline.at(week: 1, day: 1, 9, 45) { try move("Kasiyem", moves.verify, by: "staf") }
        timeline.at(week: 1, day: 2, 8, 30) { try move("Kasiyem", moves.approve, by: "kasi") }

        // Weeks 2 and 3: two returned to the proposer with the reason; one sent back by the kasi.
        timeline.at(week: 2, day: 2, 9, 0) { try submit(["Mujiono"], by: "op.parangtritis", reason: "Nelayan, tidak punya JKN.") }
        timeline.at(week: 2, day: 2, 9, 6) {
            try move("Mujiono", moves.returnToProposer, by: "staf", note: "Foto KK buram, nomor KK tidak terbaca. Mohon unggah ulang foto KK yang jelas.")
        }
        timeline.at(week: 3, day: 0, 13, 0) {
            try submit(["Wagiman"], by: "op.parangtritis", kind: .transfer, reason: "Peserta mandiri kelas III, sejak panen gagal tidak mampu membayar iuran.")
        }
        timeline.at(week: 3, day: 0, 13, 2) { try move("Wagiman", moves.receive, by: "staf") }
        timeline.at(week: 3, day: 0, 13, 15) {
            try move("Wagiman", moves.returnToProposer, by: "staf", note: "Pengalihan dari PBPU: lampirkan juga KTP istri dan ajukan sekeluarga dalam satu usulan.")
        }
        timeline.at(week: 3, day: 3, 10, 0) {
            try submit(["Sugeng Riyadi"], by: "pendamping.srandakan", source: .socialCompanion, reason: "Buruh tani, istri sakit menahun; hasil pendampingan.")
        }
        timeline.at(week: 3, day: 3, 10, 2) { try move("Sugeng Riyadi", moves.receive, by: "staf") }
        timeline.at(week: 3, day: 3, 10, 10) { try move("Sugeng Riyadi", moves.verify, by: "staf") }
        timeline.at(week: 3, day: 3, 14, 0) {
            try move("Sugeng Riyadi", moves.sendBack, by: "kasi", note: "Tanggal lahir di KTP berbeda dengan data keluarga; mohon dicek ulang.")
        }

        // Week 4: a family waiting for the kasi, and three proposals just submitted.
        timeline.at(week: 4, day: 0, 9, 0) {
            try submit(["Slamet Widodo", "Tumini"], by: "op.trimurti", reason: "Buruh bangunan tanpa penghasilan tetap; belum punya JKN.")
        }
        for (name, minute) in [("Slamet Widodo", 1), ("Tumini", 3)] {
            timeline.at(week: 4, day: 0, 9, minute) { try move(name, moves.receive, by: "staf") }
            timeline.at(week: 4, day: 0, 9, minute + 8) { try move(name, moves.verify, by: "staf") }
        }
        timeline.at(week: 4, day: 3, 10, 30) {
            try submit(["Darmanto", "Yuliani"], by: "op.poncosari", kind: .transfer, reason: "Peserta mandiri menunggak sejak usaha kayu berhenti.")
        }
        timeline.at(week: 4, day: 4, 14, 0) {
            try submit(["Bayu Saputra"], by: "op.trimurti", kind: .transfer, source: .healthFacility, reason: "Rujukan puskesmas: pasien rawat jalan, iuran mandiri tidak terbayar.")
        }
    }

    /// Submits `names` (one household) with the KK and each person's KTP or birth certificate.
    private func submit(
        _ names: [String], by username: String, kind: ProposalKind = .newRegistration, source: ProposalSource = .kalurahan,
        reason: String
    ) throws {
        let persons = try names.map(office.person)
        var files = [SubmissionInput.Field.familyCard: DemoDocuments.upload("kk.pdf", DemoDocuments.pdf("Kartu Keluarga"))]
        for (index, person) in persons.enumerated() {
            files[SubmissionInput.Field.personalDocument(person.id)] = DemoDocuments.upload(
                "ktp-\(index + 1).png", try DemoDocuments.png(shade: UInt8(110 + 20 * index)))
        }
        _ = try service.submit(
            SubmissionInput(
                personIDs: persons.map(\.id), kind: kind.rawValue,
                previousSegment: kind == .transfer ? PreviousSegment.selfPaying.rawValue : "", source: source.rawValue,
                reason: reason),
            files: files, by: office.actor(username), user: office.user(username))
    }

    /// Makes page move `name` on the proposal of the person called `person`.
    private func move(_ person: String, _ name: String, by username: String, note: String = "") throws {
        let proposal = try latestProposal(of: person)
        _ = try service.move(
            proposal.id, name, version: proposal.version, note: note, by: office.actor(username), user: office.user(username))
    }

    /// The BPJS result file of the first batch, imported as staf do: two berhasil, one tidak berhasil.
    private func importResults() throws {
        let batch = try latestProposal(of: "Sarjiyem").batchID ?? 0
        var lines = ["NIK,Hasil,Nomor KIS,Alasan"]
        for (name, kis) in Self.kisNumbers.sorted(by: { $0.key < $1.key }) {
            lines.append("\(try office.person(name).nik),berhasil,\(kis),")
        }
        lines.append("\(try office.person("Ngatini").nik),tidak_berhasil,,NIK tercatat sebagai peserta aktif segmen lain di BPJS Kesehatan")
        let report = try activation.importResults(
            Array((lines.joined(separator: "\r\n") + "\r\n").utf8), fileName: "hasil-bpjs-demo.csv", batchID: batch,
            by: office.actor("staf"))
        guard report.refusedCount == 0 else { throw CommandFailure("demo: BPJS result rows refused: \(report.lines)") }
    }

    private func latestProposal(of name: String) throws -> Proposal {
        let nik = try office.person(name).nik
        let found = try office.pool.read { db in
            try ProposalStore.all(ProposalFilter(), scope: .everywhere, in: db).filter { $0.nik == nik }.max { $0.id < $1.id }
        }
        guard let found else { throw CommandFailure("demo: no SIDAKIS proposal of \(name)") }
        return found
    }
}
