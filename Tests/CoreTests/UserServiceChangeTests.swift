import Core
import Database
import Foundation
import Testing
import TestSupport

@Suite("UserService: editing, deactivating, resetting passwords")
struct UserServiceChangeTests {
    static let poncosari = "34.02.01.2001"
    static let srandakan = "34.02.01"

    @Test func anEditSavesNameRoleAndAreasAndAuditsBeforeAndAfter() throws {
        let fixture = try UserFixture()
        let user = try fixture.create("petugas", role: .operator, areas: [Self.poncosari], fullName: "Lama")
        fixture.time.advance(by: 60)

        let saved = try fixture.service.edit(
            user.id, UserEdit(fullName: "Baru", role: .pendamping, areaCodes: [Self.srandakan], version: 1),
            by: UserFixture.admin)

        #expect(saved.fullName == "Baru")
        #expect(saved.role == .pendamping)
        #expect(saved.areaCodes == [Self.srandakan])
        #expect(saved.version == 2)
        #expect(saved.updatedAt == UserFixture.start.addingTimeInterval(60))
        let audit = try #require(try fixture.auditRows(UserService.AuditAction.edit).first)
        #expect(audit.actor == "user")
        #expect(audit.userID == UserFixture.adminID)
        #expect(audit.address == "10.0.0.9")
        #expect(audit.requestID == "r-1")
        let changes = try fixture.changes(audit)
        #expect(changes["full_name"] == ["before": "Lama", "after": "Baru"])
        #expect(changes["role"] == ["before": "operator", "after": "pendamping"])
        #expect(changes["areas"] == ["before": Self.poncosari, "after": Self.srandakan])
        #expect(changes["password"] == nil)
    }

