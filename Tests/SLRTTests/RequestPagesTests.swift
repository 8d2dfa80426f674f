import Core
import Foundation
import SLRT
import Testing
import TestSupport

/// The request pages through the real application: the new-request form with files, the queue
/// with filters, the request page's buttons by role, and steps posted from it.
@Suite struct RequestPagesTests {
    @Test func theFrontOfficeTakesARequestWithAnAttachedDocument() throws {
        let office = try SLRTOffice()
        let browser = try office.signIn("staf.fo")
        let form = try browser.get("/slrt/permohonan/baru?jenis=sktm&nik=\(office.applicant.head.nik)")
        #expect(form.status == 200)
        #expect(form.text.contains("Siti Aminah"))
        #expect(form.text.contains("Keperluan SKTM"))
        let scan = try QRCodeFixture.png("KTP")
        let answer = try browser.postMultipart(
            "/slrt/permohonan",
            [("jenis", "sktm"), ("nik", office.applicant.head.nik), ("tujuan.keperluan", "Keringanan biaya sekolah"),
             ("berkas", "kk"), ("berkas", "pengantar_desa")],
            files: [("file.ktp", "ktp.png", "image/png", scan)])
        #expect(answer.status == 303)
        let location = try #require(answer.header("Location"))
        let page = try browser.get(location)
        #expect(page.status == 200)
        #expect(page.text.contains("Keringanan biaya sekolah"))
        #expect(page.text.contains("ktp.png"))
        #expect(page.text.contains("Berkas lengkap, lanjut cek DTKS"))
        let request = try #require(try office.pool.read { try RequestStore.list(RequestFilter(), in: .everywhere, paging: Paging(page: 1), db: $0) }.rows.first)
        #expect(request.documents == ["ktp", "kk", "pengantar_desa"])
        let file = try #require(page.text.range(of: "/slrt/permohonan/\(request.id)/berkas/").map { page.text[$0.lowerBound...] })
        let link = String(file.prefix { $0 != "\"" })
        let download = try browser.get(link)
        #expect(download.status == 200)
        #expect(download.body == scan)
        #expect(try office.app.browser().get(link).status == 303)
    }

    @Test func aFileOfTheWrongTypeIsAFieldErrorAndNothingIsStored() throws {
        let office = try SLRTOffice()
        let browser = try office.signIn("staf.fo")
        try browser.get("/slrt/permohonan/baru?jenis=sktm&nik=\(office.applicant.head.nik)")
        let answer = try browser.postMultipart(
            "/slrt/permohonan",
            [("jenis", "sktm"), ("nik", office.applicant.head.nik), ("tujuan.keperluan", "Keringanan biaya")],
            files: [("file.ktp", "ktp.txt", "text/plain", Array("bukan gambar".utf8))])
        #expect(answer.status == 422)
        #expect(answer.text.contains("field-error"))
        #expect(try office.count("SELECT count(*) FROM slrt_requests") == 0)
        #expect(try office.count("SELECT count(*) FROM attachments") == 0)
    }

    @Test func anUnknownNIKShowsTheRegistrationFields() throws {
        let office = try SLRTOffice()
        let browser = try office.signIn("staf.fo")
        let nik = RegistryFixtures.nik(born: "1990-02-02", sex: .male, serial: 55)
        let form = try browser.get("/slrt/permohonan/baru?jenis=skm&nik=\(nik)")
        #expect(form.text.contains("NIK belum terdaftar"))
        let answer = try browser.postMultipart(
            "/slrt/permohonan",
            [("jenis", "skm"), ("nik", nik), ("tujuan.keperluan", "Melamar kerja"), ("daftar", "1"),
             ("daftar.name", "Agus Salim"), ("daftar.sex", "L"), ("daftar.birth_date", "1990-02-02"),
             ("daftar.relationship", "kepala"), ("daftar.no_kk", RegistryFixtures.noKK(9)),
             ("daftar.area_code", RegistryFixtures.trimurti), ("daftar.address", "Jl. Kenanga 3")],
            files: [])
        #expect(answer.status == 303)
        #expect(try office.count("SELECT count(*) FROM persons WHERE nik = ?", [nik]) == 1)
        #expect(try office.count("SELECT count(*) FROM slrt_requests WHERE applicant_nik = ? AND area_code = ?", [nik, RegistryFixtures.trimurti]) == 1)
    }

