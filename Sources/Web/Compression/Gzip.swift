import CZlib
import Synchronization

/// gzip through zlib. Deflate states are large (about 256 KiB each), so they are kept in a small
/// pool and reset between uses rather than allocated per response.
package enum Gzip {
    /// The gzip member (RFC 1952) for `input`, or nil if zlib fails.
    package static func compress(_ input: [UInt8], level: Int32 = 6) -> [UInt8]? {
        let deflater = pool.take(level: level)
        defer { pool.give(deflater) }
        return deflater.compress(input)
    }

    private static let pool = DeflaterPool(capacity: 16)
}

/// Idle deflaters, by level; at most `capacity` are kept.
private final class DeflaterPool: Sendable {
    private let idle = Mutex<[Deflater]>([])
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    func take(level: Int32) -> Deflater {
        let reused = idle.withLock { idle -> Deflater? in
            guard let index = idle.lastIndex(where: { $0.level == level }) else { return nil }
            return idle.remove(at: index)
        }
        return reused ?? Deflater(level: level)
    }

    func give(_ deflater: Deflater) {
        guard deflater.isUsable else { return }
        idle.withLock { idle in
            if idle.count < capacity { idle.append(deflater) }
        }
    }
}

/// One zlib deflate stream. Used by one thread at a time: while idle it is owned by the
/// pool's `Mutex`, while in use by the single caller that took it out.
private final class Deflater: @unchecked Sendable {
    let level: Int32
    private let stream: UnsafeMutablePointer<z_stream>
    private(set) var isUsable: Bool

    init(level: Int32) {
        self.level = level
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // windowBits 15 + 16 asks zlib for the gzip wrapper instead of the zlib one.
        isUsable = czlib_deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK
    }

    deinit {
        if isUsable { deflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    func compress(_ input: [UInt8]) -> [UInt8]? {
        guard isUsable, deflateReset(stream) == Z_OK else {
            isUsable = false
            return nil
        }
        let bound = Int(deflateBound(stream, uLong(input.count)))
        var finished = false
        let output = [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
            input.withUnsafeBufferPointer { source in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.pointee.avail_in = uInt(source.count)
                stream.pointee.next_out = buffer.baseAddress
                stream.pointee.avail_out = uInt(bound)
                finished = deflate(stream, Z_FINISH) == Z_STREAM_END
                count = finished ? bound - Int(stream.pointee.avail_out) : 0
                stream.pointee.next_in = nil
                stream.pointee.next_out = nil
            }
        }
        return finished ? output : nil
    }
}
