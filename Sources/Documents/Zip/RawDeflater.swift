import CZlib

/// A raw deflate stream (RFC 1951, no zlib or gzip wrapper), as ZIP method 8 stores data.
/// Used by one writer on one thread; reset between entries rather than reallocated.
final class RawDeflater {
    let level: Int32
    private let stream: UnsafeMutablePointer<z_stream>
    private let output: UnsafeMutablePointer<UInt8>
    private static let outputCapacity = 64 * 1024

    init(level: Int32) throws(ZipError) {
        self.level = level
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        output = .allocate(capacity: Self.outputCapacity)
        // windowBits -15: a raw deflate stream with a 32 KiB window (zlib manual, deflateInit2).
        let status = czlib_deflateInit2(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY)
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            output.deallocate()
            throw .zlibFailed(status)
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        output.deallocate()
    }

    /// Starts a new stream with the same level.
    func reset() throws(ZipError) {
        let status = deflateReset(stream)
        guard status == Z_OK else { throw .zlibFailed(status) }
    }

    /// Compresses `input` (at most 4 GiB), ending the stream when `finish` is set, and hands each
    /// chunk of compressed output to `emit` (valid only during the call).
    func compress(
        _ input: UnsafeBufferPointer<UInt8>, finish: Bool,
        emit: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        defer { stream.pointee.next_in = nil }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.pointee.avail_in = uInt(input.count)
        let flush = finish ? Z_FINISH : Z_NO_FLUSH
        while true {
            stream.pointee.next_out = output
            stream.pointee.avail_out = uInt(Self.outputCapacity)
            let status = deflate(stream, flush)
            let produced = Self.outputCapacity - Int(stream.pointee.avail_out)
            stream.pointee.next_out = nil
            guard status == Z_OK || status == Z_STREAM_END || (status == Z_BUF_ERROR && produced > 0) else {
                throw ZipError.zlibFailed(status)
            }
            if produced > 0 { try emit(UnsafeBufferPointer(start: output, count: produced)) }
            if finish {
                if status == Z_STREAM_END { return }
            } else if stream.pointee.avail_out != 0 {
                return  // all input consumed and no output pending (zlib's zpipe.c loop condition)
            }
        }
    }
}
