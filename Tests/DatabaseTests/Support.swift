import Foundation
import Testing
import TestSupport
import Database

/// Runs `body` on `count` real threads at once (not the Swift Testing task pool, which has as many
/// threads as cores) and rethrows the first error any of them threw.
func runOnThreads(_ count: Int, _ body: @escaping @Sendable (Int) throws -> Void) throws {
    let errors = ErrorBox()
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        let thread = Thread {
            defer { group.leave() }
            do { try body(index) } catch { errors.record(error) }
        }
        thread.start()
    }
    group.wait()
    if let error = errors.first { throw error }
}

/// Collects errors from several threads.
final class ErrorBox: @unchecked Sendable {
    // `errors` is only touched while `lock` is held.
    private let lock = NSLock()
    private var errors: [any Error] = []

    func record(_ error: any Error) {
        lock.withLock { errors.append(error) }
    }

    var first: (any Error)? { lock.withLock { errors.first } }
}

/// A flag threads can set and read.
final class AtomicFlag: @unchecked Sendable {
    // `value` is only touched while `lock` is held.
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

struct TestFailure: Error {}

extension TemporaryDatabase {
    /// A temporary database with a `person`/`household` schema for constraint and decoding tests.
    static func withPeople() throws -> TemporaryDatabase {
        let database = try TemporaryDatabase()
        try database.pool.write { db in
            try db.executeScript("""
                CREATE TABLE household (
                    id INTEGER PRIMARY KEY,
                    kk TEXT NOT NULL UNIQUE
                ) STRICT;
                CREATE TABLE person (
                    id INTEGER PRIMARY KEY,
                    nik TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    status TEXT NOT NULL DEFAULT 'active' CONSTRAINT status_known CHECK (status IN ('active', 'moved')),
                    household_id INTEGER REFERENCES household(id),
                    born_at TEXT,
                    age INTEGER,
                    photo BLOB,
                    UNIQUE (household_id, name)
                ) STRICT;
                """)
        }
        return database
    }
}

/// `#expect(throws:)` as a plain function, for use inside closures: Swift 6.3 miscompiled an
/// `#expect(throws:)` nested in a closure inside another closure (the outer closure's call ran the
/// macro's inner closure instead), so nested expectations go through this.
@discardableResult
func expectError<E: Error>(
    _ type: E.Type, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) -> E? {
    do {
        try body()
    } catch let error as E {
        return error
    } catch {
        Issue.record("expected \(E.self), got \(error)", sourceLocation: sourceLocation)
        return nil
    }
    Issue.record("expected \(E.self) to be thrown", sourceLocation: sourceLocation)
    return nil
}
