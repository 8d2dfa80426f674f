import Foundation

/// Reads a ZIP archive held in memory: the central directory (APPNOTE.TXT 4.3.12) lists the
/// entries; stored and deflated entries are extracted with their CRC-32 checked. ZIP32 only;
/// zip64, encryption and multi-disk archives are refused. Safe for untrusted input: every offset
/// is bounds-checked and an entry is never inflated past its recorded size or the caller's limit.
package struct ZipReader: Sendable {
    /// The entries in central directory order.
    package let entries: [ZipEntry]
    private let bytes: [UInt8]

    /// The largest entry `contents(of:)` inflates unless told otherwise: 256 MiB.
    package static let defaultSizeLimit = 256 * 1024 * 1024

    /// Parses the central directory of the archive in `bytes`.
    package init(bytes: [UInt8]) throws {
        self.bytes = bytes
        entries = try Self.centralDirectory(of: bytes)
    }

    /// Reads the archive file at `path` into memory and parses it.
    package init(contentsOfFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ZipError.unreadableFile(path)
        }
        try self.init(bytes: [UInt8](data))
    }

    /// The first entry with this exact name.
    package func entry(named name: String) -> ZipEntry? {
        entries.first { $0.name == name }
    }

    /// The uncompressed contents of the entry named `name`.
    package func contents(ofEntryNamed name: String, sizeLimit: Int = defaultSizeLimit) throws -> [UInt8] {
        guard let entry = entry(named: name) else { throw ZipError.entryNotFound(name) }
        return try contents(of: entry, sizeLimit: sizeLimit)
    }

    /// The uncompressed contents of `entry`, checked against its CRC-32.
    package func contents(of entry: ZipEntry, sizeLimit: Int = defaultSizeLimit) throws -> [UInt8] {
        guard entry.uncompressedSize <= sizeLimit else {
            throw ZipError.entryTooLarge(name: entry.name, size: entry.uncompressedSize, limit: sizeLimit)
        }
        let data = try dataRange(of: entry)
        let contents: [UInt8]
        switch entry.method {
        case .stored:
            guard entry.compressedSize == entry.uncompressedSize else {
                throw ZipError.corruptEntry("\(entry.name): stored sizes differ")
            }
            contents = Array(bytes[data])
        case .deflated:
            do {
                contents = try RawInflater.inflate(bytes[data], expectedSize: entry.uncompressedSize)
            } catch {
                throw ZipError.corruptEntry("\(entry.name): \(error)")
            }
        default:
            throw ZipError.unsupportedCompressionMethod(name: entry.name, method: entry.method.rawValue)
        }
        let actual = CRC32.checksum(contents)
        guard actual == entry.crc32 else {
            throw ZipError.crcMismatch(name: entry.name, expected: entry.crc32, actual: actual)
        }
        return contents
    }

    /// Where the entry's data lies, after its local header (whose name and extra lengths may differ
    /// from the central directory's, 4.3.7).
    private func dataRange(of entry: ZipEntry) throws -> Range<Int> {
        let reader = LittleEndianReader(bytes: bytes)
        let header = entry.localHeaderOffset
        guard reader.uint32(at: header) == ZipRecords.localFileHeaderSignature,
            let nameLength = reader.uint16(at: header + 26), let extraLength = reader.uint16(at: header + 28)
        else { throw ZipError.malformedArchive("no local header for \(entry.name)") }
        let start = header + ZipRecords.localFileHeaderLength + Int(nameLength) + Int(extraLength)
        let (end, overflow) = start.addingReportingOverflow(entry.compressedSize)
        guard !overflow, end <= bytes.count else {
            throw ZipError.malformedArchive("data of \(entry.name) runs past the end")
        }
        return start..<end
    }
}
