package import Database
import Foundation

/// A signed-in user changing their own password: the current one must be right, the new one
/// must meet `PasswordPolicy` and be typed twice. On success the hash, `password_changed_at`,
/// the end of the user's other sessions and the audit row commit together.
package struct OwnPasswordService: Sendable {
    package let pool: DatabasePool
    package let hasher: PasswordHasher
    package let clock: Clock

    /// The form's field names.
    package enum Field {
        package static let current = "current_password"
        package static let new = "new_password"
        package static let confirmation = "new_password_confirmation"
    }

    /// The three passwords as submitted.
    package struct Change: Sendable {
        package var current: String
        package var new: String
        package var confirmation: String

        package init(current: String, new: String, confirmation: String) {
            self.current = current
            self.new = new
            self.confirmation = confirmation
        }
    }

    package enum Outcome: Sendable, Equatable {
        case changed
        /// Messages by field name, to show next to the fields.
        case invalid([String: String])
    }

    package init(pool: DatabasePool, hasher: PasswordHasher, clock: Clock) {
        self.pool = pool
        self.hasher = hasher
        self.clock = clock
    }

    /// Changes `user`'s password; every session of theirs except `keeping` (the one making the
    /// change) ends.
    package func change(
        for user: CurrentUser, _ change: Change, keeping session: [UInt8]?, address: String, requestID: String
    ) throws -> Outcome {
        guard let stored = try pool.read({ db in try LoginStore.credentials(userID: user.id, in: db) }) else {
            throw OwnPasswordError.accountMissing
        }
        var errors: [String: String] = [:]
        if change.current.isEmpty {
            errors[Field.current] = "Isi kata sandi Anda saat ini."
        } else if !hasher.verify(change.current, against: stored.passwordHash) {
            errors[Field.current] = "Kata sandi saat ini salah."
        }
        if let problem = PasswordPolicy.problem(with: change.new, username: user.username) {
            errors[Field.new] = problem
        } else if change.new == change.current {
            errors[Field.new] = "Kata sandi baru harus berbeda dari kata sandi saat ini."
        }
        if errors[Field.new] == nil, change.confirmation != change.new {
            errors[Field.confirmation] = "Konfirmasi tidak sama dengan kata sandi baru."
        }
        guard errors.isEmpty else { return .invalid(errors) }

        let newHash = try hasher.hash(change.new)
        let now = clock.now
        return try pool.write { db in
            guard try LoginStore.changePassword(of: user.id, expected: stored.passwordHash, to: newHash, at: now, in: db)
            else {
                return .invalid([Field.current: "Kata sandi akun ini baru saja diubah. Masukkan kata sandi yang berlaku sekarang."])
            }
            try SessionStore.endSessions(ofUser: user.id, except: session, in: db)
            try AuditLog.record(
                AuditEntry(action: "user.ubah-sandi", entity: "user", entityID: String(user.id)),
                by: .user(user, address: address, requestID: requestID), in: db, at: now)
            return .changed
        }
    }
}

/// Failures of `OwnPasswordService` that are not the user's input.
package enum OwnPasswordError: Error {
    /// The signed-in user's row is gone (deleted between the session check and the change).
    case accountMissing
}
