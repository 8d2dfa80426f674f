import Core
import Crypto
import Database
import Foundation
import Testing

/// API tokens: random, stored hashed, shown once, revocable, acting as their active user.
@Suite struct APITokenServiceTests {
    let db: AuthTestDatabase
    let tokens: APITokenService

    init() throws {
        db = try AuthTestDatabase()
        tokens = APITokenService(pool: db.pool, clock: db.clock)
    }

    @Test func aTokenIsRandomAndOnlyItsHashIsStored() throws {
        let id = try db.insertUser("opr", role: .operator, areas: ["34.02.01.2001"])
        let first = try tokens.create(forUser: id, name: "  Aplikasi desa  ", by: .cli)
        let second = try tokens.create(forUser: id, name: "Cadangan", by: .cli)
        #expect(first.secret != second.secret)
        #expect(first.secret.hasPrefix("dsk_") && first.secret.count == 47)
        #expect(first.token.name == "Aplikasi desa")
        #expect(first.token.prefix == String(first.secret.prefix(12)))
        let stored = try db.pool.read { db in
            try db.queryOne("SELECT token_hash, prefix FROM api_tokens WHERE id = ?", [first.token.id])
        }
        let hash: [UInt8] = try #require(stored).get(0)
        #expect(hash == Array(SHA256.hash(data: Array(first.secret.utf8))))
        let everything = try db.pool.read { db in
            try db.query("SELECT * FROM api_tokens").flatMap { row in
                try (0..<10).map { "\(try row.get($0, as: DatabaseValue.self))" }
            }.joined(separator: " ")
        }
        #expect(!everything.contains(first.secret.dropFirst(12)), "the secret itself is nowhere in the table")
    }

    @Test func theTokenActsAsItsUserWithRoleAndAreas() throws {
        let id = try db.insertUser("opr", role: .operator, areas: ["34.02.01.2001"])
        let created = try tokens.create(forUser: id, name: "Aplikasi desa", by: .cli)
        let found = try #require(try tokens.authenticate(created.secret))
        #expect(found.user == CurrentUser(id: id, username: "opr", fullName: "Pengguna opr", role: .operator, scope: .areas(["34.02.01.2001"])))
        #expect(found.token.id == created.token.id)
    }

    @Test(arguments: ["", "dsk_", "dsk_kurang", "Bearer x", "dsk_" + String(repeating: "A", count: 43), String(repeating: "A", count: 47)])
    func unknownOrMalformedSecretsFindNobody(_ secret: String) throws {
        let id = try db.insertUser("opr")
        _ = try tokens.create(forUser: id, name: "Aplikasi", by: .cli)
        #expect(try tokens.authenticate(secret) == nil)
    }

    @Test func aRevokedTokenFindsNobodyAndTheRevocationIsAudited() throws {
        let id = try db.insertUser("opr")
        let admin = try db.insertUser("admin", role: .admin)
        let created = try tokens.create(forUser: id, name: "Aplikasi", by: .cli)
        let actor = Actor(kind: .user, userID: admin, username: "admin", role: .admin, address: "10.0.0.1", requestID: "r1")
        let revoked = try tokens.revoke(created.token.id, ofUser: id, by: actor)
        #expect(revoked.revokedAt == db.clock.now)
        #expect(try tokens.authenticate(created.secret) == nil)
        // Revoking again changes nothing and writes nothing.
        _ = try tokens.revoke(created.token.id, ofUser: id, by: actor)
        let rows = try db.pool.read { db in
            try db.query("SELECT action, actor, username, entity_id FROM audit_log WHERE entity = 'api_token' ORDER BY id").map {
                "\(try $0.get(0, as: String.self)) \(try $0.get(1, as: String.self)) \(try $0.get(2, as: String.self)) \(try $0.get(3, as: String.self))"
            }
        }
        #expect(rows == ["token-api.buat cli  \(created.token.id)", "token-api.cabut user admin \(created.token.id)"])
    }

    @Test func aTokenOfAnotherUserCannotBeRevokedThroughThisOne() throws {
        let id = try db.insertUser("opr")
        let other = try db.insertUser("lain")
        let created = try tokens.create(forUser: id, name: "Aplikasi", by: .cli)
        #expect(throws: APITokenError.notFound) { try tokens.revoke(created.token.id, ofUser: other, by: .cli) }
        #expect(try tokens.authenticate(created.secret) != nil)
    }

    @Test func aDeactivatedAccountsTokenFindsNobody() throws {
        let id = try db.insertUser("opr")
        let created = try tokens.create(forUser: id, name: "Aplikasi", by: .cli)
        try db.pool.write { try $0.execute("UPDATE users SET active = 0 WHERE id = ?", [id]) }
        #expect(try tokens.authenticate(created.secret) == nil)
        #expect(throws: APITokenError.self) { try tokens.create(forUser: id, name: "Lagi", by: .cli) }
    }

    @Test(arguments: ["", "   ", String(repeating: "x", count: 81)])
    func aNameIsRequiredAndShort(_ name: String) throws {
        let id = try db.insertUser("opr")
        #expect(throws: APITokenError.self) { try tokens.create(forUser: id, name: name, by: .cli) }
        #expect(try db.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM api_tokens") } == 0)
    }

    @Test func lastUseIsWrittenAtMostOncePerMinute() throws {
        let id = try db.insertUser("opr")
        let created = try tokens.create(forUser: id, name: "Aplikasi", by: .cli)
        let first = try #require(try tokens.authenticate(created.secret))
        #expect(first.token.lastUsedAt == nil)
        let start = db.clock.now
        db.time.advance(by: 30)
        _ = try tokens.authenticate(created.secret)
        #expect(try db.pool.read { try APITokenStore.find(created.token.id, in: $0) }?.lastUsedAt == start)
        db.time.advance(by: 31)
        _ = try tokens.authenticate(created.secret)
        #expect(try db.pool.read { try APITokenStore.find(created.token.id, in: $0) }?.lastUsedAt == db.clock.now)
    }
}
