import Core
import DTKS
import Foundation
import Registry

/// DTKS in the demo: ten household proposals across the SOP (diajukan, dikembalikan, penilaian,
/// input SIKS-NG with a field assessment, pemadanan, finalisasi, menunggu ID, terdaftar), a small
/// Dukcapil extract (one name spelt differently, so matching shows a tidak padan), one
/// finalisation batch approved and uploaded with its references and scanned memo, the Ministry's
/// ID DTKS for one household, and a DTSEN desil file for the desil panel and the SLRT checks.
struct DemoDTKS {
    let office: DemoOffice
    let proposals: ProposalService
    let batches: BatchService

    init(office: DemoOffice) {
        self.office = office
        proposals = ProposalService(pool: office.pool, clock: office.clock, attachments: office.attachments)
        batches = BatchService(pool: office.pool, clock: office.clock, settings: office.settings)
    }

    /// The invented ID DTKS the Ministry "returns" for the first household.
    static let idDTKS = "3402012001000417"

    /// The extract's spelling of a name that differs from the register (matching says tidak padan).
    static let misspelt = ["Rina Oktaviani": "RINA OKTAVIANY"]

    /// Plans every DTKS step on the timeline.
    func plan(on timeline: DemoTimeline) {
        // Week 0: three proposals reach matching; the extract is loaded and all are matched.
        walk("Suparman Hadi", by: "op.poncosari", on: timeline, week: 0, day: 0, hour: 9, assessor: "pendamping.srandakan")
        walk("Sarjiyem", by: "op.poncosari", on: timeline, week: 0, day: 0, hour: 11, assessor: "pendamping.srandakan")
        walk("Bayu Saputra", by: "op.trimurti", on: timeline, week: 0, day: 1, hour: 10, assessor: "pendamping.srandakan")
        timeline.at(week: 0, day: 3, 10, 0) { try loadExtract() }
        timeline.at(week: 0, day: 3, 10, 30) {
            _ = try ProposalMatching.matchAll(pool: office.pool, clock: office.clock, by: office.actor("staf"))
        }

        // Week 1: the finalisation batch of the two padan households, approved and uploaded.
        timeline.at(week: 1, day: 0, 9, 0) {
            try batches.open(
                from: timeline.day(week: 0, day: 0), to: timeline.day(week: 0, day: 4),
                meeting: "Musdes Kalurahan Poncosari (contoh)", by: office.actor("staf"))
        }
        timeline.at(week: 1, day: 0, 9, 30) { try recordReferences(timeline) }
        timeline.at(week: 1, day: 0, 9, 40) {
            try batches.attachDocument(
                DemoDocuments.checked("nota-dinas.pdf", DemoDocuments.pdf("Nota Dinas usulan DTKS")), to: try latestBatch().id,
                by: office.actor("staf"), attachments: office.attachments)
        }
        timeline.at(week: 1, day: 1, 9, 0) { try batches.approve(try latestBatch().id, version: try latestBatch().version, by: office.actor("kasi")) }
        timeline.at(week: 1, day: 1, 10, 0) {
            try batches.markUploaded(try latestBatch().id, version: try latestBatch().version, by: office.actor("staf"))
        }

        // Week 2: the Ministry's ID DTKS for one household; the DTSEN desil file; more proposals.
        timeline.at(week: 2, day: 1, 10, 0) { try importIDDTKS() }
        timeline.at(week: 2, day: 2, 9, 0) { try importDesil() }
        walk("Kasiyem", by: "op.parangtritis", on: timeline, week: 2, day: 0, hour: 9, assessor: "staf")
        timeline.at(week: 2, day: 1, 14, 0) {
            let proposal = try latest("Kasiyem")
            _ = try proposals.match(proposal.id, version: proposal.version, by: office.actor("staf"), scope: .everywhere)
        }
        walk("Tukiran Sastro", by: "op.parangtritis", on: timeline, week: 2, day: 2, hour: 10, assessor: "staf", until: .assessment)
        timeline.at(week: 2, day: 3, 9, 0) {
            try assess("Tukiran Sastro", eligible: false, by: "staf",
                       reasons: "Memiliki perahu motor dan dua ekor sapi; penghasilan di atas garis kemiskinan.")
        }

        // Week 3: one entered into SIKS-NG waiting for matching, one assessed waiting for input.
        walk("Wagiman", by: "op.parangtritis", on: timeline, week: 3, day: 0, hour: 9, assessor: "staf")
        walk("Sugeng Riyadi", by: "op.poncosari", on: timeline, week: 3, day: 2, hour: 9, assessor: "pendamping.srandakan", until: .input)

        // Week 4: one waiting for the field visit, one returned for a missing SKTM, one just proposed.
        walk("Mujiono", by: "op.parangtritis", on: timeline, week: 4, day: 0, hour: 10, assessor: "staf", until: .assessment)
        timeline.at(week: 4, day: 2, 9, 0) { try propose("Heru Prasetyo", by: "op.trimurti", povertyLetter: false) }
        timeline.at(week: 4, day: 2, 9, 20) {
            let proposal = try latest("Heru Prasetyo")
            try proposals.returnToProposer(
                proposal.id, version: proposal.version, reason: "SKTM atau surat pengantar RT belum dilampirkan.",
                by: office.actor("staf"), scope: .everywhere)
        }
        timeline.at(week: 4, day: 3, 13, 0) { try propose("Slamet Widodo", by: "op.trimurti", povertyLetter: true) }
    }

