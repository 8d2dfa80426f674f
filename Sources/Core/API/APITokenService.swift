package import Database
import Foundation

/// Creates, revokes and checks API tokens. A token acts as its user: the user's current role
/// and areas, read at every request, so a deactivated account or a changed role takes effect at
/// once. Creation and revocation write their audit row in the same transaction.
package struct APITokenService: Sendable {
    package let pool: DatabasePool
    package let clock: Clock

    /// The audit action names of this service.
    package enum AuditAction {
        package static let create = "token-api.buat"
        package static let revoke = "token-api.cabut"
    }

    static let entity = "api_token"
    /// `last_used_at` is written at most this often per token, so reads stay reads.
    static let lastUsedResolution: TimeInterval = 60
    static let maximumNameLength = 80

    package init(pool: DatabasePool, clock: Clock = .system) {
        self.pool = pool
        self.clock = clock
    }

    /// A new token for the active user `userID`, named `name` (what it is for: "Aplikasi desa
    /// Poncosari"). The secret is returned once and never stored.
    package func create(forUser userID: Int64, name: String, by actor: Actor) throws -> NewAPIToken {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw APITokenError.invalid("Tulis nama token (untuk apa token ini dipakai).") }
        guard name.count <= Self.maximumNameLength else {
            throw APITokenError.invalid("Nama token paling panjang \(Self.maximumNameLength) karakter.")
        }
        let secret = APITokenSecret.generate()
        guard let hash = APITokenSecret.hash(secret) else { throw APITokenError.invalid("Token tidak dapat dibuat.") }
        let prefix = APITokenSecret.prefix(of: secret)
        return try pool.write { db in
            guard let user = try UserStore.find(userID, in: db) else { throw APITokenError.notFound }
            guard user.isActive else { throw APITokenError.invalid("Akun \(user.username) nonaktif; aktifkan dulu.") }
            let now = clock.now
            let id = try APITokenStore.insert(
                userID: userID, name: name, tokenHash: hash, prefix: prefix, createdBy: actor.userID, at: now, in: db)
            var changes = AuditChanges()
            changes.set("user", to: user.username)
            changes.set("name", to: name)
            changes.set("prefix", to: prefix)
            try AuditLog.record(
                AuditEntry(action: AuditAction.create, entity: Self.entity, entityID: String(id), changes: changes),
                by: actor, in: db, at: now)
            guard let token = try APITokenStore.find(id, in: db) else { throw APITokenError.notFound }
            return NewAPIToken(token: token, secret: secret)
        }
    }

    /// Revokes token `id` of user `userID`; revoking a revoked token changes nothing.
    package func revoke(_ id: Int64, ofUser userID: Int64, by actor: Actor) throws -> APIToken {
        try pool.write { db in
            guard let token = try APITokenStore.find(id, in: db), token.userID == userID else {
                throw APITokenError.notFound
            }
            let now = clock.now
            guard try APITokenStore.revoke(id, by: actor.userID, at: now, in: db) else { return token }
            var changes = AuditChanges()
            changes.set("name", to: token.name)
            changes.set("prefix", to: token.prefix)
            try AuditLog.record(
                AuditEntry(action: AuditAction.revoke, entity: Self.entity, entityID: String(id), changes: changes),
                by: actor, in: db, at: now)
            return try APITokenStore.find(id, in: db) ?? token
        }
    }

    /// Every token of `userID`, newest first.
    package func tokens(ofUser userID: Int64) throws -> [APIToken] {
        try pool.read { try APITokenStore.tokens(ofUser: userID, in: $0) }
    }

    /// The user `secret` acts as, or nil when it is not a token of ours, is revoked, or its
    /// account is deactivated (or holds a role this build does not know).
    package func authenticate(_ secret: String) throws -> (user: CurrentUser, token: APIToken)? {
        guard let hash = APITokenSecret.hash(secret) else { return nil }
        let found = try pool.read { db -> (CurrentUser, APIToken)? in
            guard let token = try APITokenStore.find(tokenHash: hash, in: db), token.isActive,
                let user = try SignedInUserStore.user(id: token.userID, in: db)
            else { return nil }
            return (user, token)
        }
        guard let (user, token) = found else { return nil }
        let now = clock.now
        if token.lastUsedAt.map({ now.timeIntervalSince($0) >= Self.lastUsedResolution }) ?? true {
            try pool.write { try APITokenStore.touch(token.id, at: now, in: $0) }
        }
        return (user, token)
    }
}
