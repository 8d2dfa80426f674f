import Dispatch
import Foundation
import Testing
import TestSupport
@testable import Database

struct PoolTests {
    @Test func connectionsAreSetUpAsDesigned() throws {
        let database = try TemporaryDatabase()
        #expect(database.pool.journalMode == "wal")
        try database.pool.read { db throws in
            #expect(try db.scalar(String.self, "PRAGMA journal_mode") == "wal")
            #expect(try db.scalar(Int.self, "PRAGMA foreign_keys") == 1)
            #expect(try db.scalar(Int.self, "PRAGMA busy_timeout") == 5_000)
        }
        try database.pool.writeWithoutTransaction { db throws in
            #expect(try db.scalar(Int.self, "PRAGMA synchronous") == 1)
            #expect(try db.scalar(Int.self, "PRAGMA foreign_keys") == 1)
            #expect(!db.isInTransaction)
        }
    }

    @Test func synchronousFullIsConfigurable() throws {
        var configuration = DatabasePool.Configuration()
        configuration.synchronous = .full
        configuration.busyTimeoutMilliseconds = 250
        let database = try TemporaryDatabase(configuration: configuration)
        try database.pool.write { db throws in
            #expect(try db.scalar(Int.self, "PRAGMA synchronous") == 2)
            #expect(try db.scalar(Int.self, "PRAGMA busy_timeout") == 250)
        }
    }

    @Test func openingAnUnreachablePathFails() {
        let error = #expect(throws: DatabaseError.self) {
            _ = try DatabasePool(path: "/nonexistent-directory-\(UUID().uuidString)/db.sqlite")
        }
        #expect(error?.resultCode == .cannotOpen)
    }

    @Test func readerSeesTheLastCommitWhileAWriteIsOpen() throws {
        let database = try TemporaryDatabase()
        let pool = database.pool
        try pool.write { db in
            try db.execute("CREATE TABLE item (n INTEGER NOT NULL) STRICT")
            try db.execute("INSERT INTO item (n) VALUES (1)")
        }
        let inserted = DispatchSemaphore(value: 0)
        let mayCommit = DispatchSemaphore(value: 0)
        let writerDone = DispatchSemaphore(value: 0)
        let errors = ErrorBox()
        Thread {
            do {
                try pool.write { db in
                    try db.execute("INSERT INTO item (n) VALUES (2)")
                    inserted.signal()
                    mayCommit.wait()
                }
            } catch {
                errors.record(error)
                inserted.signal()
            }
            writerDone.signal()
        }.start()

        inserted.wait()
        let during = try pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM item") }
        mayCommit.signal()
        writerDone.wait()
        let after = try pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM item") }
        if let error = errors.first { throw error }
        #expect(during == 1)
        #expect(after == 2)
    }

    @Test func aReadKeepsItsSnapshotAcrossACommit() throws {
        let database = try TemporaryDatabase()
        let pool = database.pool
        try pool.write { db in
            try db.execute("CREATE TABLE item (n INTEGER NOT NULL) STRICT")
            try db.execute("INSERT INTO item (n) VALUES (1)")
        }
        let (first, second) = try pool.read { db in
            let first = try db.scalar(Int.self, "SELECT count(*) FROM item")
            try runOnThreads(1) { _ in
                try pool.write { try $0.execute("INSERT INTO item (n) VALUES (2)") }
            }
            let second = try db.scalar(Int.self, "SELECT count(*) FROM item")
            return (first, second)
        }
        #expect(first == 1)
        #expect(second == 1)
        #expect(try pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM item") } == 2)
    }

    @Test func readersBeyondTheLimitWaitForAFreeConnection() throws {
        var configuration = DatabasePool.Configuration()
        configuration.maximumReaderCount = 1
        let database = try TemporaryDatabase(configuration: configuration)
        let pool = database.pool
        let entered = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let secondDone = AtomicFlag()
        let finished = DispatchGroup()
        let errors = ErrorBox()
        finished.enter()
        Thread {
            defer { finished.leave() }
            do {
                try pool.read { _ in
                    entered.signal()
                    release.wait()
                }
            } catch {
                errors.record(error)
                entered.signal()
            }
        }.start()
        entered.wait()
        finished.enter()
        Thread {
            defer { finished.leave() }
            do {
                _ = try pool.read { try $0.scalar(Int.self, "SELECT 1") }
                secondDone.set()
            } catch {
                errors.record(error)
            }
        }.start()
        Thread.sleep(forTimeInterval: 0.05)
        #expect(!secondDone.isSet)
        release.signal()
        finished.wait()
        if let error = errors.first { throw error }
        #expect(secondDone.isSet)
    }

    @Test func manyThreadsReadAndWriteWithoutBusyErrors() throws {
        var configuration = DatabasePool.Configuration()
        configuration.maximumReaderCount = 3
        let database = try TemporaryDatabase(configuration: configuration)
        let pool = database.pool
        try pool.write { try $0.execute("CREATE TABLE item (thread INTEGER NOT NULL, n INTEGER NOT NULL) STRICT") }
        let iterations = 40
        try runOnThreads(8) { thread in
            for n in 0..<iterations {
                if thread % 2 == 0 {
                    try pool.write { db in
                        try db.execute("INSERT INTO item (thread, n) VALUES (?, ?)", [thread, n])
                        try db.execute("INSERT INTO item (thread, n) VALUES (?, ?)", [thread, -n])
                    }
                } else {
                    let (count, sum) = try pool.read { db in
                        (try db.scalar(Int.self, "SELECT count(*) FROM item"),
                         try db.scalar(Int.self, "SELECT coalesce(sum(n), 0) FROM item"))
                    }
                    // Pairs are committed together, so every snapshot sums to zero.
                    guard count % 2 == 0, sum == 0 else { throw TestFailure() }
                }
            }
        }
        #expect(try pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM item") } == 4 * iterations * 2)
    }

    @Test func healthCheckReadIsCheap() throws {
        let database = try TemporaryDatabase()
        let start = ContinuousClock.now
        for _ in 0..<5_000 {
            _ = try database.pool.read { try $0.scalar(Int.self, "SELECT 1") }
        }
        // About 5 µs each in a release build; the bound only catches a gross regression.
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func batchInsertReusesOnePreparedStatement() throws {
        let database = try TemporaryDatabase.withPeople()
        try database.pool.write { db in
            let insert = try db.prepare("INSERT INTO person (nik, name, age) VALUES (?, ?, ?)")
            for index in 0..<20_000 {
                try insert.execute([String(3_402_010_000_000_000 + index), "Orang \(index)", index % 90])
            }
        }
        #expect(try database.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM person") } == 20_000)
    }
}
