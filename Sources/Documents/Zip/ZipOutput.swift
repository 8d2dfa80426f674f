/// The writer's side of a sink: gathers small writes (headers, deflate chunks) into chunks of
/// about 64 KiB and counts every byte, since ZIP records offsets.
struct ZipOutput {
    private let sink: ByteSink
    private var pending: [UInt8]
    private(set) var offset = 0
    private static let chunkSize = 64 * 1024

    init(sink: ByteSink) {
        self.sink = sink
        pending = []
        pending.reserveCapacity(Self.chunkSize)
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        offset += bytes.count
        if pending.count + bytes.count > Self.chunkSize { try flush() }
        if bytes.count >= Self.chunkSize {
            try sink.write(ArraySlice(bytes))
        } else {
            pending.append(contentsOf: bytes)
        }
    }

    mutating func append(_ bytes: [UInt8]) throws {
        try append(bytes[...])
    }

    mutating func append(_ bytes: ArraySlice<UInt8>) throws {
        offset += bytes.count
        if pending.count + bytes.count > Self.chunkSize { try flush() }
        if bytes.count >= Self.chunkSize {
            try sink.write(bytes)
        } else {
            pending.append(contentsOf: bytes)
        }
    }

    mutating func flush() throws {
        guard !pending.isEmpty else { return }
        try sink.write(pending[...])
        pending.removeAll(keepingCapacity: true)
    }
}
