package import Database
import Foundation

/// Signing in: throttling, password check, silent rehash, audit, and the new session, with
/// every write of one attempt in one transaction.
///
/// The password hash (about 0.15 s) is computed outside the write transaction so a sign-in
/// never holds the single writer that long; the throttle is checked again inside it, so
/// parallel guesses cannot slip past a lock that an earlier one just caused.
package struct LoginService: Sendable {
    package let pool: DatabasePool
    package let hasher: PasswordHasher
    package let clock: Clock
    package let sessionPolicy: SessionPolicy
    package let throttle: LoginThrottle

    /// How long `login_attempts` rows are kept.
    static let attemptRetention: TimeInterval = 24 * 3600
    /// Longer input cannot be a username (`users.username` is at most 40 characters).
    static let maximumUsernameLength = 64

    package init(
        pool: DatabasePool, hasher: PasswordHasher, clock: Clock, sessionPolicy: SessionPolicy = .standard,
        throttle: LoginThrottle = .standard
    ) {
        self.pool = pool
        self.hasher = hasher
        self.clock = clock
        self.sessionPolicy = sessionPolicy
        self.throttle = throttle
    }

    /// Tries `attempt`; on success the pre-session `replacing` (if any) is deleted and a new
    /// session with a new token is created.
    package func signIn(_ attempt: LoginAttempt, replacing preSession: [UInt8]?) throws -> LoginOutcome {
        let now = clock.now
        let username = String(attempt.username.trimmingCharacters(in: .whitespacesAndNewlines)
            .prefix(Self.maximumUsernameLength))
        let anonymous = Actor.anonymous(address: attempt.address, requestID: attempt.requestID)

        let (account, earlyRefusal) = try pool.read { db in
            (try LoginStore.credentials(username: username, in: db),
             try throttle.refusal(username: username, address: attempt.address, at: now, in: db))
        }
        if let earlyRefusal {
            try pool.write { db in try recordRefusal(earlyRefusal, username: username, by: anonymous, at: now, in: db) }
            return .refused(earlyRefusal)
        }

        let verified: LoginCredentials?
        if let account, account.active {
            verified = hasher.verify(attempt.password, against: account.passwordHash) ? account : nil
        } else {
            // The same work as a real check, so timing does not reveal which usernames exist.
            _ = try? hasher.hash(attempt.password)
            verified = nil
        }
        let rehash = try verified.flatMap { hasher.needsRehash($0.passwordHash) ? try hasher.hash(attempt.password) : nil }

        return try pool.write { db in
            if let refusal = try throttle.refusal(username: username, address: attempt.address, at: now, in: db) {
                try recordRefusal(refusal, username: username, by: anonymous, at: now, in: db)
                return .refused(refusal)
            }
            try LoginStore.pruneAttempts(before: now.addingTimeInterval(-Self.attemptRetention), in: db)
            guard let verified, let current = try LoginStore.credentials(userID: verified.id, in: db),
                current.active, current.passwordHash == verified.passwordHash
            else {
                try LoginStore.recordAttempt(username: username, address: attempt.address, succeeded: false, at: now, in: db)
                var changes = AuditChanges()
                changes.set("alasan", to: failureReason(account))
                try AuditLog.record(
                    AuditEntry(action: "login.gagal", entity: "user", entityID: username, changes: changes),
                    by: anonymous, in: db, at: now)
                return .refused(.wrongCredentials)
            }
            try LoginStore.recordAttempt(username: username, address: attempt.address, succeeded: true, at: now, in: db)
            if let rehash {
                _ = try LoginStore.replaceHash(of: current.id, expected: current.passwordHash, with: rehash, in: db)
            }
            let actor = Actor(
                kind: .user, userID: current.id, username: current.username, role: current.role,
                address: attempt.address, requestID: attempt.requestID)
            try AuditLog.record(
                AuditEntry(action: "login.berhasil", entity: "user", entityID: username), by: actor, in: db, at: now)
            if let preSession { try SessionStore.delete(tokenHash: preSession, in: db) }
            try SessionStore.deleteExpired(at: now, policy: sessionPolicy, in: db)
            return .signedIn(
                try SessionStore.create(
                    userID: current.id, address: attempt.address, at: now, policy: sessionPolicy, in: db))
        }
    }

    private func recordRefusal(
        _ refusal: LoginRefusal, username: String, by actor: Actor, at now: Date, in db: Connection
    ) throws {
        var changes = AuditChanges()
        switch refusal {
        case .accountLocked: changes.set("alasan", to: "akun-terkunci")
        case .addressLocked: changes.set("alasan", to: "alamat-terkunci")
        case .wrongCredentials: break
        }
        try AuditLog.record(
            AuditEntry(action: "login.ditolak", entity: "user", entityID: username, changes: changes),
            by: actor, in: db, at: now)
    }

    private func failureReason(_ account: LoginCredentials?) -> String {
        guard let account else { return "pengguna-tidak-dikenal" }
        return account.active ? "kata-sandi-salah" : "akun-nonaktif"
    }
}
