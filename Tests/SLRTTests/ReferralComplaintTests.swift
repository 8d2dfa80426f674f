import Core
import Database
import Foundation
import SLRT
import Testing
import TestSupport

/// Referrals to partner agencies and complaints, from first record to closing, through the pages.
@Suite struct ReferralComplaintTests {
    @Test func aReferralGoesFromDirujukToSelesaiWithFeedbackAndDates() throws {
        let office = try SLRTOffice()
        let request = try office.newRequest(.healthService)
        let staf = try office.signIn("staf.bo")
        let form = try staf.get("/slrt/rujukan/baru?nik=\(office.applicant.head.nik)&permohonan=\(request.id)")
        #expect(form.text.contains("RSUD"))
        let created = try staf.post(
            "/slrt/rujukan",
            [("nik", office.applicant.head.nik), ("mitra", "RSUD"), ("kebutuhan", "Operasi katarak dengan keringanan biaya"),
             ("permohonan", String(request.id))])
        #expect(created.status == 303)
        let path = try #require(created.header("Location"))
        var referral = try #require(try office.pool.read {
            try ReferralStore.list(state: nil, in: .everywhere, paging: Paging(page: 1), db: $0)
        }.rows.first)
        #expect(referral.state == .referred)
        #expect(referral.requestID == request.id)
        let letter = try #require(try office.pool.read { try LetterStore.find(referral: referral.id, in: $0) })
        #expect(letter.number.hasPrefix("400.9/001/Dinsos-Rujukan/XI/2026"))
        #expect(letter.content.paragraphs.map(\.text).joined().contains("RSUD"))
        let pdf = try staf.get("/slrt/surat/\(letter.id)/pdf")
        #expect(pdf.status == 200 && Array(pdf.body.prefix(5)) == Array("%PDF-".utf8))
        #expect(try office.app.browser().get("/verifikasi/" + letter.verificationCode).text.contains("Surat Rujukan"))

        try staf.get(path)
        // A step the referral's state does not allow is the engine's 409, and nothing moves.
        #expect(try staf.post(path + "/langkah/tindaklanjuti", [("versi", String(referral.version)), ("umpan_balik", "Sudah")]).status == 409)
        #expect(try office.pool.read { try ReferralStore.find(referral.id, in: .everywhere, db: $0) }?.state == .referred)

        for (step, feedback, state) in [
            ("terima", "Diterima di poli mata", ReferralState.accepted),
            ("tindaklanjuti", "Operasi dijadwalkan 2 Desember", .followedUp),
            ("selesai", "Operasi selesai, pasien pulang", .finished),
        ] {
            try staf.get(path)
            let answer = try staf.post(
                path + "/langkah/" + step, [("versi", String(referral.version)), ("umpan_balik", feedback), ("tanggal", "2026-11-18")])
            #expect(answer.status == 303)
            referral = try #require(try office.pool.read { try ReferralStore.find(referral.id, in: .everywhere, db: $0) })
            #expect(referral.state == state)
        }
        #expect(referral.acceptedOn == "2026-11-18")
        #expect(referral.followedUpOn == "2026-11-18")
        #expect(referral.finishedOn == "2026-11-18")
        #expect(referral.feedback.contains("Operasi selesai, pasien pulang"))
        let page = try staf.get(path)
        #expect(page.text.contains("Diterima di poli mata"))
        #expect(!page.text.contains("/langkah/"))
        let events = try office.pool.read { try WorkflowHistory.events(workflow: ReferralWorkflow.kind, itemID: referral.id, in: $0) }
        #expect(events.map(\.to) == ["dirujuk", "diterima", "ditindaklanjuti", "selesai"])
    }

    @Test func aReferralToAnUnlistedPartnerOrWithoutANeedIsRefused() throws {
        let office = try SLRTOffice()
        let staf = try office.signIn("staf.bo")
        try staf.get("/slrt/rujukan/baru")
        let answer = try staf.post("/slrt/rujukan", [("nik", office.applicant.head.nik), ("mitra", "Dinas Lain"), ("kebutuhan", "")])
        #expect(answer.status == 422)
        #expect(answer.text.contains("Pilih mitra rujukan."))
        #expect(try office.count("SELECT count(*) FROM slrt_referrals") == 0)
        #expect(try office.count("SELECT count(*) FROM slrt_letters") == 0)
        let kadis = try office.signIn("kadis")
        try kadis.get("/slrt/rujukan")
        #expect(try kadis.post("/slrt/rujukan", [("nik", office.applicant.head.nik), ("mitra", "RSUD"), ("kebutuhan", "Perlu dirawat")]).status == 403)
    }

    @Test func aComplaintIsFollowedUpAndClosedWithAnAnswer() throws {
        let office = try SLRTOffice()
        let staf = try office.signIn("staf.fo")
        try staf.get("/slrt/pengaduan/baru")
        let created = try staf.post(
            "/slrt/pengaduan",
            [("pengadu", "Parjo"), ("kontak", "0812-0000-1111"), ("wilayah", RegistryFixtures.poncosari),
             ("perihal", "Bantuan sembako belum diterima"), ("kategori", "Bantuan sosial"), ("uraian", "Sejak Agustus")])
        #expect(created.status == 303)
        let path = try #require(created.header("Location"))
        let id = try #require(Int64(path.split(separator: "/").last ?? ""))
        try staf.get(path)
        #expect(try staf.post(path + "/langkah/tutup", [("versi", "1"), ("catatan", "Sudah diterima")]).status == 409)
        #expect(try staf.get(path).text.contains("Tutup dengan jawaban") == false)
        try staf.post(path + "/langkah/tindaklanjuti", [("versi", "1"), ("catatan", "Dicek ke pendamping PKH")])
        try staf.get(path)
        try staf.post(path + "/langkah/tutup", [("versi", "2"), ("catatan", "Bantuan sudah disalurkan 20 November")])
        let page = try staf.get(path)
        #expect(page.text.contains("Dicek ke pendamping PKH"))
        #expect(page.text.contains("Bantuan sudah disalurkan 20 November"))
        #expect(page.text.contains("Selesai"))
        let row = try #require(try office.pool.read { try $0.queryOne("SELECT status, closed_on FROM slrt_complaints WHERE id = ?", [id]) })
        #expect(try row.get(0, as: String.self) == "selesai")
        #expect(try row.get(1, as: String.self) == "2026-11-18")
        #expect(try office.count("SELECT count(*) FROM audit_log WHERE action LIKE 'slrt_pengaduan.%'") == 3)
    }

    @Test func aComplaintNeedsWhoWhatAndAKnownCategory() throws {
        let office = try SLRTOffice()
        let staf = try office.signIn("staf.fo")
        try staf.get("/slrt/pengaduan/baru")
        let answer = try staf.post("/slrt/pengaduan", [("pengadu", ""), ("perihal", ""), ("kategori", "Lain-lain saja")])
        #expect(answer.status == 422)
        #expect(answer.text.contains("Isi nama pengadu."))
        #expect(answer.text.contains("Pilih kategori."))
        #expect(try office.count("SELECT count(*) FROM slrt_complaints") == 0)
    }
}
