import CZlib

/// Whole-buffer zlib streams (RFC 1950), as PNG IDAT and PDF FlateDecode use them.
package enum Zlib {
    /// Why a zlib operation failed.
    package enum Failure: Error, Equatable, Sendable {
        /// The input is not a valid zlib stream.
        case corrupt
        /// The input ends before the stream does.
        case truncated
        /// The output would pass the caller's limit.
        case tooLarge(limit: Int)
        /// zlib returned this unexpected status.
        case zlib(Int32)
    }

    /// `bytes` compressed into one zlib stream.
    package static func compress(_ bytes: [UInt8], level: Int32 = 6) throws(Failure) -> [UInt8] {
        var capacity = compressBound(uLong(bytes.count))
        var status = Z_OK
        let output = [UInt8](unsafeUninitializedCapacity: Int(capacity)) { buffer, count in
            status = bytes.withUnsafeBufferPointer { source in
                compress2(buffer.baseAddress, &capacity, source.baseAddress, uLong(source.count), level)
            }
            count = status == Z_OK ? Int(capacity) : 0
        }
        guard status == Z_OK else { throw .zlib(status) }
        return output
    }

    /// The bytes of one zlib stream, refusing output past `limit` bytes.
    package static func decompress(_ bytes: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer {
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        let start = czlib_inflateInit2(stream, 15)
        guard start == Z_OK else { throw .zlib(start) }
        defer { inflateEnd(stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var status = Z_OK
        bytes.withUnsafeBufferPointer { source in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.pointee.avail_in = uInt(source.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { target in
                    stream.pointee.next_out = target.baseAddress
                    stream.pointee.avail_out = uInt(target.count)
                    status = inflate(stream, Z_NO_FLUSH)
                    let produced = target.count - Int(stream.pointee.avail_out)
                    output.append(contentsOf: target[0..<produced])
                }
            } while status == Z_OK && output.count <= limit
            stream.pointee.next_in = nil
            stream.pointee.next_out = nil
        }
        guard output.count <= limit else { throw .tooLarge(limit: limit) }
        switch status {
        case Z_STREAM_END: return output
        case Z_BUF_ERROR: throw .truncated
        case Z_DATA_ERROR, Z_NEED_DICT: throw .corrupt
        default: throw .zlib(status)
        }
    }
}
