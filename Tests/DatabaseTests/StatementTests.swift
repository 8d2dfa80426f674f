import Testing
import TestSupport
@testable import Database

struct StatementTests {
    @Test func preparingTheSameSQLReusesTheCachedStatement() throws {
        let database = try TemporaryDatabase()
        try database.pool.read { db in
            let first = try db.prepare("SELECT ? + 1")
            let second = try db.prepare("SELECT ? + 1")
            let other = try db.prepare("SELECT ? + 2")
            #expect(first === second)
            #expect(first !== other)
            #expect(try first.scalar(Int.self, [1]) == 2)
            #expect(try second.scalar(Int.self, [41]) == 42)
        }
    }

    @Test func queriesThroughTheConnectionUseTheCache() throws {
        let database = try TemporaryDatabase()
        try database.pool.read { db in
            let before = db.cachedStatementCount
            for value in 0..<10 { _ = try db.scalar(Int.self, "SELECT ? * 2", [value]) }
            #expect(db.cachedStatementCount == before + 1)
        }
    }

    @Test func nestedUseOfABusyStatementGetsAFreshOne() throws {
        let database = try TemporaryDatabase()
        let sql = "SELECT value FROM json_each(?)"
        let pairs = try database.pool.read { db -> [String] in
            var pairs: [String] = []
            try db.forEach(sql, ["[1,2,3]"]) { outer in
                let inner = try db.query(sql, ["[10,20]"]).map { try $0.get(0, as: Int.self) }
                pairs.append("\(try outer.get(0, as: Int.self)):\(inner)")
            }
            return pairs
        }
        #expect(pairs == ["1:[10, 20]", "2:[10, 20]", "3:[10, 20]"])
    }

    @Test func argumentCountMustMatchParameters() throws {
        let database = try TemporaryDatabase()
        for arguments: StatementArguments in [[], [1, 2]] {
            let error = try #require(throws: DatabaseError.self) {
                try database.pool.read { try $0.scalar(Int.self, "SELECT ?", arguments) }
            }
            #expect(error.extendedResultCode == .range)
            #expect(error.sql == "SELECT ?")
        }
    }

    @Test func moreThanOneStatementIsRefusedOutsideScripts() throws {
        let database = try TemporaryDatabase()
        let error = try #require(throws: DatabaseError.self) {
            try database.pool.write { try $0.execute("CREATE TABLE a(x); CREATE TABLE b(x)") }
        }
        #expect(error.extendedResultCode == .misuse)
        // Trailing whitespace, semicolons and comments are fine.
        try database.pool.write { try $0.execute("CREATE TABLE a(x);  -- done\n") }
        #expect(throws: DatabaseError.self) { try database.pool.write { try $0.execute("  -- nothing\n") } }
    }

    @Test func syntaxErrorsCarryMessageAndSQL() throws {
        let database = try TemporaryDatabase()
        let error = try #require(throws: DatabaseError.self) {
            try database.pool.read { try $0.query("SELEC 1") }
        }
        #expect(error.resultCode == .error)
        #expect(error.message.contains("syntax error"))
        #expect(error.sql == "SELEC 1")
    }

    @Test func doubleQuotedStringLiteralsAreIdentifiersOnly() throws {
        let database = try TemporaryDatabase()
        #expect(throws: DatabaseError.self) {
            try database.pool.read { try $0.scalar(String.self, "SELECT \"no such column\"") }
        }
    }

    @Test func scalarWithoutRowIsNullForOptionalsAndAnErrorOtherwise() throws {
        let database = try TemporaryDatabase()
        try database.pool.read { db throws in
            #expect(try db.scalar(Int?.self, "SELECT 1 WHERE 0") == nil)
            #expect(try db.scalar(Int?.self, "SELECT NULL") == nil)
            let error = expectError(DatabaseError.self) { _ = try db.scalar(Int.self, "SELECT 1 WHERE 0") }
            #expect(error?.message.contains("no row") == true)
        }
    }

    @Test func lastInsertRowIDAndChanges() throws {
        let database = try TemporaryDatabase()
        try database.pool.write { db in
            try db.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, label TEXT NOT NULL) STRICT")
            try db.execute("INSERT INTO item (id, label) VALUES (?, ?)", [41, "a"])
            try db.execute("INSERT INTO item (label) VALUES (?)", ["b"])
            #expect(db.lastInsertRowID == 42)
            try db.execute("UPDATE item SET label = ? WHERE id > ?", ["c", 0])
            #expect(db.changes == 2)
        }
    }

    @Test func aThrowingForEachBodyLeavesTheStatementReusable() throws {
        let database = try TemporaryDatabase()
        try database.pool.write { db in
            try db.execute("CREATE TABLE item (n INTEGER NOT NULL) STRICT")
            let insert = try db.prepare("INSERT INTO item (n) VALUES (?)")
            for value in 0..<5 { try insert.execute([value]) }
        }
        try database.pool.read { db throws in
            expectError(TestFailure.self) {
                try db.forEach("SELECT n FROM item ORDER BY n") { row in
                    if try row.get(0, as: Int.self) == 2 { throw TestFailure() }
                }
            }
            #expect(try db.query("SELECT n FROM item ORDER BY n").count == 5)
        }
    }

    @Test func forEachStreamsEveryRow() throws {
        let database = try TemporaryDatabase()
        let sum = try database.pool.read { db -> Int in
            var sum = 0
            try db.forEach("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT i FROM n", [10_000]) {
                sum += try $0.get(0, as: Int.self)
            }
            return sum
        }
        #expect(sum == 50_005_000)
    }

    @Test func scriptsRunEveryStatementIncludingTriggerBodies() throws {
        let database = try TemporaryDatabase()
        try database.pool.write { db in
            try db.executeScript("""
                -- a comment before anything
                CREATE TABLE log (id INTEGER PRIMARY KEY, note TEXT NOT NULL) STRICT;
                CREATE TRIGGER log_no_update BEFORE UPDATE ON log
                BEGIN
                    SELECT RAISE(ABORT, 'log rows are append-only');
                END;
                INSERT INTO log (note) VALUES ('first; with a semicolon');;
                """)
            #expect(try db.scalar(String.self, "SELECT note FROM log") == "first; with a semicolon")
            let error = expectError(DatabaseError.self) { try db.execute("UPDATE log SET note = 'x'") }
            #expect(error?.extendedResultCode == .constraintTrigger)
            #expect(error?.constraint?.name == "log rows are append-only")
        }
    }

    @Test func scriptErrorsNameTheFailingStatement() throws {
        let database = try TemporaryDatabase()
        let error = try #require(throws: DatabaseError.self) {
            try database.pool.write { try $0.executeScript("CREATE TABLE ok (x);\nINSERT INTO missing VALUES (1);") }
        }
        #expect(error.message.contains("no such table: missing"))
        #expect(error.sql?.contains("INSERT INTO missing") == true)
        #expect(try database.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM sqlite_master WHERE name = 'ok'") } == 0)
    }
}