    @Test func aStaleEditIsRefusedWithTheStoredAccountAndChangesNothing() throws {
        let fixture = try UserFixture()
        let user = try fixture.create("petugas", fullName: "Asli")
        let first = try fixture.service.edit(
            user.id, UserEdit(fullName: "Orang Pertama", role: .staf, areaCodes: [], version: 1), by: UserFixture.admin)

        #expect(throws: UserError.versionConflict(current: first)) {
            try fixture.service.edit(
                user.id, UserEdit(fullName: "Orang Kedua", role: .kasi, areaCodes: [], version: 1), by: UserFixture.admin)
        }
        let stored = try #require(try fixture.pool.read { try UserStore.find(user.id, in: $0) })
        #expect(stored.fullName == "Orang Pertama")
        #expect(stored.role == .staf)
        #expect(stored.version == 2)
        #expect(try fixture.auditRows(UserService.AuditAction.edit).count == 1)
    }

    @Test func anEditThatChangesNothingKeepsTheVersionAndWritesNoAudit() throws {
        let fixture = try UserFixture()
        let user = try fixture.create("petugas", fullName: "Sama")
        let saved = try fixture.service.edit(
            user.id, UserEdit(fullName: " Sama ", role: .staf, areaCodes: [], version: 1), by: UserFixture.admin)
        #expect(saved.version == 1)
        #expect(try fixture.auditRows(UserService.AuditAction.edit).isEmpty)
    }

    @Test func anEditBreakingRulesListsTheFields() throws {
        let fixture = try UserFixture()
        let user = try fixture.create("petugas")
        #expect(throws: UserError.invalid([.fullName: "Nama lengkap wajib diisi.", .areas: "Operator ditugaskan ke tepat satu Kalurahan."])) {
            try fixture.service.edit(
                user.id, UserEdit(fullName: "", role: .operator, areaCodes: [], version: 1), by: UserFixture.admin)
        }
        #expect(throws: UserError.invalid([.role: "Pilih peran."])) {
            try fixture.service.edit(user.id, UserEdit(fullName: "Ok", role: nil, areaCodes: [], version: 1), by: UserFixture.admin)
        }
    }

    @Test func anAdminCannotChangeTheirOwnRole() throws {
        let fixture = try UserFixture()
        let admin = try fixture.create("admin", role: .admin)
        let actor = Actor.user(admin.currentUser, address: "", requestID: "")
        let problems: [UserField: String]
        do {
            _ = try fixture.service.edit(admin.id, UserEdit(fullName: "A", role: .staf, areaCodes: [], version: 1), by: actor)
            problems = [:]
        } catch let error as UserError {
            problems = error.fieldErrors
        }
        #expect(problems.keys.contains(.role))
        // Their own name is theirs to correct.
        #expect(try fixture.service.edit(admin.id, UserEdit(fullName: "A", role: .admin, areaCodes: [], version: 1), by: actor).fullName == "A")
    }

    @Test func unknownAccountsAreNotFound() throws {
        let fixture = try UserFixture()
        #expect(throws: UserError.notFound) {
            try fixture.service.edit(99, UserEdit(fullName: "A", role: .staf, areaCodes: [], version: 1), by: UserFixture.admin)
        }
        #expect(throws: UserError.notFound) { try fixture.service.deactivate(99, by: UserFixture.admin) }
        #expect(throws: UserError.notFound) { try fixture.service.reactivate(99, by: UserFixture.admin) }
        #expect(throws: UserError.notFound) { try fixture.service.resetPassword(99, to: "Sandi-Baru-123", by: UserFixture.admin) }
    }

    @Test func anAdminCannotDeactivateThemself() throws {
        let fixture = try UserFixture()
        let admin = try fixture.create("admin", role: .admin)
        let actor = Actor.user(admin.currentUser, address: "", requestID: "")
        #expect(throws: UserError.cannotDeactivateSelf) { try fixture.service.deactivate(admin.id, by: actor) }
        #expect(try fixture.pool.read { try UserStore.find(admin.id, in: $0) }?.isActive == true)
        #expect(try fixture.auditRows(UserService.AuditAction.deactivate).isEmpty)
    }

    @Test func deactivationEndsTheSessionsOfThatAccountOnlyAndReactivationRestoresIt() throws {
        let fixture = try UserFixture()
        let user = try fixture.create("petugas")
        let other = try fixture.create("lainnya")
        try fixture.openSession(for: user.id)
        try fixture.openSession(for: user.id)
        try fixture.openSession(for: other.id)

        let inactive = try fixture.service.deactivate(user.id, by: UserFixture.admin)
        #expect(!inactive.isActive)
        #expect(inactive.version == 2)
        #expect(try fixture.count("SELECT count(*) FROM sessions WHERE user_id = ?", [user.id]) == 0)
        #expect(try fixture.count("SELECT count(*) FROM sessions WHERE user_id = ?", [other.id]) == 1)
        let deactivation = try #require(try fixture.auditRows(UserService.AuditAction.deactivate).first)
        #expect(try fixture.changes(deactivation)["active"] == ["before": "1", "after": "0"])

        // Deactivating again changes nothing.
        #expect(try fixture.service.deactivate(user.id, by: UserFixture.admin).version == 2)
        #expect(try fixture.auditRows(UserService.AuditAction.deactivate).count == 1)

        let active = try fixture.service.reactivate(user.id, by: UserFixture.admin)
        #expect(active.isActive)
        let reactivation = try #require(try fixture.auditRows(UserService.AuditAction.reactivate).first)
        #expect(try fixture.changes(reactivation)["active"] == ["before": "0", "after": "1"])
        #expect(try fixture.userCount == 2)
    }

    @Test func aPasswordResetReplacesTheHashEndsSessionsAndAuditsNoSecret() throws {
        let fixture = try UserFixture()
        let user = try fixture.create("petugas", password: "Sandi-Lama-123")
        try fixture.openSession(for: user.id)
        fixture.time.advance(by: 3600)

        let saved = try fixture.service.resetPassword(user.id, to: "Sandi-Baru-456", by: UserFixture.admin)

        #expect(saved.passwordChangedAt == UserFixture.start.addingTimeInterval(3600))
        let hash = try #require(try fixture.pool.read { try UserStore.passwordHash(of: user.id, in: $0) })
        #expect(PasswordHasher.testing.verify("Sandi-Baru-456", against: hash))
        #expect(!PasswordHasher.testing.verify("Sandi-Lama-123", against: hash))
        #expect(try fixture.count("SELECT count(*) FROM sessions WHERE user_id = ?", [user.id]) == 0)
        let audit = try #require(try fixture.auditRows(UserService.AuditAction.resetPassword).first)
        #expect(try fixture.changes(audit) == ["password": ["after": "(diubah)"]])
        #expect(!audit.changes.contains("Sandi-Baru"))
        #expect(!audit.changes.contains(hash))
    }

    @Test func aResetPasswordMustMeetThePolicy() throws {
        let fixture = try UserFixture()
        let user = try fixture.create("petugas", password: "Sandi-Lama-123")
        #expect(throws: UserError.invalid([.password: "Kata sandi minimal 10 karakter."])) {
            try fixture.service.resetPassword(user.id, to: "pendek", by: UserFixture.admin)
        }
        #expect(try fixture.auditRows(UserService.AuditAction.resetPassword).isEmpty)
    }

    @Test func theAuditChainStaysIntactThroughEveryChange() throws {
        let fixture = try UserFixture()
        let user = try fixture.create("petugas")
        _ = try fixture.service.edit(user.id, UserEdit(fullName: "X", role: .kasi, areaCodes: [], version: 1), by: UserFixture.admin)
        _ = try fixture.service.deactivate(user.id, by: UserFixture.admin)
        _ = try fixture.service.reactivate(user.id, by: UserFixture.admin)
        _ = try fixture.service.resetPassword(user.id, to: "Sandi-Baru-456", by: UserFixture.admin)
        #expect(try fixture.pool.read(AuditVerifier.verify) == .intact(rows: 5))
        #expect(try fixture.auditRows().map(\.action) == [
            "user.buat", "user.ubah", "user.nonaktifkan", "user.aktifkan", "user.reset-sandi",
        ])
    }
}

