import CZlib

/// Inflates one raw deflate stream (RFC 1951) whose uncompressed size is known in advance.
enum RawInflater {
    enum Failure: Error, Equatable {
        case corrupt
        case truncated
        case longerThanRecorded
        case shorterThanRecorded
        case zlib(Int32)
    }

    /// Inflates `input` into exactly `expectedSize` bytes (which must be below 4 GiB).
    static func inflate(_ input: ArraySlice<UInt8>, expectedSize: Int) throws(Failure) -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer {
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        let start = czlib_inflateInit2(stream, -15)
        guard start == Z_OK else { throw .zlib(start) }
        defer { inflateEnd(stream) }

        // One byte of room past the recorded size tells "exactly that long" from "longer".
        let capacity = expectedSize + 1
        var status = Z_OK
        let output = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            input.withUnsafeBufferPointer { source in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.pointee.avail_in = uInt(source.count)
                stream.pointee.next_out = buffer.baseAddress
                stream.pointee.avail_out = uInt(capacity)
                status = CZlib.inflate(stream, Z_FINISH)
                count = capacity - Int(stream.pointee.avail_out)
                stream.pointee.next_in = nil
                stream.pointee.next_out = nil
            }
        }
        switch status {
        case Z_STREAM_END:
            guard output.count == expectedSize else {
                throw output.count > expectedSize ? .longerThanRecorded : .shorterThanRecorded
            }
            return output
        case Z_DATA_ERROR, Z_NEED_DICT:
            throw .corrupt
        case Z_OK, Z_BUF_ERROR:
            throw output.count == capacity ? .longerThanRecorded : .truncated
        default:
            throw .zlib(status)
        }
    }
}
