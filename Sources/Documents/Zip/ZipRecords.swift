/// The fixed-layout records of APPNOTE.TXT section 4.3, encoded little-endian.
enum ZipRecords {
    static let localFileHeaderSignature: UInt32 = 0x0403_4b50
    static let dataDescriptorSignature: UInt32 = 0x0807_4b50
    static let centralDirectorySignature: UInt32 = 0x0201_4b50
    static let endOfCentralDirectorySignature: UInt32 = 0x0605_4b50

    static let localFileHeaderLength = 30
    static let centralDirectoryHeaderLength = 46
    static let endOfCentralDirectoryLength = 22

    /// Largest size or offset ZIP32 can record: 0xFFFFFFFF itself means "see the zip64 field".
    static let maximumZip32Value = 0xFFFF_FFFE
    /// Largest entry count ZIP32 can record (0xFFFF means zip64).
    static let maximumEntryCount = 0xFFFE

    static let flagDataDescriptor: UInt16 = 1 << 3
    static let flagUTF8Name: UInt16 = 1 << 11
    static let flagEncrypted: UInt16 = 1 << 0

    /// Version 2.0: deflate and directories (4.4.3.2).
    static let versionNeeded: UInt16 = 20
    /// Upper byte 3 = UNIX, so the external attributes carry a file mode (4.4.2).
    static let versionMadeBy: UInt16 = 3 << 8 | 20
    /// `-rw-r--r--` regular file, in the upper 16 bits as UNIX zip tools write it.
    static let externalAttributes: UInt32 = 0o100644 << 16

    static func localFileHeader(_ entry: ZipEntry, nameBytes: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(localFileHeaderLength + nameBytes.count)
        bytes.appendLittleEndian(localFileHeaderSignature)
        bytes.appendLittleEndian(versionNeeded)
        bytes.appendLittleEndian(entry.flags)
        bytes.appendLittleEndian(entry.method.rawValue)
        bytes.appendLittleEndian(entry.modified.time)
        bytes.appendLittleEndian(entry.modified.date)
        // With a data descriptor the three fields are zero here and follow the data (4.4.4).
        let deferred = entry.flags & flagDataDescriptor != 0
        bytes.appendLittleEndian(deferred ? 0 : entry.crc32)
        bytes.appendLittleEndian(deferred ? 0 : UInt32(entry.compressedSize))
        bytes.appendLittleEndian(deferred ? 0 : UInt32(entry.uncompressedSize))
        bytes.appendLittleEndian(UInt16(nameBytes.count))
        bytes.appendLittleEndian(UInt16(0))
        bytes.append(contentsOf: nameBytes)
        return bytes
    }

    static func dataDescriptor(_ entry: ZipEntry) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        bytes.appendLittleEndian(dataDescriptorSignature)
        bytes.appendLittleEndian(entry.crc32)
        bytes.appendLittleEndian(UInt32(entry.compressedSize))
        bytes.appendLittleEndian(UInt32(entry.uncompressedSize))
        return bytes
    }

    static func centralDirectoryHeader(_ entry: ZipEntry) -> [UInt8] {
        let nameBytes = Array(entry.name.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(centralDirectoryHeaderLength + nameBytes.count)
        bytes.appendLittleEndian(centralDirectorySignature)
        bytes.appendLittleEndian(versionMadeBy)
        bytes.appendLittleEndian(versionNeeded)
        bytes.appendLittleEndian(entry.flags)
        bytes.appendLittleEndian(entry.method.rawValue)
        bytes.appendLittleEndian(entry.modified.time)
        bytes.appendLittleEndian(entry.modified.date)
        bytes.appendLittleEndian(entry.crc32)
        bytes.appendLittleEndian(UInt32(entry.compressedSize))
        bytes.appendLittleEndian(UInt32(entry.uncompressedSize))
        bytes.appendLittleEndian(UInt16(nameBytes.count))
        bytes.appendLittleEndian(UInt16(0))  // extra field length
        bytes.appendLittleEndian(UInt16(0))  // comment length
        bytes.appendLittleEndian(UInt16(0))  // disk number start
        bytes.appendLittleEndian(UInt16(0))  // internal attributes
        bytes.appendLittleEndian(externalAttributes)
        bytes.appendLittleEndian(UInt32(entry.localHeaderOffset))
        bytes.append(contentsOf: nameBytes)
        return bytes
    }

    static func endOfCentralDirectory(entryCount: Int, directorySize: Int, directoryOffset: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(endOfCentralDirectoryLength)
        bytes.appendLittleEndian(endOfCentralDirectorySignature)
        bytes.appendLittleEndian(UInt16(0))  // this disk
        bytes.appendLittleEndian(UInt16(0))  // disk with the central directory
        bytes.appendLittleEndian(UInt16(entryCount))
        bytes.appendLittleEndian(UInt16(entryCount))
        bytes.appendLittleEndian(UInt32(directorySize))
        bytes.appendLittleEndian(UInt32(directoryOffset))
        bytes.appendLittleEndian(UInt16(0))  // comment length
        return bytes
    }
}
