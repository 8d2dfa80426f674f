package import Database
import Foundation

/// Account administration: creating, editing, deactivating and reactivating accounts and
/// resetting their passwords. Each change is one write transaction that also writes its audit
/// row; passwords are hashed before the transaction so the writer is never held for a hash.
package struct UserService: Sendable {
    package let pool: DatabasePool
    package let hasher: PasswordHasher
    package let clock: Clock
    /// For the words of the area levels in messages (Kapanewon, Kalurahan).
    package let settings: SettingsCache

    /// The audit action names of this service.
    package enum AuditAction {
        package static let create = "user.buat"
        package static let edit = "user.ubah"
        package static let deactivate = "user.nonaktifkan"
        package static let reactivate = "user.aktifkan"
        package static let resetPassword = "user.reset-sandi"
    }

    /// The audit value written for a password instead of anything derived from it.
    package static let passwordChanged = "(diubah)"
    static let entity = "user"

    package init(pool: DatabasePool, hasher: PasswordHasher, clock: Clock = .system, settings: SettingsCache = SettingsCache()) {
        self.pool = pool
        self.hasher = hasher
        self.clock = clock
        self.settings = settings
    }

    /// Creates an active account; `UserError.invalid` lists every field that breaks a rule.
    package func create(_ input: NewUser, by actor: Actor) throws -> User {
        let input = normalized(input)
        let plainProblems = plainProblems(input)
        let hash = plainProblems.isEmpty ? try hasher.hash(input.password) : nil
        return try pool.write { db in
            try insert(input, hash: hash, plainProblems: plainProblems, by: actor, in: db)
        }
    }

    /// Creates `inputs` in one transaction, but only while no account exists at all (the demo
    /// seed, a first admin); returns the accounts made, or an empty list when accounts existed.
    package func createFirstUsers(_ inputs: [NewUser], by actor: Actor) throws -> [User] {
        guard try pool.read(UserStore.count) == 0 else { return [] }
        let inputs = inputs.map(normalized)
        let prepared = try inputs.map { input in
            let problems = plainProblems(input)
            return (input, problems, problems.isEmpty ? try hasher.hash(input.password) : nil)
        }
        return try pool.write { db in
            guard try UserStore.count(in: db) == 0 else { return [] }
            return try prepared.map { input, problems, hash in
                try insert(input, hash: hash, plainProblems: problems, by: actor, in: db)
            }
        }
    }

    /// Every rule `input` breaks, without creating anything (a form adding its own checks).
    package func problems(creating input: NewUser) throws -> [UserField: String] {
        let input = normalized(input)
        let plain = plainProblems(input)
        return try pool.read { db in plain.merging(try storedProblems(input.username, input.role, input.areaCodes, in: db)) { a, _ in a } }
    }

    /// Saves name, role and areas if nobody saved the account since `changes.version`;
    /// otherwise `UserError.versionConflict` with the stored account and nothing written.
    package func edit(_ id: Int64, _ changes: UserEdit, by actor: Actor) throws -> User {
        var changes = changes
        changes.fullName = changes.fullName.trimmingCharacters(in: .whitespacesAndNewlines)
        changes.areaCodes = Self.distinct(changes.areaCodes)
        return try pool.write { db in
            guard let before = try UserStore.find(id, in: db) else { throw UserError.notFound }
            guard before.version == changes.version else { throw UserError.versionConflict(current: before) }
            var problems: [UserField: String] = [:]
            if let problem = UserRules.fullNameProblem(changes.fullName) { problems[.fullName] = problem }
            if let problem = UserRules.roleProblem(changes.role) { problems[.role] = problem }
            if actor.userID == id, let role = changes.role, role != before.role {
                problems[.role] = "Anda tidak dapat mengubah peran akun Anda sendiri."
            }
            if let role = changes.role, problems[.role] == nil,
                let problem = try areaProblem(role: role, codes: changes.areaCodes, in: db)
            {
                problems[.areas] = problem
            }
            guard problems.isEmpty, let role = changes.role else { throw UserError.invalid(problems) }

            var audit = AuditChanges()
            audit.set("full_name", from: before.fullName, to: changes.fullName)
            audit.set("role", from: before.role.rawValue, to: role.rawValue)
            audit.set("areas", from: Self.auditText(before.areaCodes), to: Self.auditText(changes.areaCodes))
            guard !audit.isEmpty else { return before }

            let now = clock.now
            guard try UserStore.update(
                id, fullName: changes.fullName, role: role, expectedVersion: changes.version, at: now, in: db)
            else { throw UserError.versionConflict(current: before) }
            if before.areaCodes != changes.areaCodes {
                try UserStore.replaceAreas(of: id, with: changes.areaCodes, in: db)
            }
            try AuditLog.record(
                AuditEntry(
                    action: AuditAction.edit, entity: Self.entity, entityID: String(id),
                    areaCode: changes.areaCodes.first ?? "", changes: audit),
                by: actor, in: db, at: now)
            guard let after = try UserStore.find(id, in: db) else { throw UserError.notFound }
            return after
        }
    }

    private func insert(
        _ input: NewUser, hash: String?, plainProblems: [UserField: String], by actor: Actor, in db: Connection
    ) throws -> User {
        let problems = plainProblems.merging(try storedProblems(input.username, input.role, input.areaCodes, in: db)) { a, _ in a }
        guard problems.isEmpty, let role = input.role, let hash else { throw UserError.invalid(problems) }
        let now = clock.now
        let id = try UserStore.insert(
            username: input.username, fullName: input.fullName, role: role, passwordHash: hash, at: now, in: db)
        try UserStore.replaceAreas(of: id, with: input.areaCodes, in: db)
        var audit = AuditChanges()
        audit.set("username", to: input.username)
        audit.set("full_name", to: input.fullName)
        audit.set("role", to: role.rawValue)
        audit.set("areas", to: Self.auditText(input.areaCodes))
        audit.set("active", to: "1")
        audit.set("password", to: Self.passwordChanged)
        try AuditLog.record(
            AuditEntry(
                action: AuditAction.create, entity: Self.entity, entityID: String(id),
                areaCode: input.areaCodes.first ?? "", changes: audit),
            by: actor, in: db, at: now)
        guard let user = try UserStore.find(id, in: db) else { throw UserError.notFound }
        return user
    }
}
