import Glibc

/// A failed system call: which one, and the errno captured right after it returned.
package struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The call that failed, e.g. `bind`.
    package let operation: String
    /// The errno it left.
    package let code: Int32

    /// An error for `operation` with errno `code`.
    package init(operation: String, code: Int32) {
        self.operation = operation
        self.code = code
    }

    /// The call, strerror's text and the number.
    package var description: String {
        "\(operation) failed: \(String(cString: strerror(code))) (errno \(code))"
    }
}

/// What a call on a non-blocking descriptor did.
enum IOResult<Value> {
    case done(Value)
    /// EAGAIN / EWOULDBLOCK: try again when the descriptor is ready.
    case wouldBlock
}
