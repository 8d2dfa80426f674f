package import Foundation

/// Writes a ZIP archive (APPNOTE.TXT 6.3) to a sink as it goes. Whole entries are compressed in
/// memory and written with their sizes in the local header; streamed entries (`beginEntry`,
/// `write`, `endEntry`) are deflated chunk by chunk and followed by a data descriptor (flag bit 3),
/// so only zlib's window and a 64 KiB buffer are held. ZIP32 only: an archive that would pass
/// 4 GiB or 65535 entries is refused with `ZipError.exceedsZip32Limits`.
/// Not thread-safe: one writer belongs to one task at a time.
package final class ZipWriter {
    private var output: ZipOutput
    private let timeZone: TimeZone
    private var entries: [ZipEntry] = []
    private var names: Set<String> = []
    private var state = State.ready
    private var deflater: RawDeflater?

    private enum State {
        case ready
        case streaming(StreamedEntry)
        case closed
    }

    private struct StreamedEntry {
        var entry: ZipEntry
        var crc = CRC32()
    }

    /// A writer sending the archive to `sink`; entry times are recorded as wall-clock time in `timeZone`.
    package init(sink: ByteSink, timeZone: TimeZone = .current) {
        output = ZipOutput(sink: sink)
        self.timeZone = timeZone
    }

    /// Entries written so far, in order.
    package var writtenEntries: [ZipEntry] { entries }

    /// Adds a complete entry; with `.deflated` it is stored uncompressed when deflate would not shrink it.
    package func addEntry(
        named name: String, contents: [UInt8], modified: Date = Date(), compression: ZipCompression = .standard
    ) throws {
        try requireReady()
        let nameBytes = try validatedName(name)
        guard contents.count <= ZipRecords.maximumZip32Value else {
            throw ZipError.exceedsZip32Limits("entry \(name) is \(contents.count) bytes")
        }
        try failingClosed {
            var method = ZipCompressionMethod.stored
            var data = contents
            if case .deflated(let level) = compression, !contents.isEmpty {
                if let deflated = try deflate(contents, level: level), deflated.count < contents.count {
                    method = .deflated
                    data = deflated
                }
            }
            let entry = try makeEntry(
                name: name, nameBytes: nameBytes, method: method, flags: 0, modified: modified,
                crc: CRC32.checksum(contents), compressedSize: data.count, uncompressedSize: contents.count)
            try output.append(ZipRecords.localFileHeader(entry, nameBytes: nameBytes))
            try output.append(data)
            record(entry)
        }
    }

    /// Opens a streamed, deflated entry; feed it with `write` and close it with `endEntry`.
    package func beginEntry(named name: String, modified: Date = Date(), level: Int32 = 6) throws {
        try requireReady()
        let nameBytes = try validatedName(name)
        try failingClosed {
            try prepareDeflater(level: level)
            let entry = try makeEntry(
                name: name, nameBytes: nameBytes, method: .deflated, flags: ZipRecords.flagDataDescriptor,
                modified: modified, crc: 0, compressedSize: 0, uncompressedSize: 0)
            try output.append(ZipRecords.localFileHeader(entry, nameBytes: nameBytes))
            state = .streaming(StreamedEntry(entry: entry))
        }
    }

    /// Appends bytes to the open streamed entry.
    package func write(_ bytes: some Collection<UInt8>) throws {
        let written: Void? = try bytes.withContiguousStorageIfAvailable { try write(buffer: $0) }
        if written == nil {
            try Array(bytes).withUnsafeBufferPointer { try write(buffer: $0) }
        }
    }

    /// Ends the open streamed entry: flushes the deflate stream and writes the data descriptor.
    package func endEntry() throws {
        guard case .streaming(var open) = state else { throw stateError() }
        try failingClosed {
            try compressStreamed(UnsafeBufferPointer(start: nil, count: 0), into: &open, finish: true)
            open.entry.crc32 = open.crc.value
            try output.append(ZipRecords.dataDescriptor(open.entry))
            record(open.entry)
            state = .ready
        }
    }

    /// Writes the central directory and the end record, and flushes the sink; the writer is closed after.
    package func finish() throws {
        try requireReady()
        try failingClosed {
            let directoryOffset = output.offset
            guard directoryOffset <= ZipRecords.maximumZip32Value else {
                throw ZipError.exceedsZip32Limits("central directory would start past 4 GiB")
            }
            for entry in entries {
                try output.append(ZipRecords.centralDirectoryHeader(entry))
            }
            let directorySize = output.offset - directoryOffset
            guard directorySize <= ZipRecords.maximumZip32Value else {
                throw ZipError.exceedsZip32Limits("central directory is larger than 4 GiB")
            }
            try output.append(
                ZipRecords.endOfCentralDirectory(
                    entryCount: entries.count, directorySize: directorySize, directoryOffset: directoryOffset))
            try output.flush()
            state = .closed
            deflater = nil
        }
    }

    private func write(buffer: UnsafeBufferPointer<UInt8>) throws {
        guard case .streaming(var open) = state else { throw stateError() }
        try failingClosed {
            open.crc.update(buffer)
            open.entry.uncompressedSize += buffer.count
            guard open.entry.uncompressedSize <= ZipRecords.maximumZip32Value else {
                throw ZipError.exceedsZip32Limits("entry \(open.entry.name) passed 4 GiB")
            }
            // zlib counts input in a 32-bit uInt; feed it at most 1 GiB at a time.
            var start = 0
            while start < buffer.count {
                let end = min(buffer.count, start + (1 << 30))
                try compressStreamed(UnsafeBufferPointer(rebasing: buffer[start..<end]), into: &open, finish: false)
                start = end
            }
            state = .streaming(open)
        }
    }

    private func compressStreamed(
        _ input: UnsafeBufferPointer<UInt8>, into open: inout StreamedEntry, finish: Bool
    ) throws {
        guard let deflater else { throw ZipError.writerClosed }
        var compressed = open.entry.compressedSize
        try deflater.compress(input, finish: finish) { chunk in
            compressed += chunk.count
            guard compressed <= ZipRecords.maximumZip32Value else {
                throw ZipError.exceedsZip32Limits("entry \(open.entry.name) compressed past 4 GiB")
            }
            try output.append(chunk)
        }
        open.entry.compressedSize = compressed
    }

    /// The raw deflate stream of `contents`, or nil as soon as it grows past them (then stored is smaller).
    private func deflate(_ contents: [UInt8], level: Int32) throws -> [UInt8]? {
        try prepareDeflater(level: level)
        guard let deflater else { throw ZipError.writerClosed }
        var compressed: [UInt8] = []
        do {
            try deflateAll(contents, with: deflater, into: &compressed)
        } catch is DeflateGrew {
            return nil
        }
        return compressed
    }

    private func deflateAll(_ contents: [UInt8], with deflater: RawDeflater, into compressed: inout [UInt8]) throws {
        try contents.withUnsafeBufferPointer { buffer in
            var start = 0
            repeat {
                let end = min(buffer.count, start + (1 << 30))
                try deflater.compress(
                    UnsafeBufferPointer(rebasing: buffer[start..<end]), finish: end == buffer.count
                ) { chunk in
                    compressed.append(contentsOf: chunk)
                    if compressed.count >= contents.count { throw DeflateGrew() }
                }
                start = end
            } while start < buffer.count
        }
    }

    private func prepareDeflater(level: Int32) throws {
        if let deflater, deflater.level == level {
            try deflater.reset()
        } else {
            deflater = try RawDeflater(level: level)
        }
    }

    private func makeEntry(
        name: String, nameBytes: [UInt8], method: ZipCompressionMethod, flags: UInt16, modified: Date,
        crc: UInt32, compressedSize: Int, uncompressedSize: Int
    ) throws -> ZipEntry {
        guard entries.count < ZipRecords.maximumEntryCount else {
            throw ZipError.exceedsZip32Limits("more than \(ZipRecords.maximumEntryCount) entries")
        }
        guard output.offset <= ZipRecords.maximumZip32Value else {
            throw ZipError.exceedsZip32Limits("entry \(name) would start past 4 GiB")
        }
        let isASCII = nameBytes.allSatisfy { $0 < 0x80 }
        return ZipEntry(
            name: name, method: method, crc32: crc, compressedSize: compressedSize,
            uncompressedSize: uncompressedSize, modified: DOSDateTime(modified, timeZone: timeZone),
            flags: flags | (isASCII ? 0 : ZipRecords.flagUTF8Name), localHeaderOffset: output.offset)
    }

    private func record(_ entry: ZipEntry) {
        entries.append(entry)
        names.insert(entry.name)
    }

    private func validatedName(_ name: String) throws -> [UInt8] {
        let bytes = Array(name.utf8)
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        // APPNOTE 4.4.17.1: relative paths, forward slashes only.
        guard !bytes.isEmpty, bytes.count <= 0xFFFF, bytes.first != UInt8(ascii: "/"),
            !bytes.contains(UInt8(ascii: "\\")), !bytes.contains(0), !parts.contains("..")
        else { throw ZipError.invalidEntryName(name) }
        guard !names.contains(name) else { throw ZipError.duplicateEntryName(name) }
        return bytes
    }

    private func requireReady() throws {
        guard case .ready = state else { throw stateError() }
    }

    private func stateError() -> ZipError {
        switch state {
        case .ready: .noOpenEntry
        case .streaming(let open): .entryStillOpen(open.entry.name)
        case .closed: .writerClosed
        }
    }

    /// Runs a step that writes; if it fails part-way the archive is inconsistent, so the writer closes.
    private func failingClosed(_ step: () throws -> Void) throws {
        do {
            try step()
        } catch {
            state = .closed
            throw error
        }
    }
}

private struct DeflateGrew: Error {}
