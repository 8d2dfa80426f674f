import App
import Core
import Database
import Foundation
import Testing
import TestSupport

/// Every kind of change the application makes so far leaves its audit row, written by the
/// right actor, and the chain stays intact.
@Suite struct AuditTrailTests {
    @Test func eachKindOfChangeWritesItsAuditRow() throws {
        let app = try TestApp()
        func createFromCommandLine(_ username: String, role: String) throws -> User {
            try UserCreateCommand.run(
                UserCreateCommand.Options(
                    username: username, role: role, databasePath: app.database.path, root: TestApp.root),
                passwordLine: "Sandi-Rahasia-1", hasher: .testing)
        }
        let admin = try createFromCommandLine("admin", role: "admin")
        let petugas = try createFromCommandLine("petugas", role: "staf")

        let browser = app.browser()
        #expect(try browser.login("admin", "bukan-sandinya").status == 200)
        #expect(try browser.login("admin", "Sandi-Rahasia-1").status == 303)

        try browser.get("/admin/pengguna/\(petugas.id)")
        let edited = try browser.post(
            "/admin/pengguna/\(petugas.id)", [("full_name", "Petugas Baru"), ("role", "kasi"), ("version", "1")])
        #expect(edited.status == 303)
        try browser.get("/admin/pengguna/\(petugas.id)")
        #expect(try browser.post("/admin/pengguna/\(petugas.id)/nonaktifkan", []).status == 303)

        try browser.get("/akun/sandi")
        let changed = try browser.post("/akun/sandi", [
            ("current_password", "Sandi-Rahasia-1"), ("new_password", "Sandi-Baru-Panjang-2"),
            ("new_password_confirmation", "Sandi-Baru-Panjang-2"),
        ])
        #expect(changed.status == 303)
        try browser.get("/")
        #expect(try browser.post("/logout", []).status == 303)

        let rows = try app.database.pool.read { db in
            try db.query(AuditRecord.self, "SELECT \(AuditRecord.columns) FROM audit_log ORDER BY id")
        }
        let admins = String(admin.id)
        let petugasID = String(petugas.id)
        #expect(rows.map { "\($0.actor) \($0.username) \($0.action) \($0.entity) \($0.entityID)" } == [
            "cli  user.buat user \(admins)",
            "cli  user.buat user \(petugasID)",
            "user  login.gagal user admin",
            "user admin login.berhasil user admin",
            "user admin user.ubah user \(petugasID)",
            "user admin user.nonaktifkan user \(petugasID)",
            "user admin user.ubah-sandi user \(admins)",
            "user admin logout user admin",
        ])
        let signedIn = rows.filter { $0.username == "admin" }
        #expect(signedIn.allSatisfy { $0.userID == admin.id && $0.role == "admin" && $0.address == "127.0.0.1" && !$0.requestID.isEmpty })
        #expect(try app.database.pool.read(AuditVerifier.verify) == .intact(rows: rows.count))
    }
}
