import CZlib

/// The CRC-32 of ZIP, gzip and PNG (ISO 3309), computed by zlib's `crc32`.
package struct CRC32: Sendable, Equatable {
    /// The checksum of everything passed to `update` so far.
    package private(set) var value: UInt32 = 0

    /// A checksum of no bytes.
    package init() {}

    /// The checksum of `bytes`.
    package static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// Folds `bytes` into the checksum.
    package mutating func update(_ bytes: some Collection<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update($0) }
        if done == nil { update(Array(bytes)) }
    }

    /// Folds the bytes in `buffer` into the checksum.
    package mutating func update(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard var pointer = buffer.baseAddress else { return }
        var remaining = buffer.count
        // zlib's length parameter is a 32-bit uInt; feed larger buffers in slices.
        while remaining > 0 {
            let slice = min(remaining, 1 << 30)
            value = UInt32(truncatingIfNeeded: crc32(uLong(value), pointer, uInt(slice)))
            pointer += slice
            remaining -= slice
        }
    }
}
