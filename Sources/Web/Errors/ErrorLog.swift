#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import HTTPServer

/// Where unexpected errors (the ones that become a 500 page) are written, one line each.
package struct ErrorLog: Sendable {
    private let write: @Sendable (String) -> Void

    /// `write` receives one complete line without the newline.
    package init(_ write: @escaping @Sendable (String) -> Void) {
        self.write = write
    }

    /// Lines go to standard error.
    package static let standardError = ErrorLog { line in writeToStandardError(line + "\n") }

    func record(_ error: any Error, request: Request) {
        write("error request_id=\(request.id) method=\(request.method) path=\(request.path) error=\(String(reflecting: error))")
    }
}

private func writeToStandardError(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = write(2, base + offset, bytes.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
    }
}
