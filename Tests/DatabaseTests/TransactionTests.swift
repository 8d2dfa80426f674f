import Testing
import TestSupport
@testable import Database

struct TransactionTests {
    private func counter() throws -> TemporaryDatabase {
        let database = try TemporaryDatabase()
        try database.pool.write { try $0.execute("CREATE TABLE item (label TEXT NOT NULL) STRICT") }
        return database
    }

    private func labels(_ database: TemporaryDatabase) throws -> [String] {
        try database.pool.read { db in
            try db.query("SELECT label FROM item ORDER BY rowid").map { try $0.get(0, as: String.self) }
        }
    }

    @Test func writeCommitsWhenTheClosureReturns() throws {
        let database = try counter()
        let returned = try database.pool.write { db -> Int64 in
            try db.execute("INSERT INTO item (label) VALUES (?)", ["kept"])
            #expect(db.isInTransaction)
            return db.lastInsertRowID
        }
        #expect(returned == 1)
        #expect(try labels(database) == ["kept"])
    }

    @Test func writeRollsBackWhenTheClosureThrows() throws {
        let database = try counter()
        #expect(throws: TestFailure.self) {
            try database.pool.write { db in
                try db.execute("INSERT INTO item (label) VALUES (?)", ["lost"])
                throw TestFailure()
            }
        }
        #expect(try labels(database) == [])
        // The writer is usable again afterwards.
        try database.pool.write { try $0.execute("INSERT INTO item (label) VALUES (?)", ["next"]) }
        #expect(try labels(database) == ["next"])
    }

    @Test func innerSavepointRollbackKeepsTheOuterWork() throws {
        let database = try counter()
        try database.pool.write { db in
            try db.execute("INSERT INTO item (label) VALUES (?)", ["outer"])
            expectError(TestFailure.self) {
                try db.savepoint {
                    try db.execute("INSERT INTO item (label) VALUES (?)", ["inner"])
                    throw TestFailure()
                }
            }
            try db.savepoint {
                try db.execute("INSERT INTO item (label) VALUES (?)", ["second"])
                expectError(TestFailure.self) {
                    try db.savepoint {
                        try db.execute("INSERT INTO item (label) VALUES (?)", ["deepest"])
                        throw TestFailure()
                    }
                }
            }
            #expect(db.isInTransaction)
        }
        #expect(try labels(database) == ["outer", "second"])
    }

    @Test func outerRollbackUndoesReleasedSavepoints() throws {
        let database = try counter()
        #expect(throws: TestFailure.self) {
            try database.pool.write { db in
                try db.savepoint { try db.execute("INSERT INTO item (label) VALUES (?)", ["inner"]) }
                throw TestFailure()
            }
        }
        #expect(try labels(database) == [])
    }

    @Test func constraintErrorInsideSavepointCanBeHandled() throws {
        let database = try TemporaryDatabase()
        try database.pool.write { db in
            try db.execute("CREATE TABLE tag (name TEXT PRIMARY KEY) STRICT")
            try db.execute("INSERT INTO tag VALUES ('a')")
            for name in ["a", "b"] {
                do {
                    try db.savepoint { try db.execute("INSERT INTO tag VALUES (?)", [name]) }
                } catch ResultCode.constraintPrimaryKey {
                    // Expected for "a"; the transaction carries on.
                }
            }
        }
        #expect(try database.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM tag") } == 2)
    }

    @Test func writeInsideWriteOnTheSameThreadIsRefusedNotDeadlocked() throws {
        let database = try counter()
        let error = try #require(throws: DatabaseError.self) {
            try database.pool.write { _ in
                try database.pool.write { try $0.execute("INSERT INTO item (label) VALUES ('x')") }
            }
        }
        #expect(error.extendedResultCode == .misuse)
        try database.pool.write { try $0.execute("INSERT INTO item (label) VALUES ('after')") }
        #expect(try labels(database) == ["after"])
    }

    @Test func readersAreReadOnly() throws {
        let database = try counter()
        let error = try #require(throws: DatabaseError.self) {
            try database.pool.read { try $0.execute("INSERT INTO item (label) VALUES ('x')") }
        }
        #expect(error.resultCode == .readOnly)
        try database.pool.read { #expect($0.isReadOnly) }
    }

    @Test func closedPoolRefusesWork() throws {
        let database = try counter()
        database.pool.close()
        #expect(throws: DatabaseError.self) { try database.pool.read { _ in } }
        #expect(throws: DatabaseError.self) { try database.pool.write { _ in } }
        database.pool.close()
    }
}