    /// Plans steps 1–4 for the household headed by `head` from `hour` on that day: proposed,
    /// accepted, coordination, field assessment (layak, the next morning), input SIKS-NG, stopping
    /// once the proposal waits in `until`.
    private func walk(
        _ head: String, by proposer: String, on timeline: DemoTimeline, week: Int, day: Int, hour: Int, assessor: String,
        until: ProposalState = .matching
    ) {
        timeline.at(week: week, day: day, hour, 0) { try propose(head, by: proposer, povertyLetter: true) }
        timeline.at(week: week, day: day, hour, 12) {
            let proposal = try latest(head)
            try proposals.accept(proposal.id, version: proposal.version, by: office.actor("staf"), scope: .everywhere)
        }
        guard until != .coordination else { return }
        timeline.at(week: week, day: day, hour + 1, 5) {
            let proposal = try latest(head)
            try proposals.recordCoordination(
                proposal.id, version: proposal.version, note: "Dikoordinasikan dengan ketua RT dan dukuh; keluarga dapat dikunjungi.",
                on: timeline.today, by: office.actor("staf"), scope: .everywhere)
        }
        guard until != .assessment else { return }
        timeline.at(week: week, day: day + 1, 9, 30) {
            try assess(head, eligible: true, by: assessor, reasons: "Rumah berlantai tanah, penghasilan tidak tetap.")
        }
        guard until != .input else { return }
        timeline.at(week: week, day: day + 1, 13, 0) {
            let proposal = try latest(head)
            try proposals.markEntered(proposal.id, version: proposal.version, by: office.actor("staf"), scope: .everywhere)
        }
    }

    /// SOP step 1 for the household headed by `head`, with the scanned KK and SKTM.
    private func propose(_ head: String, by username: String, povertyLetter: Bool) throws {
        var documents = [try DemoDocuments.checked("kk.pdf", DemoDocuments.pdf("Kartu Keluarga"))]
        if povertyLetter { documents.append(try DemoDocuments.checked("pengantar-rt.pdf", DemoDocuments.pdf("Surat pengantar RT"))) }
        try proposals.propose(
            NewProposal(
                householdID: try office.household(headedBy: head).id, proposerType: .neighbourhood,
                proposerName: "Ketua RT setempat", reason: "Penghasilan tidak tetap, rumah belum layak huni.",
                requirements: ProposalRequirements(familyCard: true, identityCard: true, povertyLetter: povertyLetter)),
            documents: documents, by: office.actor(username), scope: try office.user(username).scope)
    }

    /// SOP step 3 with the visit's coordinates near the kalurahan and a house photo.
    private func assess(_ head: String, eligible: Bool, by username: String, reasons: String) throws {
        let proposal = try latest(head)
        let offset = Double(proposal.id % 7) * 0.0013
        try proposals.assess(
            proposal.id, version: proposal.version,
            FieldAssessment(eligible: eligible, reasons: reasons, day: office.timeline.today, latitude: -7.95 - offset, longitude: 110.25 + offset),
            photo: try DemoDocuments.checked("rumah.png", DemoDocuments.png(shade: 90), kind: .photo),
            by: office.actor(username), scope: try office.user(username).scope)
    }

