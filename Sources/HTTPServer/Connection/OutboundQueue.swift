import Glibc

/// A file body being sent with sendfile(2) as the socket drains.
final class FileTransfer {
    let fd: Int32
    var offset = 0
    var remaining: Int

    init(fd: Int32, length: Int) {
        self.fd = fd
        self.remaining = length
    }

    func close() {
        SystemCall.close(fd)
    }
}

/// A streamed body: pieces are pulled only when the socket can take more. Chunked for
/// HTTP/1.1 peers; for HTTP/1.0 the raw pieces go out and closing the connection ends the body.
final class StreamTransfer {
    let stream: ResponseStream
    let chunked: Bool
    var bytesSent = 0
    /// Logged when the stream ends (or the connection drops), when the byte count is known.
    var pendingLog: PendingLogRecord

    init(stream: ResponseStream, chunked: Bool, pendingLog: PendingLogRecord) {
        self.stream = stream
        self.chunked = chunked
        self.pendingLog = pendingLog
    }
}

/// An access-log line waiting for its byte count.
struct PendingLogRecord {
    var requestID: String
    var method: String
    var path: String
    var status: Int
    var startedAt: UInt64
}

/// Everything waiting to be written to one socket, in order: `parts` first, then `staging`,
/// the buffer new responses are appended to. Responses with small bodies only ever touch
/// `staging`, so a batch of pipelined responses goes out in one write.
struct OutboundQueue {
    enum Part {
        case bytes([UInt8])
        case file(FileTransfer)
        case stream(StreamTransfer)
    }

    var parts: [Part] = []
    /// Bytes of `parts[0]` already written when it is `.bytes`.
    var partOffset = 0
    var staging: [UInt8] = []
    /// Bytes of `staging` already written (only while `parts` is empty).
    var stagingOffset = 0

    var isEmpty: Bool { parts.isEmpty && stagingOffset == staging.count }

    /// A lower bound of the bytes waiting; used to stop taking pipelined requests.
    var pendingByteCount: Int {
        var total = staging.count - stagingOffset
        for part in parts {
            if case .bytes(let bytes) = part { total += bytes.count } else { total += 64 * 1024 }
        }
        return total - partOffset
    }

    /// Appends a part after everything queued so far.
    mutating func append(_ part: Part) {
        commitStaging()
        parts.append(part)
    }

    /// Moves the unsent part of `staging` into `parts` so a following part keeps its place.
    private mutating func commitStaging() {
        guard stagingOffset < staging.count else {
            staging.removeAll(keepingCapacity: true)
            stagingOffset = 0
            return
        }
        if parts.isEmpty { partOffset = stagingOffset }
        parts.append(.bytes(staging))
        staging = []
        stagingOffset = 0
    }

    /// The number of `.bytes` parts at the front, and whether `staging` follows them directly.
    var leadingByteParts: Int {
        var count = 0
        while count < parts.count, case .bytes = parts[count] { count += 1 }
        return count
    }

    /// Fills `vectors` with the leading bytes (byte parts, then staging when nothing else is
    /// queued) and calls `body` with the number of vectors filled, all in one scope so the
    /// pointers stay valid.
    func withLeadingBytes<R>(
        _ vectors: UnsafeMutablePointer<iovec>, capacity: Int, _ body: (Int) -> R
    ) -> R {
        gather(partIndex: 0, filled: 0, vectors, capacity, body)
    }

    private func gather<R>(
        partIndex: Int, filled: Int, _ vectors: UnsafeMutablePointer<iovec>, _ capacity: Int, _ body: (Int) -> R
    ) -> R {
        if filled == capacity { return body(filled) }
        if partIndex == parts.count {
            guard stagingOffset < staging.count else { return body(filled) }
            return staging.withUnsafeBytes { bytes in
                vectors[filled] = iovec(
                    iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress.map { $0 + stagingOffset }),
                    iov_len: bytes.count - stagingOffset)
                return body(filled + 1)
            }
        }
        guard case .bytes(let part) = parts[partIndex] else { return body(filled) }
        let skip = partIndex == 0 ? partOffset : 0
        return part.withUnsafeBytes { bytes in
            guard bytes.count > skip else {
                return gather(partIndex: partIndex + 1, filled: filled, vectors, capacity, body)
            }
            vectors[filled] = iovec(
                iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress.map { $0 + skip }),
                iov_len: bytes.count - skip)
            return gather(partIndex: partIndex + 1, filled: filled + 1, vectors, capacity, body)
        }
    }

    /// Drops `count` written bytes from the front (and any emptied byte parts).
    mutating func consume(_ count: Int) {
        var remaining = count
        while !parts.isEmpty, case .bytes(let bytes) = parts[0] {
            let left = bytes.count - partOffset
            if remaining < left {
                partOffset += remaining
                return
            }
            remaining -= left
            parts.removeFirst()
            partOffset = 0
        }
        guard parts.isEmpty else { return }
        stagingOffset += remaining
        if stagingOffset == staging.count {
            staging.removeAll(keepingCapacity: true)
            stagingOffset = 0
        }
    }

    /// Closes files and returns the streams that never finished (for their log lines).
    mutating func discard() -> [StreamTransfer] {
        var unfinished: [StreamTransfer] = []
        for part in parts {
            switch part {
            case .bytes: break
            case .file(let file): file.close()
            case .stream(let stream): unfinished.append(stream)
            }
        }
        parts.removeAll()
        partOffset = 0
        staging.removeAll(keepingCapacity: true)
        stagingOffset = 0
        return unfinished
    }
}
