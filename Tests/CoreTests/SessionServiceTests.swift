import Core
import Database
import Foundation
import Testing

@Suite struct SessionServiceTests {
    let db: AuthTestDatabase
    let sessions: SessionService

    init() throws {
        db = try AuthTestDatabase()
        sessions = SessionService(pool: db.pool, clock: db.clock)
    }

    func signIn(_ userID: Int64) throws -> NewSession {
        try SessionStore.create(userID: userID, address: "10.0.0.1", at: db.clock.now, policy: .standard, in: db.pool)
    }

    @Test func aFreshSessionIsFoundWithItsUser() throws {
        let id = try db.insertUser("budi", role: .kasi)
        let session = try signIn(id)
        let found = try #require(try sessions.find(token: session.token))
        #expect(found.record.csrfToken == session.csrfToken)
        #expect(found.user == CurrentUser(id: id, username: "budi", fullName: "Pengguna budi", role: .kasi, scope: .everywhere))
    }

    @Test func anAreaBoundUserCarriesTheirAreas() throws {
        let id = try db.insertUser("pendamping1", role: .pendamping, areas: ["34.02.02.2001", "34.02.01.2001"])
        let found = try #require(try sessions.find(token: try signIn(id).token))
        #expect(found.user?.scope == .areas(["34.02.01.2001", "34.02.02.2001"]))
    }

    @Test func aPreSessionHasNoUser() throws {
        let pre = try sessions.startAnonymous(address: "10.0.0.1")
        let found = try #require(try sessions.find(token: pre.token))
        #expect(found.user == nil)
        #expect(found.record.userID == nil)
        #expect(found.record.csrfToken == pre.csrfToken)
    }

    @Test(arguments: ["", "abc", String(repeating: "A", count: 43), String(repeating: "!", count: 43)])
    func aTokenOfTheWrongShapeOrUnknownFindsNothing(token: String) throws {
        _ = try sessions.startAnonymous(address: "")
        #expect(try sessions.find(token: token) == nil)
    }

    @Test func theDatabaseHoldsOnlyTheHashOfTheToken() throws {
        let session = try sessions.startAnonymous(address: "")
        let stored = try db.pool.read { db in try db.scalar([UInt8].self, "SELECT token_hash FROM sessions") }
        #expect(stored.count == 32)
        #expect(stored != Array(session.token.utf8))
        #expect(SessionToken.hash(session.token) == stored)
    }

    @Test func eightHoursWithoutARequestEndTheSession() throws {
        let id = try db.insertUser("budi")
        let session = try signIn(id)
        db.time.advance(by: 8 * 3600 - 1)
        #expect(try sessions.find(token: session.token) != nil)
        db.time.advance(by: 8 * 3600)
        #expect(try sessions.find(token: session.token) == nil)
        #expect(try db.count("SELECT count(*) FROM sessions") == 0)
    }

    @Test func exactlyEightHoursIdleIsTooLong() throws {
        let session = try signIn(try db.insertUser("budi"))
        db.time.advance(by: 8 * 3600)
        #expect(try sessions.find(token: session.token) == nil)
    }

    @Test func activityKeepsASessionAliveButNotPastTwentyFourHours() throws {
        let session = try signIn(try db.insertUser("budi"))
        for _ in 0..<3 {
            db.time.advance(by: 7 * 3600)
            #expect(try sessions.find(token: session.token) != nil)
        }
        db.time.advance(by: 3 * 3600 - 1)
        #expect(try sessions.find(token: session.token) != nil)
        db.time.advance(by: 1)
        #expect(try sessions.find(token: session.token) == nil)
        #expect(try db.count("SELECT count(*) FROM sessions") == 0)
    }

    @Test func lastSeenIsWrittenAtMostOnceAMinute() throws {
        let session = try signIn(try db.insertUser("budi"))
        let start = db.clock.now
        func lastSeen() throws -> Date {
            try db.pool.read { db in try db.scalar(Date.self, "SELECT last_seen_at FROM sessions") }
        }
        db.time.advance(by: 59)
        _ = try sessions.find(token: session.token)
        #expect(try lastSeen() == start)
        db.time.advance(by: 1)
        _ = try sessions.find(token: session.token)
        #expect(try lastSeen() == start.addingTimeInterval(60))
    }

    @Test func aDeactivatedUsersSessionEnds() throws {
        let id = try db.insertUser("budi")
        let session = try signIn(id)
        try db.pool.write { db in try db.execute("UPDATE users SET active = 0 WHERE id = ?", [id]) }
        #expect(try sessions.find(token: session.token) == nil)
        #expect(try db.count("SELECT count(*) FROM sessions") == 0)
    }

    @Test func aFlashIsHandedOutOnceThenCleared() throws {
        let session = try signIn(try db.insertUser("budi"))
        try sessions.leave(Flash(.success, "Data tersimpan."), for: session.tokenHash)
        #expect(try sessions.find(token: session.token)?.record.flash == Flash(.success, "Data tersimpan."))
        #expect(try sessions.find(token: session.token)?.record.flash == nil)
    }

    @Test func endingAUsersSessionsSparesTheCurrentOneAndOtherUsers() throws {
        let budi = try db.insertUser("budi")
        let sari = try db.insertUser("sari")
        let current = try signIn(budi)
        let other = try signIn(budi)
        let sarisSession = try signIn(sari)
        try db.pool.write { db in try SessionStore.endSessions(ofUser: budi, except: current.tokenHash, in: db) }
        #expect(try sessions.find(token: current.token) != nil)
        #expect(try sessions.find(token: other.token) == nil)
        #expect(try sessions.find(token: sarisSession.token) != nil)
        try db.pool.write { db in try SessionStore.endSessions(ofUser: budi, except: nil, in: db) }
        #expect(try sessions.find(token: current.token) == nil)
        #expect(try sessions.find(token: sarisSession.token) != nil)
    }

    @Test func endingOneSessionLeavesTheOthers() throws {
        let budi = try db.insertUser("budi")
        let first = try signIn(budi)
        let second = try signIn(budi)
        try sessions.end(tokenHash: first.tokenHash)
        #expect(try sessions.find(token: first.token) == nil)
        #expect(try sessions.find(token: second.token) != nil)
    }

    @Test func expiredSessionsAreSweptAtOnce() throws {
        let budi = try db.insertUser("budi")
        _ = try signIn(budi)
        db.time.advance(by: 9 * 3600)
        let fresh = try signIn(budi)
        try db.pool.write { db in try SessionStore.deleteExpired(at: self.db.clock.now, policy: .standard, in: db) }
        #expect(try db.count("SELECT count(*) FROM sessions") == 1)
        #expect(try sessions.find(token: fresh.token) != nil)
    }
}
