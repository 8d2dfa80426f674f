import Foundation

/// Read-only connections handed out one per caller; opened on first need, up to `capacity`, and
/// waited for when all are busy.
final class ReaderPool: @unchecked Sendable {
    // `idle`, `openCount` and `isClosed` are only touched while `condition` is locked.
    private let condition = NSCondition()
    private var idle: [Connection] = []
    private var openCount = 0
    private var isClosed = false
    private let capacity: Int
    private let open: @Sendable () throws -> Connection

    init(capacity: Int, open: @escaping @Sendable () throws -> Connection) {
        self.capacity = max(1, capacity)
        self.open = open
    }

    func withConnection<T>(_ body: (Connection) throws -> T) throws -> T {
        let connection = try acquire()
        defer { release(connection) }
        return try body(connection)
    }

    private func acquire() throws -> Connection {
        condition.lock()
        while true {
            if isClosed {
                condition.unlock()
                throw DatabaseError(code: .misuse, message: "the database pool is closed")
            }
            if let connection = idle.popLast() {
                condition.unlock()
                return connection
            }
            if openCount < capacity {
                openCount += 1
                condition.unlock()
                do {
                    return try open()
                } catch {
                    condition.lock()
                    openCount -= 1
                    condition.signal()
                    condition.unlock()
                    throw error
                }
            }
            condition.wait()
        }
    }

    private func release(_ connection: Connection) {
        condition.lock()
        if isClosed {
            openCount -= 1
            condition.unlock()
            connection.close()
            return
        }
        idle.append(connection)
        condition.signal()
        condition.unlock()
    }

    func close() {
        condition.lock()
        isClosed = true
        let closing = idle
        idle.removeAll()
        openCount -= closing.count
        condition.broadcast()
        condition.unlock()
        for connection in closing { connection.close() }
    }
}
