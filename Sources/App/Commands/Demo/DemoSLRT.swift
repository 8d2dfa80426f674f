import Core
import Foundation
import Registry
import SLRT

/// SLRT in the demo: seven front-office requests of the demo families across the SOP (just
/// received, waiting for the DTKS check, refused by the rule and waiting for an exception,
/// waiting for the signature, three letters issued and one of them revoked by the kasi), a
/// referral to the health office with the partner's answers, and two complaints. The applicants
/// qualify through the DTSEN desil the DTKS demo imported before.
struct DemoSLRT {
    let office: DemoOffice
    let requests: RequestService
    let referrals: ReferralService
    let complaints: ComplaintService
    /// The requests made so far, by applicant name (closures planned now run later).
    private let made = Ledger()

    private final class Ledger {
        var requests: [String: Int64] = [:]
        var referral: Int64?
        var complaints: [Int64] = []
    }

    init(office: DemoOffice) {
        self.office = office
        requests = RequestService(
            pool: office.pool, clock: office.clock, settings: office.settings, attachments: office.attachments,
            templates: office.templates)
        referrals = ReferralService(pool: office.pool, clock: office.clock, settings: office.settings, templates: office.templates)
        complaints = ComplaintService(pool: office.pool, clock: office.clock, settings: office.settings)
    }

    /// Plans every SLRT step on the timeline (after the DTSEN desil import of week 2).
    func plan(on timeline: DemoTimeline) {
        let step = SLRTWorkflow.Transition.self
        // Three letters issued; the last one revoked a week later.
        issue("Suparman Hadi", .sktm, ["keperluan": "Keringanan biaya sekolah anak di SMK."], on: timeline, week: 2, day: 3, hour: 9)
        issue("Painem Wiryo", .healthService, ["fasilitas": "Puskesmas Srandakan", "diagnosis": "Hipertensi, kontrol rutin"],
              on: timeline, week: 3, day: 0, hour: 10)
        issue("Tukiran Sastro", .sktm, ["keperluan": "Keringanan biaya rawat inap di rumah sakit."], on: timeline, week: 3, day: 1, hour: 9)
        timeline.at(week: 4, day: 0, 10, 0) {
            try revoke("Tukiran Sastro", reason: "Keterangan penghasilan pemohon tidak sesuai hasil kunjungan lapangan.")
        }

        // The health-service applicant referred to the health office, and the partner's answers.
        timeline.at(week: 3, day: 1, 9, 0) {
            let referral = try referrals.create(
                nik: try office.person("Painem Wiryo").nik, partner: "Dinas Kesehatan",
                need: "Pemeriksaan dan obat hipertensi rutin tanpa biaya.", requestID: made.requests["Painem Wiryo"],
                by: office.actor("staf"), scope: .everywhere)
            made.referral = referral.id
        }
        timeline.at(week: 3, day: 2, 10, 0) { try moveReferral("terima", feedback: "") }
        timeline.at(week: 3, day: 4, 11, 0) {
            try moveReferral("tindaklanjuti", feedback: "Pemohon sudah dilayani di puskesmas; obat diberikan untuk satu bulan.")
        }

        // Week 4: waiting for the signature, refused by the rule, waiting for the DTKS check, just received.
        take("Lestari Handayani", .jampersal, ["perkiraan_persalinan": timeline.day(week: 6, day: 2).iso, "fasilitas": "Puskesmas Srandakan"],
             on: timeline, week: 4, day: 1, hour: 9, through: [step.complete, step.checkDTKS, step.recommend])
        take("Darmanto", .sktm, ["keperluan": "Keringanan biaya pengobatan anak."], on: timeline, week: 4, day: 2, hour: 10,
             through: [step.complete, step.checkDTKS])
        take("Ngatini", .pbiAPBD, ["keperluan": "Pendaftaran PBI APBD setelah usulan sebelumnya tidak berhasil."],
             on: timeline, week: 4, day: 3, hour: 11, through: [step.complete])
        take("Dwi Cahyono", .kipKuliah, ["perguruan_tinggi": "Politeknik Negeri (contoh)", "program_studi": "Teknik Sipil"],
             on: timeline, week: 4, day: 4, hour: 9, through: [])

        // Complaints: one answered and closed, one still being followed up.
        timeline.at(week: 2, day: 4, 10, 0) {
            try complain(ComplaintInput(
                complainant: "Warga Dusun Kauman (contoh)", contact: "0812-0000-0001", areaCode: "34.02.01.2001",
                subject: "Bantuan sembako bulan lalu belum diterima", category: "Bantuan sosial",
                description: "Pengadu menyampaikan bahwa paket sembako belum sampai ke rumahnya."))
        }
        timeline.at(week: 3, day: 0, 9, 0) { try moveComplaint(0, "tindaklanjuti", "Dicek ke pendamping: paket tertahan di kalurahan.") }
        timeline.at(week: 3, day: 2, 14, 0) { try moveComplaint(0, "tutup", "Paket sudah diantar pendamping pada hari Selasa.") }
        timeline.at(week: 4, day: 3, 13, 30) {
            try complain(ComplaintInput(
                complainant: "Warga Parangtritis (contoh)", contact: "", areaCode: "34.02.03.2002",
                subject: "Status DTKS keluarga tidak muncul di cek bansos", category: "Data DTKS/DTSEN",
                description: "Pengadu minta dicek apakah keluarganya sudah terdaftar."))
        }
        timeline.at(week: 4, day: 4, 9, 30) { try moveComplaint(1, "tindaklanjuti", "Diteruskan ke operator SIKS-NG untuk dicek.") }
    }

