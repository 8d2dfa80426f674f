import Database
import Foundation

extension UserService {
    /// Deactivates an account and ends its sessions; an admin cannot deactivate themself.
    /// Deactivating an inactive account changes nothing.
    package func deactivate(_ id: Int64, by actor: Actor) throws -> User {
        guard actor.userID != id else { throw UserError.cannotDeactivateSelf }
        return try setActive(id, false, action: AuditAction.deactivate, by: actor)
    }

    /// Lets a deactivated account sign in again. Reactivating an active account changes nothing.
    package func reactivate(_ id: Int64, by actor: Actor) throws -> User {
        try setActive(id, true, action: AuditAction.reactivate, by: actor)
    }

    /// Sets a new password chosen by an admin and ends every session of the account.
    package func resetPassword(_ id: Int64, to password: String, by actor: Actor) throws -> User {
        guard let username = try pool.read({ try UserStore.find(id, in: $0)?.username }) else {
            throw UserError.notFound
        }
        if let problem = PasswordPolicy.problem(with: password, username: username) {
            throw UserError.invalid([.password: problem])
        }
        let hash = try hasher.hash(password)
        return try pool.write { db in
            guard let before = try UserStore.find(id, in: db) else { throw UserError.notFound }
            let now = clock.now
            try UserStore.setPasswordHash(id, hash, at: now, in: db)
            try SessionStore.endSessions(ofUser: id, except: nil, in: db)
            var audit = AuditChanges()
            audit.set("password", from: nil, to: Self.passwordChanged)
            try AuditLog.record(
                AuditEntry(
                    action: AuditAction.resetPassword, entity: Self.entity, entityID: String(id),
                    areaCode: before.areaCodes.first ?? "", changes: audit),
                by: actor, in: db, at: now)
            guard let after = try UserStore.find(id, in: db) else { throw UserError.notFound }
            return after
        }
    }

    private func setActive(_ id: Int64, _ active: Bool, action: String, by actor: Actor) throws -> User {
        try pool.write { db in
            guard let before = try UserStore.find(id, in: db) else { throw UserError.notFound }
            guard before.isActive != active else { return before }
            let now = clock.now
            try UserStore.setActive(id, active, at: now, in: db)
            if !active { try SessionStore.endSessions(ofUser: id, except: nil, in: db) }
            var audit = AuditChanges()
            audit.set("active", from: before.isActive ? "1" : "0", to: active ? "1" : "0")
            try AuditLog.record(
                AuditEntry(
                    action: action, entity: Self.entity, entityID: String(id),
                    areaCode: before.areaCodes.first ?? "", changes: audit),
                by: actor, in: db, at: now)
            guard let after = try UserStore.find(id, in: db) else { throw UserError.notFound }
            return after
        }
    }
}
