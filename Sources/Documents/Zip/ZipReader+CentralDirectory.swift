extension ZipReader {
    /// Finds the end of central directory record and parses every central directory header.
    static func centralDirectory(of bytes: [UInt8]) throws -> [ZipEntry] {
        let reader = LittleEndianReader(bytes: bytes)
        let end = try endOfCentralDirectoryOffset(in: bytes, reader: reader)
        guard let thisDisk = reader.uint16(at: end + 4), let directoryDisk = reader.uint16(at: end + 6),
            let diskEntries = reader.uint16(at: end + 8), let totalEntries = reader.uint16(at: end + 10),
            let size = reader.uint32(at: end + 12), let offset = reader.uint32(at: end + 16)
        else { throw ZipError.malformedArchive("end of central directory record is cut off") }
        if totalEntries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw ZipError.unsupportedFeature("zip64")
        }
        guard thisDisk == 0, directoryDisk == 0, diskEntries == totalEntries else {
            throw ZipError.unsupportedFeature("archive spanning several disks")
        }
        let directoryStart = Int(offset)
        guard directoryStart + Int(size) <= end else {
            throw ZipError.malformedArchive("central directory lies outside the archive")
        }

        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(totalEntries))
        var position = directoryStart
        for _ in 0..<totalEntries {
            let (entry, next) = try centralDirectoryHeader(at: position, in: bytes, reader: reader, limit: end)
            entries.append(entry)
            position = next
        }
        return entries
    }

    /// The end record is the last 22 bytes unless an archive comment (up to 65535 bytes) follows it (4.3.16).
    private static func endOfCentralDirectoryOffset(in bytes: [UInt8], reader: LittleEndianReader) throws -> Int {
        let recordLength = ZipRecords.endOfCentralDirectoryLength
        guard bytes.count >= recordLength else { throw ZipError.malformedArchive("too short to be a ZIP archive") }
        let lowest = max(0, bytes.count - recordLength - 0xFFFF)
        var candidate = bytes.count - recordLength
        while candidate >= lowest {
            if reader.uint32(at: candidate) == ZipRecords.endOfCentralDirectorySignature,
                let commentLength = reader.uint16(at: candidate + 20),
                candidate + recordLength + Int(commentLength) <= bytes.count
            {
                return candidate
            }
            candidate -= 1
        }
        throw ZipError.malformedArchive("no end of central directory record")
    }

    private static func centralDirectoryHeader(
        at position: Int, in bytes: [UInt8], reader: LittleEndianReader, limit: Int
    ) throws -> (ZipEntry, next: Int) {
        guard reader.uint32(at: position) == ZipRecords.centralDirectorySignature,
            let flags = reader.uint16(at: position + 8), let method = reader.uint16(at: position + 10),
            let time = reader.uint16(at: position + 12), let date = reader.uint16(at: position + 14),
            let crc = reader.uint32(at: position + 16), let compressed = reader.uint32(at: position + 20),
            let uncompressed = reader.uint32(at: position + 24), let nameLength = reader.uint16(at: position + 28),
            let extraLength = reader.uint16(at: position + 30), let commentLength = reader.uint16(at: position + 32),
            let localOffset = reader.uint32(at: position + 42)
        else { throw ZipError.malformedArchive("central directory header at \(position) is damaged") }
        let nameStart = position + ZipRecords.centralDirectoryHeaderLength
        let next = nameStart + Int(nameLength) + Int(extraLength) + Int(commentLength)
        guard next <= limit else { throw ZipError.malformedArchive("central directory header at \(position) is cut off") }
        let name = entryName(bytes[nameStart..<nameStart + Int(nameLength)], isUTF8: flags & ZipRecords.flagUTF8Name != 0)
        if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
            throw ZipError.unsupportedFeature("zip64 entry \(name)")
        }
        if flags & ZipRecords.flagEncrypted != 0 {
            throw ZipError.unsupportedFeature("encrypted entry \(name)")
        }
        let entry = ZipEntry(
            name: name, method: ZipCompressionMethod(rawValue: method), crc32: crc,
            compressedSize: Int(compressed), uncompressedSize: Int(uncompressed),
            modified: DOSDateTime(date: date, time: time), flags: flags, localHeaderOffset: Int(localOffset))
        return (entry, next)
    }

    /// Names are UTF-8 when flag bit 11 says so (4.4.4); otherwise they should be code page 437, but
    /// tools write UTF-8 without the flag too, so valid UTF-8 is taken as such and anything else as Latin-1.
    private static func entryName(_ bytes: ArraySlice<UInt8>, isUTF8: Bool) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if isUTF8 { return String(decoding: bytes, as: UTF8.self) }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}