    @Test func theQueueFiltersByStepTypeAndApplicantAndMasksNIKsForTheKadis() throws {
        let office = try SLRTOffice()
        _ = try office.newRequest(.sktm)
        _ = try office.verifiedRequest(.kipKuliah)
        let staf = try office.signIn("staf.bo")
        let all = try staf.get("/slrt")
        #expect(all.status == 200)
        let sktm = "<td>SKTM</td>"
        let kip = "<td>Rekomendasi KIP Kuliah</td>"
        #expect(all.text.contains(sktm) && all.text.contains(kip))
        let verification = try staf.get("/slrt?status=verifikasi")
        #expect(verification.text.contains(kip))
        #expect(!verification.text.contains(sktm))
        let byType = try staf.get("/slrt?jenis=sktm&q=aminah")
        #expect(byType.text.contains(sktm))
        #expect(!byType.text.contains(kip))
        #expect(try staf.get("/slrt?q=Budi").text.contains("Tidak ada permohonan"))
        let kadis = try office.signIn("kadis")
        let page = try kadis.get("/slrt")
        #expect(page.status == 200)
        #expect(!page.text.contains(office.applicant.head.nik))
        #expect(page.text.contains(IdentityNumberText.masked(office.applicant.head.nik)))
        #expect(!all.text.contains(office.applicant.head.nik))
    }

    @Test func theRequestPageOffersEachRoleOnlyItsOwnSteps() throws {
        let office = try SLRTOffice()
        let request = try office.verifiedRequest()
        let staf = try office.signIn("staf.bo").get("/slrt/permohonan/\(request.id)")
        #expect(staf.text.contains("Kembalikan ke front office"))
        #expect(!staf.text.contains("Beri pengecualian"))
        let kasi = try office.signIn("kasi").get("/slrt/permohonan/\(request.id)")
        #expect(kasi.text.contains("Beri pengecualian"))
        #expect(!kasi.text.contains("Kembalikan ke front office"))
        #expect(kasi.text.contains("Tidak terdaftar DTKS"))
        #expect(kasi.text.contains("Pengecekan kepesertaan DTKS"))
        let kadis = try office.signIn("kadis").get("/slrt/permohonan/\(request.id)")
        #expect(!kadis.text.contains("/langkah/"))
    }

    @Test func stepsPostedFromThePageMoveTheRequestAndRefusalsComeBackAsMessages() throws {
        let office = try SLRTOffice()
        let request = try office.verifiedRequest()
        let staf = try office.signIn("staf.bo")
        try staf.get("/slrt/permohonan/\(request.id)")
        let refused = try staf.post(
            "/slrt/permohonan/\(request.id)/langkah/rekomendasikan", [("versi", String(request.version)), ("catatan", "")])
        #expect(refused.status == 303)
        let shown = try staf.get("/slrt/permohonan/\(request.id)")
        #expect(shown.text.contains("tidak memenuhi syarat"))
        let moved = try staf.post(
            "/slrt/permohonan/\(request.id)/langkah/kembalikan",
            [("versi", String(request.version)), ("catatan", "Foto KK buram, minta ulang")])
        #expect(moved.status == 303)
        #expect(try office.requests.request(request.id, scope: .everywhere).state == .reception)
        let forbidden = try staf.post("/slrt/permohonan/\(request.id)/langkah/terbitkan", [("versi", "1")])
        #expect(forbidden.status == 403)
        let stale = try staf.post(
            "/slrt/permohonan/\(request.id)/langkah/lengkapi", [("versi", String(request.version))])
        #expect(stale.status == 303)
        #expect(try staf.get("/slrt/permohonan/\(request.id)").text.contains("telah diubah orang lain"))
    }

    @Test func anOperatorHasNoSLRTPagesAndAnUnknownRequestIs404() throws {
        let office = try SLRTOffice()
        let request = try office.newRequest()
        let operatorBrowser = try office.signIn("op.trimurti")
        #expect(try operatorBrowser.get("/slrt").status == 403)
        #expect(try operatorBrowser.get("/slrt/permohonan/\(request.id)").status == 403)
        let staf = try office.signIn("staf.bo")
        #expect(try staf.get("/slrt/permohonan/999999").status == 404)
        #expect(try staf.get("/slrt/permohonan/abc").status == 404)
    }

    @Test func theQueueCountsRequestsPerStepFromTheEngine() throws {
        let office = try SLRTOffice()
        _ = try office.newRequest()
        _ = try office.newRequest()
        _ = try office.verifiedRequest()
        let page = try office.signIn("kasi").get("/slrt")
        #expect(page.text.contains("<strong>2</strong> Penerimaan berkas (Front Office)"))
        #expect(page.text.contains("<strong>1</strong> Verifikasi berkas (Back Office)"))
        #expect(page.text.contains("<strong>0</strong> Menunggu persetujuan penanda tangan"))
    }

