import App
import Core
import Testing
import TestSupport

/// `GET|POST /akun/sandi`: changing one's own password.
@Suite struct AccountTests {
    let app: TestApp
    let userID: Int64
    let browser: TestBrowser

    init() throws {
        app = try TestApp()
        userID = try app.insertAccount("budi")
        browser = app.browser()
        try browser.login("budi", "sandi-yang-benar")
    }

    func submit(current: String, new: String, confirmation: String) throws -> RawHTTPClient.Response {
        try browser.get("/akun/sandi")
        return try browser.post(
            "/akun/sandi",
            [("current_password", current), ("new_password", new), ("new_password_confirmation", confirmation)])
    }

    @Test func theFormHasThreePasswordFields() throws {
        let page = try browser.get("/akun/sandi")
        #expect(page.status == 200)
        #expect(page.text.contains("name=\"current_password\""))
        #expect(page.text.contains("name=\"new_password\""))
        #expect(page.text.contains("name=\"new_password_confirmation\""))
        #expect(page.text.contains("autocomplete=\"new-password\""))
    }

    @Test func aChangedPasswordEndsOtherSessionsButKeepsThisOne() throws {
        let laptop = app.browser()
        try laptop.login("budi", "sandi-yang-benar")
        let answer = try submit(current: "sandi-yang-benar", new: "sandi-baru-panjang", confirmation: "sandi-baru-panjang")
        #expect(answer.status == 303)
        #expect(answer.header("Location") == "/akun/sandi")

        let next = try browser.get("/akun/sandi")
        #expect(next.status == 200)
        #expect(next.text.contains("Kata sandi berhasil diubah."))
        #expect(!(try browser.get("/akun/sandi").text.contains("Kata sandi berhasil diubah.")))
        #expect(try laptop.get("/").status == 303)

        #expect(try app.browser().login("budi", "sandi-yang-benar").status == 200)
        #expect(try app.browser().login("budi", "sandi-baru-panjang").status == 303)
        #expect(try app.count("SELECT count(*) FROM audit_log WHERE action = 'user.ubah-sandi' AND entity_id = ?", [String(userID)]) == 1)
        #expect(try app.count("SELECT count(*) FROM users WHERE id = ? AND version = 2", [userID]) == 1)
    }

    @Test(arguments: [
        ("sandi-yang-keliru", "sandi-baru-panjang", "sandi-baru-panjang", "Kata sandi saat ini salah."),
        ("", "sandi-baru-panjang", "sandi-baru-panjang", "Isi kata sandi Anda saat ini."),
        ("sandi-yang-benar", "pendek", "pendek", "Kata sandi minimal 10 karakter."),
        ("sandi-yang-benar", "budi-dan-keluarga", "budi-dan-keluarga", "Kata sandi tidak boleh memuat nama pengguna."),
        ("sandi-yang-benar", "sandi-baru-panjang", "sandi-baru-lain", "Konfirmasi tidak sama dengan kata sandi baru."),
        ("sandi-yang-benar", "sandi-yang-benar", "sandi-yang-benar", "Kata sandi baru harus berbeda"),
    ])
    func aRejectedChangeShowsTheErrorAndKeepsThePassword(
        current: String, new: String, confirmation: String, message: String
    ) throws {
        let answer = try submit(current: current, new: new, confirmation: confirmation)
        #expect(answer.status == 422)
        #expect(answer.text.contains(message))
        #expect(answer.text.contains("field-invalid"))
        #expect(!answer.text.contains("value=\"\(new)\"") || new.isEmpty)
        #expect(try app.count("SELECT count(*) FROM audit_log WHERE action = 'user.ubah-sandi'") == 0)
        #expect(try app.browser().login("budi", "sandi-yang-benar").status == 303)
    }

    @Test func anonymousVisitorsAreSentToTheLoginForm() throws {
        let answer = try app.browser().get("/akun/sandi")
        #expect(answer.status == 303)
        #expect(answer.header("Location") == "/login?next=/akun/sandi")
    }
}
