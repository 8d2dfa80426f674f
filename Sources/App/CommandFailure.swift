#if canImport(Glibc)
import Glibc
#endif

/// A command-line failure with a message for the operator; the executable prints it and exits 1.
package struct CommandFailure: Error, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}

/// Writes one line to standard error, unbuffered.
package func printToStandardError(_ line: String) {
    var text = line
    if !text.hasSuffix("\n") { text += "\n" }
    _ = text.utf8CString.withUnsafeBufferPointer { buffer in
        fputs(buffer.baseAddress, stderr)
    }
}

/// Writes raw bytes to standard output, exactly as given.
package func writeToStandardOutput(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { buffer in
        _ = fwrite(buffer.baseAddress, 1, buffer.count, stdout)
    }
    fflush(stdout)
}
