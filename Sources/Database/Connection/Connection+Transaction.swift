/// How a transaction takes its locks (https://sqlite.org/lang_transaction.html).
enum TransactionKind: String {
    /// Takes a read lock at the first read, a write lock at the first write.
    case deferred = "BEGIN DEFERRED"
    /// Takes the write lock at once, so a later write cannot fail with SQLITE_BUSY mid-transaction.
    case immediate = "BEGIN IMMEDIATE"
}

extension Connection {
    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    func inTransaction<T>(_ kind: TransactionKind, _ body: (Connection) throws -> T) throws -> T {
        try execute(kind.rawValue)
        let result: T
        do {
            result = try body(self)
            try execute("COMMIT")
        } catch {
            rollbackIfNeeded()
            throw error
        }
        return result
    }

    /// Some errors roll the transaction back themselves ("If certain kinds of errors occur within a
    /// transaction, the transaction may or may not be rolled back automatically",
    /// https://sqlite.org/lang_transaction.html §4), so only roll back one that is still open.
    func rollbackIfNeeded() {
        guard isInTransaction else { return }
        // The error that brought us here matters more than a failing ROLLBACK.
        try? execute("ROLLBACK")
    }

    /// Runs `body` inside a savepoint nested in the current transaction: when `body` throws, only
    /// its own changes are rolled back, and the error is rethrown to the caller, which may catch it
    /// and carry on with the outer transaction.
    package func savepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        // Names are generated from the nesting depth, never from input.
        let name = "savepoint_\(savepointDepth)"
        try execute("SAVEPOINT \(name)")
        let result: T
        do {
            result = try body()
        } catch {
            // ROLLBACK TO keeps the savepoint on the stack; RELEASE removes it
            // (https://sqlite.org/lang_savepoint.html).
            if isInTransaction {
                try? execute("ROLLBACK TO \(name)")
                try? execute("RELEASE \(name)")
            }
            throw error
        }
        try execute("RELEASE \(name)")
        return result
    }
}
