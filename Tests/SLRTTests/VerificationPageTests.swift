import Core
import Foundation
import SLRT
import Testing
import TestSupport

/// The public page `/verifikasi/{code}`: no sign-in; a valid, a revoked and an unknown code;
/// nothing personal beyond the masked name.
@Suite struct VerificationPageTests {
    /// An issued SKTM and its letter.
    static func issued(_ office: SLRTOffice) throws -> IssuedLetter {
        let request = try office.signingRequest()
        try office.move(request, SLRTWorkflow.Transition.sign, as: "kadis")
        return try #require(try office.pool.read { try LetterStore.find(request: request.id, in: $0) })
    }

    static func expectNoPersonalData(_ page: String, _ office: SLRTOffice) {
        #expect(!page.contains("Siti Aminah"))
        #expect(!page.contains(office.applicant.head.nik))
        #expect(!page.contains(office.applicant.household.noKK))
        #expect(!page.contains("Jl. Mawar"))
        #expect(!page.contains("1979"))
    }

    @Test func aValidCodeShowsNumberTypeDateIssuerAndTheMaskedNameToAnyone() throws {
        let office = try SLRTOffice()
        let letter = try Self.issued(office)
        let page = try office.app.browser().get("/verifikasi/" + letter.verificationCode)
        #expect(page.status == 200)
        #expect(page.text.contains("ASLI DAN BERLAKU"))
        #expect(page.text.contains(letter.number))
        #expect(page.text.contains("Surat Keterangan Tidak Mampu"))
        #expect(page.text.contains("18 November 2026"))
        #expect(page.text.contains("Dinas Sosial Kabupaten Bantul"))
        #expect(page.text.contains("Sit* Ami***"))
        #expect(page.header("Cache-Control") == "no-store")
        Self.expectNoPersonalData(page.text, office)
    }

    @Test func aRevokedLetterSaysSoWithTheReason() throws {
        let office = try SLRTOffice()
        let letter = try Self.issued(office)
        let kasi = try office.signIn("kasi")
        try kasi.get("/slrt/permohonan/\(letter.requestID ?? 0)")
        let revoke = try kasi.post("/slrt/surat/\(letter.id)/cabut", [("alasan", "Penghasilan pemohon ternyata di atas batas")])
        #expect(revoke.status == 303)
        let page = try office.app.browser().get("/verifikasi/" + letter.verificationCode)
        #expect(page.status == 200)
        #expect(page.text.contains("DICABUT"))
        #expect(page.text.contains("Penghasilan pemohon ternyata di atas batas"))
        #expect(!page.text.contains("ASLI DAN BERLAKU"))
        Self.expectNoPersonalData(page.text, office)
        #expect(try office.count("SELECT count(*) FROM audit_log WHERE action = 'slrt.surat.cabut'") == 1)
    }

    @Test(arguments: ["AAAAAAAAAAAAAAAAAAAAAAAA", "bukan-kode", "x"])
    func anUnknownCodeIsTidakDikenal(code: String) throws {
        let office = try SLRTOffice()
        _ = try Self.issued(office)
        let page = try office.app.browser().get("/verifikasi/" + code)
        #expect(page.status == 404)
        #expect(page.text.contains("TIDAK DIKENAL"))
        #expect(!page.text.contains("400.9/"))
        Self.expectNoPersonalData(page.text, office)
    }

    @Test func onlyTheKasiRevokes() throws {
        let office = try SLRTOffice()
        let letter = try Self.issued(office)
        for username in ["staf.bo", "kadis"] {
            let browser = try office.signIn(username)
            try browser.get("/slrt/permohonan/\(letter.requestID ?? 0)")
            let answer = try browser.post("/slrt/surat/\(letter.id)/cabut", [("alasan", "Alasan yang cukup panjang")])
            #expect(answer.status == 403, "\(username)")
        }
        #expect(try office.count("SELECT count(*) FROM slrt_letters WHERE revoked_at IS NOT NULL") == 0)
    }
}
