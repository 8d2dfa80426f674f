import Glibc
import Testing

@testable import HTTPServer

@Suite("Outbound queue ordering")
struct OutboundQueueTests {
    /// Everything the queue would write, in order, as one string (files and streams as markers).
    private func drain(_ queue: inout OutboundQueue, writeSize: Int) -> String {
        var written: [UInt8] = []
        let vectors = UnsafeMutablePointer<iovec>.allocate(capacity: 8)
        defer { vectors.deallocate() }
        while !queue.isEmpty {
            if let first = queue.parts.first, case .stream = first {
                written.append(contentsOf: "<stream>".utf8)
                queue.parts.removeFirst()
                continue
            }
            let count = queue.withLeadingBytes(vectors, capacity: 8) { filled in
                var taken = 0
                for index in 0..<filled where taken < writeSize {
                    let vector = vectors[index]
                    let bytes = UnsafeRawBufferPointer(start: vector.iov_base, count: vector.iov_len)
                    let take = min(bytes.count, writeSize - taken)
                    written.append(contentsOf: bytes.prefix(take))
                    taken += take
                }
                return taken
            }
            queue.consume(count)
        }
        return String(decoding: written, as: UTF8.self)
    }

    @Test(arguments: [1, 3, 1000])
    func partsKeepTheirOrder(writeSize: Int) {
        var queue = OutboundQueue()
        queue.staging.append(contentsOf: "head1|".utf8)
        queue.append(.bytes(Array("big-body|".utf8)))
        queue.staging.append(contentsOf: "head2|".utf8)
        queue.append(.stream(StreamTransfer(
            stream: ResponseStream { nil }, chunked: true,
            pendingLog: PendingLogRecord(requestID: "x", method: "GET", path: "/", status: 200, startedAt: 0))))
        queue.staging.append(contentsOf: "head3".utf8)
        #expect(drain(&queue, writeSize: writeSize) == "head1|big-body|head2|<stream>head3")
        #expect(queue.isEmpty)
    }

    @Test func partlyWrittenStagingStaysAheadOfLaterParts() {
        var queue = OutboundQueue()
        queue.staging.append(contentsOf: "abcdef".utf8)
        queue.consume(2)
        queue.append(.bytes(Array("XYZ".utf8)))
        queue.staging.append(contentsOf: "tail".utf8)
        #expect(drain(&queue, writeSize: 2) == "cdefXYZtail")
    }
}