    /// A Dukcapil extract of every demo person (one name spelt differently), loaded as staf do.
    private func loadExtract() throws {
        var lines = ["NIK,NO_KK,NAMA_LENGKAP,TEMPAT_LAHIR,TANGGAL_LAHIR,JENIS_KELAMIN,ALAMAT,KODE_WILAYAH"]
        for family in office.families {
            for person in family.members {
                let name = Self.misspelt[person.name] ?? person.name.uppercased()
                lines.append(
                    "\(person.nik),\(family.household.noKK),\(name),BANTUL,\(person.birthDate.iso),\(person.sex.rawValue),"
                        + "\(family.household.address.uppercased()),\(family.household.areaCode)")
            }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dinsos-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ekstrak-dukcapil-demo.csv").path
        try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: URL(fileURLWithPath: path))
        try DukcapilImport(pool: office.pool, clock: office.clock)
            .load(path: path, fileName: "ekstrak-dukcapil-demo.csv", by: office.actor("staf"))
    }

    /// The nota dinas and approval letter numbers of the open batch.
    private func recordReferences(_ timeline: DemoTimeline) throws {
        let batch = try latestBatch()
        let year = timeline.today.year
        try batches.saveReferences(
            batch.id,
            BatchReferences(
                meeting: batch.references.meeting, memoNumber: "400.9/101/Dinsos/\(year)", memoDate: timeline.today,
                decreeNumber: "460/23/Pengesahan/\(year)", decreeDate: timeline.today),
            version: batch.version, by: office.actor("staf"))
    }

    /// The Ministry's result file: an ID DTKS for the first household of the uploaded batch.
    private func importIDDTKS() throws {
        let nik = try office.person("Suparman Hadi").nik
        let file = "nik,id_dtks,status\r\n\(nik),\(Self.idDTKS),terdaftar\r\n"
        let report = try ProposalResults(pool: office.pool, clock: office.clock, timeZone: office.timeline.timeZone)
            .importFile(Array(file.utf8), by: office.actor("staf"))
        guard report.registered == 1 else { throw CommandFailure("demo: the ID DTKS result was not applied: \(report)") }
    }

    /// A DTSEN desil file as SIKS-NG sends it: whole households by No KK.
    private func importDesil() throws {
        var lines = ["no_kk,nik,nama,desil"]
        for (head, desil) in [("Suparman Hadi", 2), ("Painem Wiryo", 1), ("Tukiran Sastro", 3), ("Heru Prasetyo", 4),
                              ("Darmanto", 5), ("Bayu Saputra", 7)] {
            lines.append("\(try office.household(headedBy: head).noKK),,\(head.uppercased()),\(desil)")
        }
        let importer = DtsenImport(pool: office.pool, clock: office.clock, settings: office.settings)
        let plan = try importer.plan(Array((lines.joined(separator: "\r\n") + "\r\n").utf8), scope: .everywhere)
        guard plan.report.problems.isEmpty else { throw CommandFailure("demo: DTSEN rows refused: \(plan.report.problems)") }
        _ = try importer.write(plan, source: "desil-dtsen-demo.csv", by: office.actor("staf"))
    }

    private func latest(_ head: String) throws -> Proposal {
        let id = try office.household(headedBy: head).id
        guard let proposal = try office.pool.read({ try ProposalStore.all(household: id, in: $0) }).max(by: { $0.id < $1.id }) else {
            throw CommandFailure("demo: no DTKS proposal of \(head)")
        }
        return proposal
    }

    private func latestBatch() throws -> FinalisationBatch {
        let batch = try office.pool.read { db -> FinalisationBatch? in
            guard let row = try db.queryOne("SELECT id FROM dtks_batches ORDER BY id DESC LIMIT 1") else { return nil }
            return try BatchStore.find(try row.get(0), in: db)
        }
        guard let batch else { throw CommandFailure("demo: no DTKS finalisation batch") }
        return batch
    }
}
