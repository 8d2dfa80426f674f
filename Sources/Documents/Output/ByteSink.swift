#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a document's bytes go as they are produced: a file descriptor or any closure, so a large
/// export is written out piece by piece instead of being held in memory.
package struct ByteSink {
    private let consume: (ArraySlice<UInt8>) throws -> Void

    /// A sink that hands every chunk to `consume` (a chunk is only valid for the duration of the call).
    package init(_ consume: @escaping (ArraySlice<UInt8>) throws -> Void) {
        self.consume = consume
    }

    /// A sink writing to an open, blocking file descriptor; the caller keeps ownership and closes it.
    package static func fileDescriptor(_ descriptor: Int32) -> ByteSink {
        ByteSink { chunk in try writeAll(chunk, to: descriptor) }
    }

    /// Passes `bytes` on to the sink.
    package func write(_ bytes: ArraySlice<UInt8>) throws {
        try consume(bytes)
    }

    private static func writeAll(_ chunk: ArraySlice<UInt8>, to descriptor: Int32) throws {
        try chunk.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let result = systemWrite(descriptor, buffer.baseAddress.map { $0 + done }, buffer.count - done)
                if result < 0 {
                    let code = errno
                    if code == EINTR { continue }
                    throw ByteSinkError.writeFailed(errno: code)
                }
                done += result
            }
        }
    }
}

/// Why a sink could not take bytes.
package enum ByteSinkError: Error, Equatable {
    /// `write(2)` on the descriptor failed with this errno.
    case writeFailed(errno: Int32)
}

/// `write(2)`, named apart from `ByteSink.write`.
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, pointer, count)
    #else
        Darwin.write(descriptor, pointer, count)
    #endif
}
