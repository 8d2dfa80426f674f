#if canImport(Glibc)
import Glibc
#endif

/// A command-line failure with a message for the operator; the executable prints it and exits 1.
package struct CommandFailure: Error, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}

/// Writes one line to standard error.
package func printToStandardError(_ line: String) {
    var bytes = Array(line.utf8)
    if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
    writeAll(bytes, to: STDERR_FILENO)
}

/// Writes one line to standard output.
package func printToStandardOutput(_ line: String) {
    writeAll(Array((line + "\n").utf8), to: STDOUT_FILENO)
}

/// Writes raw bytes to standard output, exactly as given.
package func writeToStandardOutput(_ bytes: [UInt8]) {
    writeAll(bytes, to: STDOUT_FILENO)
}

private func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}
