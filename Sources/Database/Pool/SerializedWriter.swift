import Foundation

/// The pool's single writer connection: one write at a time, in arrival order of the lock.
final class SerializedWriter: @unchecked Sendable {
    // `connection` and `isWriting` are only touched while `lock` is held. The lock is recursive so
    // that a write started from inside a write on the same thread is refused, not a deadlock.
    private let lock = NSRecursiveLock()
    private var connection: Connection?
    private var isWriting = false

    init(connection: Connection) {
        self.connection = connection
    }

    func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let connection else {
            throw DatabaseError(code: .misuse, message: "the database pool is closed")
        }
        guard !isWriting else {
            throw DatabaseError(
                code: .misuse, message: "write called inside a write on the same thread; use db.savepoint instead")
        }
        isWriting = true
        defer { isWriting = false }
        return try body(connection)
    }

    func close() {
        lock.lock()
        defer { lock.unlock() }
        connection?.close()
        connection = nil
    }
}
