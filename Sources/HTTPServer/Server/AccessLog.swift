/// One access-log record: one per request, including those refused before routing.
package struct AccessLogEntry: Sendable, Equatable {
    /// UTC, second resolution, ISO 8601 (`2025-05-15T02:30:00Z`).
    package var timestamp: String
    /// The id also sent as `X-Request-Id`.
    package var requestID: String
    /// `-` when the request line could not be parsed.
    package var method: String
    /// The path without query string; `-` when unknown.
    package var path: String
    /// The status code sent.
    package var status: Int
    /// Body bytes sent (0 for HEAD and bodiless answers).
    package var bytes: Int
    /// From the head being parsed to the response being queued (streams: fully sent).
    package var durationNanoseconds: UInt64

    /// The line as written to standard error, without the newline:
    /// `2025-05-15T02:30:00Z 0a1b2c3d4e5f GET /healthz 200 2 0.041ms`.
    package var line: String {
        var buffer: [UInt8] = []
        AccessLogWriter.appendLine(
            to: &buffer, timestamp: Array(timestamp.utf8), requestID: requestID, method: method, path: path,
            status: status, bytes: bytes, durationNanoseconds: durationNanoseconds)
        buffer.removeLast()
        return String(decoding: buffer, as: UTF8.self)
    }
}

/// Where access-log lines go.
package enum AccessLogDestination: Sendable {
    /// No access log (benchmarks).
    case none
    /// One line per request on standard error, written in batches by each loop.
    case standardError
    /// Each entry handed to a closure on the loop thread (tests, custom sinks). Keep it quick.
    case custom(@Sendable (AccessLogEntry) -> Void)
}

/// A loop's access log: formats lines into a buffer without Foundation and writes them with
/// one write(2) per loop iteration (or sooner, keeping each write under PIPE_BUF so lines
/// from different loops never interleave).
struct AccessLogWriter {
    let destination: AccessLogDestination
    private var buffer: [UInt8] = []
    private static let flushThreshold = 3584

    init(destination: AccessLogDestination) {
        self.destination = destination
        if case .standardError = destination { buffer.reserveCapacity(4096) }
    }

    var isEnabled: Bool {
        if case .none = destination { return false }
        return true
    }

    mutating func record(
        clock: WallClockCache, requestID: String, method: String, path: String, status: Int, bytes: Int,
        durationNanoseconds: UInt64
    ) {
        switch destination {
        case .none:
            return
        case .standardError:
            Self.appendLine(
                to: &buffer, timestamp: clock.isoTimestamp, requestID: requestID, method: method, path: path,
                status: status, bytes: bytes, durationNanoseconds: durationNanoseconds)
            if buffer.count >= Self.flushThreshold { flush() }
        case .custom(let sink):
            sink(
                AccessLogEntry(
                    timestamp: String(decoding: clock.isoTimestamp, as: UTF8.self), requestID: requestID,
                    method: method, path: path, status: status, bytes: bytes,
                    durationNanoseconds: durationNanoseconds))
        }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { SystemCall.writeAll(2, $0) }
        buffer.removeAll(keepingCapacity: true)
    }

    static func appendLine(
        to buffer: inout [UInt8], timestamp: [UInt8], requestID: String, method: String, path: String,
        status: Int, bytes: Int, durationNanoseconds: UInt64
    ) {
        buffer.append(contentsOf: timestamp)
        buffer.append(ByteClass.space)
        buffer.append(contentsOf: requestID.utf8)
        buffer.append(ByteClass.space)
        buffer.append(contentsOf: method.utf8)
        buffer.append(ByteClass.space)
        buffer.append(contentsOf: path.utf8)
        buffer.append(ByteClass.space)
        buffer.appendDecimal(status)
        buffer.append(ByteClass.space)
        buffer.appendDecimal(bytes)
        buffer.append(ByteClass.space)
        let microseconds = Int(durationNanoseconds / 1000)
        buffer.appendDecimal(microseconds / 1000)
        buffer.append(UInt8(ascii: "."))
        WallClockCache.appendDigits(microseconds % 1000, width: 3, to: &buffer)
        buffer.append(contentsOf: "ms\n".utf8)
    }
}