    @Test func theFrontOfficeCompletesTheFileLaterWithANewScan() throws {
        let office = try SLRTOffice()
        let request = try office.requests.create(
            RequestInput(letterType: .sktm, nik: office.applicant.head.nik, purpose: ["keperluan": "Sekolah"], documents: []),
            uploads: [:], by: office.actor("staf.fo"), scope: .everywhere)
        let browser = try office.signIn("staf.fo")
        let page = try browser.get("/slrt/permohonan/\(request.id)")
        #expect(page.text.contains("Ubah keperluan dan berkas"))
        let answer = try browser.postMultipart(
            "/slrt/permohonan/\(request.id)/berkas",
            [("versi", String(request.version)), ("tujuan.keperluan", "Keringanan biaya sekolah anak"), ("berkas", "ktp"),
             ("berkas", "pengantar_desa")],
            files: [("file.kk", "kk.png", "image/png", try QRCodeFixture.png("KK"))])
        #expect(answer.status == 303)
        let updated = try office.requests.request(request.id, scope: .everywhere)
        #expect(updated.documents == ["ktp", "kk", "pengantar_desa"])
        #expect(updated.purpose["keperluan"] == "Keringanan biaya sekolah anak")
        #expect(try office.count("SELECT count(*) FROM attachments WHERE owner_entity = 'slrt_request'") == 1)
        #expect(try office.move(updated, SLRTWorkflow.Transition.complete, as: "staf.fo").state == .dtksCheck)
        try browser.get("/slrt/permohonan/\(request.id)")
        let late = try browser.postMultipart(
            "/slrt/permohonan/\(request.id)/berkas", [("versi", String(updated.version + 1)), ("tujuan.keperluan", "x")], files: [])
        #expect(late.status == 409)
    }

    @Test func aReferralFromTheRequestPageStartsWithItsApplicant() throws {
        let office = try SLRTOffice()
        let request = try office.newRequest(.healthService)
        let browser = try office.signIn("staf.bo")
        #expect(try browser.get("/slrt/permohonan/\(request.id)").text.contains("/slrt/rujukan/baru?permohonan=\(request.id)"))
        let form = try browser.get("/slrt/rujukan/baru?permohonan=\(request.id)")
        #expect(form.text.contains("value=\"\(office.applicant.head.nik)\""))
        #expect(form.text.contains("name=\"permohonan\" value=\"\(request.id)\""))
    }

    @Test func theOverdueFilterShowsOnlyRequestsPastTheirStepsStandardInWorkingTime() throws {
        let office = try SLRTOffice()
        _ = try office.newRequest(.sktm)
        // Wednesday 18.06 WIB → Thursday 18.06 WIB: a whole working day (480 minutes) in step 1 (standard 15).
        office.app.time.advance(by: 24 * 3600)
        _ = try office.newRequest(.jampersal)
        let browser = try office.signIn("kasi")
        let late = try browser.get("/slrt?terlambat=1")
        #expect(late.text.contains("<td>SKTM</td>"))
        #expect(!late.text.contains("<td>Rekomendasi Jampersal</td>"))
        #expect(late.text.contains("lewat standar</span>"))
        let all = try browser.get("/slrt")
        #expect(all.text.contains("<td>Rekomendasi Jampersal</td>") && all.text.contains("<td>SKTM</td>"))
        #expect(all.text.contains("1 hari"))
    }

    @Test func thePersonPageLinksToTheApplicantsRequests() throws {
        let office = try SLRTOffice()
        let request = try office.signingRequest()
        try office.move(request, SLRTWorkflow.Transition.sign, as: "kadis")
        let other = try office.registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(2)), head: RegistryFixtures.person("Joko Susilo", serial: 8),
            by: .cli, scope: .everywhere)
        _ = try office.newRequest(.skm, nik: other.head.nik)
        let browser = try office.signIn("staf.fo")
        let person = try browser.get("/penduduk/\(office.applicant.head.id)")
        #expect(person.text.contains("/slrt?pemohon=\(office.applicant.head.id)"))
        #expect(person.text.contains("1 permohonan, 1 surat berlaku"))
        #expect(person.text.contains("Permohonan SLRT baru"))
        let theirs = try browser.get("/slrt?pemohon=\(office.applicant.head.id)")
        #expect(theirs.text.contains("Siti Aminah"))
        #expect(!theirs.text.contains("Joko Susilo"))
    }
}