@Suite("UserStore: the admin's list")
struct UserStoreListTests {
    @Test func theListSearchesFiltersAndPages() throws {
        let fixture = try UserFixture()
        try fixture.create("budi.s", role: .staf, fullName: "Budi Santoso")
        try fixture.create("sari", role: .kasi, fullName: "Sari Wulandari")
        try fixture.create("op.poncosari", role: .operator, areas: ["34.02.01.2001"], fullName: "Joko")
        let inactive = try fixture.create("lama", role: .staf, fullName: "Pegawai Lama")
        _ = try fixture.service.deactivate(inactive.id, by: UserFixture.admin)

        func list(_ filter: UserListFilter, page: Int = 1, size: Int = 25) throws -> ([String], Int) {
            let (users, total) = try fixture.pool.read { try UserStore.list(filter, paging: Paging(page: page, pageSize: size), in: $0) }
            return (users.map(\.username), total)
        }

        #expect(try list(UserListFilter()) == (["admin.uji", "budi.s", "lama", "op.poncosari", "sari"], 5))
        #expect(try list(UserListFilter(query: "SARI")) == (["op.poncosari", "sari"], 2))
        #expect(try list(UserListFilter(query: "santoso")) == (["budi.s"], 1))
        #expect(try list(UserListFilter(role: .staf)) == (["budi.s", "lama"], 2))
        #expect(try list(UserListFilter(active: false)) == (["lama"], 1))
        #expect(try list(UserListFilter(role: .staf, active: true)) == (["budi.s"], 1))
        #expect(try list(UserListFilter(), page: 2, size: 3) == (["op.poncosari", "sari"], 5))
        // LIKE wildcards typed by the admin are literal characters.
        #expect(try list(UserListFilter(query: "%")) == ([], 0))
        #expect(try list(UserListFilter(query: "_")) == ([], 0))
        #expect(try list(UserListFilter(query: ".")) == (["admin.uji", "budi.s", "op.poncosari"], 3))

        let (users, _) = try fixture.pool.read { try UserStore.list(UserListFilter(role: .operator), paging: Paging(page: 1), in: $0) }
        #expect(users.first?.areas.map(\.name) == ["Poncosari"])
    }

    @Test func findByUsernameIgnoresCase() throws {
        let fixture = try UserFixture()
        let user = try fixture.create("Budi.S")
        #expect(try fixture.pool.read { try UserStore.find(username: "BUDI.s", in: $0) }?.id == user.id)
        #expect(try fixture.pool.read { try UserStore.find(username: "budi", in: $0) } == nil)
    }
}
