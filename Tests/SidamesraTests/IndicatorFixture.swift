import Core
import Database
import Foundation
import Sidamesra
import Testing
import TestSupport

/// A migrated temporary database (every real migration, so the example set is seeded), a manual
/// clock, the versioning service, and the admin the tests act as.
final class IndicatorFixture {
    let database: TemporaryDatabase
    let service: IndicatorSetService
    let time: ManualTime
    static let start = Date(timeIntervalSince1970: 1_795_000_000)
    static let adminID: Int64 = 1000
    static let admin = Actor(kind: .user, userID: adminID, username: "admin.uji", role: .admin, address: "10.0.0.9", requestID: "r-1")
    /// The seeded example set.
    static let exampleID: Int64 = 1

    init() throws {
        database = try TemporaryDatabase()
        try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
        let (clock, time) = Clock.manual(Self.start)
        self.time = time
        service = IndicatorSetService(pool: database.pool, clock: clock)
        try database.pool.write { db in
            try db.execute(
                """
                INSERT INTO users (id, username, full_name, role, password_hash, created_at, updated_at, password_changed_at)
                VALUES (?, 'admin.uji', 'Admin Uji', 'admin', 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
                """, [Self.adminID])
        }
    }

    var pool: DatabasePool { database.pool }

    func set(_ id: Int64) throws -> IndicatorSet {
        try #require(try IndicatorCatalog(pool: pool).set(id))
    }

    func example() throws -> IndicatorSet { try set(Self.exampleID) }

    /// The audit actions written for set `id`, oldest first.
    func auditActions(of id: Int64) throws -> [String] {
        try pool.read { db in
            try db.query("SELECT action FROM audit_log WHERE entity = 'indicator_set' AND entity_id = ? ORDER BY id", [String(id)])
                .map { try $0.get(0) }
        }
    }

    func auditCount() throws -> Int {
        try pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM audit_log") }
    }

    /// What `body` throws as an `IndicatorSetError`, or nil when it succeeds.
    func refusal(_ body: () throws -> Void) -> IndicatorSetError? {
        do {
            try body()
            return nil
        } catch let error as IndicatorSetError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }
}

/// Answers for every indicator of `set` reaching exactly `total`: the lowest option everywhere,
/// then indicators raised one by one (nil when `total` cannot be reached).
func answers(totaling total: Int, in set: IndicatorSet) -> [String: Answer]? {
    var chosen: [String: IndicatorOption] = [:]
    for indicator in set.indicators {
        guard let lowest = indicator.options.min(by: { $0.points < $1.points }) else { return nil }
        chosen[indicator.code] = lowest
    }
    var sum = chosen.values.reduce(0) { $0 + $1.points }
    for indicator in set.indicators where sum < total {
        guard let current = chosen[indicator.code] else { continue }
        let needed = total - sum
        let better = indicator.options.filter { $0.points > current.points && $0.points - current.points <= needed }
        guard let pick = better.max(by: { $0.points < $1.points }) else { continue }
        sum += pick.points - current.points
        chosen[indicator.code] = pick
    }
    guard sum == total else { return nil }
    return chosen.mapValues { .option($0.id) }
}
