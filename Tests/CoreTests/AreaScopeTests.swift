import Core
import Database
import Testing
import TestSupport

/// `AreaScope.sqlCondition` against a real database, and its agreement with `contains`.
@Suite struct AreaScopeTests {
    /// Codes chosen so that a plain prefix test would confuse them.
    static let codes = [
        "34.02", "34.02.01", "34.02.01.2001", "34.02.01.20011", "34.02.01.2001.01", "34.02.01.2002",
        "34.02.1", "34.02.10", "34.02.10.2001", "34.02.1.5", "34.020", "34.03.01", "340.02",
    ]

    private static func database() throws -> TemporaryDatabase {
        let database = try TemporaryDatabase()
        try database.pool.write { db in
            try db.execute("CREATE TABLE records (id INTEGER PRIMARY KEY, area_code TEXT NOT NULL) STRICT")
            for code in codes { try db.execute("INSERT INTO records (area_code) VALUES (?)", [code]) }
        }
        return database
    }

    private static func visible(_ scope: AreaScope, in database: TemporaryDatabase) throws -> [String] {
        let condition = AreaScope.sqlCondition(column: "records.area_code", parameter: 1)
        return try database.pool.read { db in
            try db.query("SELECT area_code FROM records WHERE \(condition) ORDER BY id", [scope.sqlArgument])
                .map { try $0.get(0, as: String.self) }
        }
    }

    @Test func everywhereSeesEveryRow() throws {
        let database = try Self.database()
        #expect(try Self.visible(.everywhere, in: database) == Self.codes)
    }

    @Test func aDesaSeesItselfAndItsDusunButNotALongerCode() throws {
        let database = try Self.database()
        #expect(try Self.visible(.areas(["34.02.01.2001"]), in: database) == ["34.02.01.2001", "34.02.01.2001.01"])
    }

    @Test func aShortSegmentDoesNotMatchALongerOne() throws {
        let database = try Self.database()
        #expect(try Self.visible(.areas(["34.02.1"]), in: database) == ["34.02.1", "34.02.1.5"])
        #expect(try Self.visible(.areas(["34.02.10"]), in: database) == ["34.02.10", "34.02.10.2001"])
    }

    @Test func aKecamatanSeesEverythingBelowItOnly() throws {
        let database = try Self.database()
        #expect(
            try Self.visible(.areas(["34.02.01"]), in: database)
                == ["34.02.01", "34.02.01.2001", "34.02.01.20011", "34.02.01.2001.01", "34.02.01.2002"])
    }

    @Test func severalDesaSeeTheirOwnRows() throws {
        let database = try Self.database()
        #expect(
            try Self.visible(.areas(["34.02.01.2002", "34.02.10.2001"]), in: database) == ["34.02.01.2002", "34.02.10.2001"])
    }

    @Test func noAssignedAreaSeesNothing() throws {
        let database = try Self.database()
        #expect(try Self.visible(.areas([]), in: database) == [])
        #expect(!AreaScope.areas([]).contains("34.02"))
    }

    @Test func likeWildcardsInARootCannotWidenIt() throws {
        let database = try Self.database()
        #expect(try Self.visible(.areas(["34.02.0%"]), in: database) == [])
        #expect(try Self.visible(.areas(["34.02._1"]), in: database) == [])
        #expect(try Self.visible(.areas(["%"]), in: database) == [])
    }

    @Test(arguments: [
        AreaScope.everywhere, .areas(["34.02"]), .areas(["34.02.01"]), .areas(["34.02.01.2001"]), .areas(["34.02.1"]),
        .areas(["34.02.10", "34.02.01.2002"]), .areas(["34"]), .areas(["34.0"]), .areas([]),
        .areas(["34.02._1"]), .areas(["34.02.0%"]), .areas(["34\"]"]), .areas(["34.02.01.2001'"]),
    ])
    func sqlAgreesWithContains(scope: AreaScope) throws {
        let database = try Self.database()
        #expect(try Self.visible(scope, in: database) == Self.codes.filter(scope.contains))
    }

    @Test func theConditionWorksOnTheRealAreasTable() throws {
        let database = try AreaFixtures.migratedDatabase()
        let condition = AreaScope.sqlCondition(column: "areas.code", parameter: 1)
        let count = try database.pool.read { db in
            try db.scalar(Int.self, "SELECT COUNT(*) FROM areas WHERE level = 'desa' AND \(condition)", [AreaScope.areas(["34.02.01"]).sqlArgument])
        }
        #expect(count == 2)
    }
}
