package import Core
import Database

/// `dinsos token create`: an API token for an existing active account, printed once on
/// standard output (nothing else is printed there, so scripts can capture it), audited with
/// actor `cli`.
package enum TokenCreateCommand {
    /// Creates the token and returns it; refuses while migrations are pending.
    @discardableResult
    package static func run(
        username: String, name: String, databasePath: String, root: String
    ) throws -> NewAPIToken {
        let pool = try DatabaseOpening.open(databasePath)
        defer { pool.close() }
        try DatabaseOpening.refusePendingMigrations(pool, root: root)
        guard let user = try pool.read({ try UserStore.find(username: username, in: $0) }) else {
            throw CommandFailure("no account named '\(username)'")
        }
        do {
            let created = try APITokenService(pool: pool).create(forUser: user.id, name: name, by: .cli)
            printToStandardOutput(created.secret)
            printToStandardError("Token \(created.token.prefix)… dibuat untuk \(user.username); simpan sekarang, token tidak ditampilkan lagi.")
            return created
        } catch let error as APITokenError {
            throw CommandFailure(error.publicMessage ?? "\(error)")
        }
    }
}