    /// Plans a request of `name` taken through every step to the signed, issued letter.
    private func issue(
        _ name: String, _ type: LetterType, _ purpose: [String: String], on timeline: DemoTimeline, week: Int, day: Int, hour: Int
    ) {
        let step = SLRTWorkflow.Transition.self
        take(name, type, purpose, on: timeline, week: week, day: day, hour: hour,
             through: [step.complete, step.checkDTKS, step.recommend])
        timeline.at(week: week, day: day, hour + 3, 0) { try move(name, step.sign, by: "kadis") }
    }

    /// Plans a request of `name` received by the front office at `hour` and moved through `steps`
    /// by staf, about ten minutes each.
    private func take(
        _ name: String, _ type: LetterType, _ purpose: [String: String], on timeline: DemoTimeline, week: Int, day: Int,
        hour: Int, through steps: [String]
    ) {
        timeline.at(week: week, day: day, hour, 0) { try receive(name, type, purpose) }
        for (index, transition) in steps.enumerated() {
            timeline.at(week: week, day: day, hour, 8 + 11 * index) {
                let note = transition == SLRTWorkflow.Transition.recommend ? "Berkas lengkap dan sesuai; direkomendasikan." : ""
                try move(name, transition, by: "staf", note: note)
            }
        }
    }

    /// The front office takes the request with every document ticked and the village letter scanned.
    private func receive(_ name: String, _ type: LetterType, _ purpose: [String: String]) throws {
        let person = try office.person(name)
        let request = try requests.create(
            RequestInput(letterType: type, nik: person.nik, purpose: purpose, documents: type.requiredDocuments.map(\.key)),
            uploads: ["pengantar_desa": try DemoDocuments.checked("pengantar-kalurahan.pdf", DemoDocuments.pdf("Surat pengantar kalurahan"))],
            by: office.actor("staf"), scope: .everywhere)
        made.requests[name] = request.id
    }

    private func move(_ name: String, _ transition: String, by username: String, note: String = "") throws {
        let request = try requests.request(try requestID(name), scope: .everywhere)
        _ = try requests.move(
            request.id, transition: transition, note: note, version: request.version, by: office.actor(username),
            scope: .everywhere)
    }

    private func revoke(_ name: String, reason: String) throws {
        let requestID = try requestID(name)
        guard let letter = try office.pool.read({ try LetterStore.find(request: requestID, in: $0) }) else {
            throw CommandFailure("demo: no letter for the request of \(name)")
        }
        _ = try LetterService(templates: office.templates, settings: office.settings).revoke(
            letter.id, reason: reason, by: office.actor("kasi"), scope: .everywhere, pool: office.pool, at: office.clock.now)
    }

    private func moveReferral(_ transition: String, feedback: String) throws {
        guard let id = made.referral, let referral = try office.pool.read({ try ReferralStore.find(id, in: .everywhere, db: $0) }) else {
            throw CommandFailure("demo: no referral")
        }
        _ = try referrals.move(
            id, transition: transition, feedback: feedback, day: nil, version: referral.version, by: office.actor("staf"),
            scope: .everywhere)
    }

    private func complain(_ input: ComplaintInput) throws {
        made.complaints.append(try complaints.create(input, by: office.actor("staf"), scope: .everywhere).id)
    }

    private func moveComplaint(_ index: Int, _ transition: String, _ note: String) throws {
        guard index < made.complaints.count,
            let complaint = try office.pool.read({ try complaints.find(made.complaints[index], scope: .everywhere, in: $0) })
        else { throw CommandFailure("demo: no complaint \(index)") }
        _ = try complaints.move(
            complaint.id, transition: transition, note: note, version: complaint.version, by: office.actor("staf"), scope: .everywhere)
    }

    private func requestID(_ name: String) throws -> Int64 {
        guard let id = made.requests[name] else { throw CommandFailure("demo: no SLRT request of \(name)") }
        return id
    }
}
