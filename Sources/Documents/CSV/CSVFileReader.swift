#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the records of a CSV file one at a time, holding only one chunk of the file and the
/// current record in memory, so a 100 MB export is read in constant space.
///
/// ```swift
/// let reader = try CSVFileReader(path: path)
/// while let record = try reader.next() { … }
/// ```
package final class CSVFileReader {
    private var parser: CSVParser
    private let path: String
    private var descriptor: Int32
    private var chunk: [UInt8]
    private var ready: [CSVRecord] = []
    private var readyIndex = 0
    private var reachedEnd = false

    /// Opens `path`; `delimiter: nil` detects it from the first line. `chunkSize` is the size of
    /// each read (tests make it tiny to split records everywhere).
    package init(
        path: String, delimiter: CSVDelimiter? = nil, limits: CSVLimits = CSVLimits(), chunkSize: Int = 64 * 1024
    ) throws(CSVError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadableFile(path: path, reason: Self.describe(errno)) }
        self.descriptor = descriptor
        self.path = path
        self.parser = CSVParser(delimiter: delimiter, limits: limits)
        self.chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
    }

    deinit {
        close()
    }

    /// The delimiter in use, once known (after the first line was read).
    package var delimiter: CSVDelimiter? { parser.delimiter }

    /// The next record, or nil at the end of the file.
    package func next() throws(CSVError) -> CSVRecord? {
        while readyIndex == ready.count {
            if reachedEnd { return nil }
            ready.removeAll(keepingCapacity: true)
            readyIndex = 0
            try fill()
        }
        defer { readyIndex += 1 }
        return ready[readyIndex]
    }

    /// Calls `body` with every remaining record.
    package func forEach(_ body: (CSVRecord) throws -> Void) throws {
        while let record = try next() { try body(record) }
    }

    /// Closes the file; `next()` then returns the records already read and nil.
    package func close() {
        guard descriptor >= 0 else { return }
        _ = systemClose(descriptor)
        descriptor = -1
        reachedEnd = true
    }

    /// Reads one chunk into the parser; at the end of the file, lets the parser finish.
    private func fill() throws(CSVError) {
        guard descriptor >= 0 else {
            reachedEnd = true
            return
        }
        let count = chunk.withUnsafeMutableBytes { buffer in
            var result: Int
            repeat {
                result = read(descriptor, buffer.baseAddress, buffer.count)
            } while result < 0 && errno == EINTR
            return result
        }
        if count < 0 {
            let reason = Self.describe(errno)
            close()
            throw .unreadableFile(path: path, reason: reason)
        }
        if count == 0 {
            close()
            ready += try parser.finish()
            return
        }
        try chunk.withUnsafeBufferPointer { (buffer) throws(CSVError) in
            try parser.feed(UnsafeBufferPointer(rebasing: buffer[..<count]), into: &ready)
        }
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

private func systemClose(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
        Glibc.close(descriptor)
    #else
        Darwin.close(descriptor)
    #endif
}
