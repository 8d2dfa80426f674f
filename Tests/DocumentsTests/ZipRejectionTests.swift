import Foundation
import Testing

@testable import Documents

struct ZipRejectionTests {
    /// An archive with a stored entry `s.txt` then a deflated entry `d.txt`.
    static func archive() throws -> [UInt8] {
        let collector = ByteCollector()
        let writer = ZipWriter(sink: collector.sink)
        try writer.addEntry(named: "s.txt", contents: Array("disimpan apa adanya".utf8), compression: .stored)
        try writer.addEntry(named: "d.txt", contents: ZipRoundTripTests.compressible)
        try writer.finish()
        return collector.bytes
    }

    /// Offset of the central directory header of entry `index`.
    static func centralHeader(_ index: Int, in bytes: [UInt8]) -> Int {
        let reader = LittleEndianReader(bytes: bytes)
        var position = Int(reader.uint32(at: bytes.count - 6)!)
        for _ in 0..<index {
            position += 46 + Int(reader.uint16(at: position + 28)!)
        }
        return position
    }

    @Test func corruptedStoredDataFailsTheCRCCheck() throws {
        var bytes = try Self.archive()
        bytes[30 + "s.txt".utf8.count + 3] ^= 0x20
        let reader = try ZipReader(bytes: bytes)
        #expect {
            try reader.contents(ofEntryNamed: "s.txt")
        } throws: { error in
            guard case ZipError.crcMismatch(name: "s.txt", _, _) = error else { return false }
            return true
        }
        #expect(try reader.contents(ofEntryNamed: "d.txt") == ZipRoundTripTests.compressible)
    }

    @Test func wrongRecordedCRCOfADeflatedEntryIsDetected() throws {
        var bytes = try Self.archive()
        bytes[Self.centralHeader(1, in: bytes) + 16] ^= 0x01
        let reader = try ZipReader(bytes: bytes)
        #expect {
            try reader.contents(ofEntryNamed: "d.txt")
        } throws: { error in
            guard case ZipError.crcMismatch(name: "d.txt", _, _) = error else { return false }
            return true
        }
    }

    @Test func anEntryLargerThanTheLimitIsNotInflated() throws {
        let reader = try ZipReader(bytes: Self.archive())
        #expect(throws: ZipError.entryTooLarge(name: "d.txt", size: ZipRoundTripTests.compressible.count, limit: 1000)) {
            try reader.contents(ofEntryNamed: "d.txt", sizeLimit: 1000)
        }
    }

    @Test func anEntryInflatingPastItsRecordedSizeIsCorrupt() throws {
        var bytes = try Self.archive()
        let header = Self.centralHeader(1, in: bytes)
        bytes[header + 24...header + 27] = [0x10, 0x00, 0x00, 0x00]  // recorded size 16
        let reader = try ZipReader(bytes: bytes)
        #expect(throws: ZipError.corruptEntry("d.txt: longerThanRecorded")) {
            try reader.contents(ofEntryNamed: "d.txt")
        }
    }

    @Test func truncatedDeflateDataIsCorrupt() throws {
        var bytes = try Self.archive()
        let header = Self.centralHeader(1, in: bytes)
        bytes[header + 20...header + 23] = [0x08, 0x00, 0x00, 0x00]  // only 8 compressed bytes
        let reader = try ZipReader(bytes: bytes)
        #expect(throws: ZipError.corruptEntry("d.txt: truncated")) {
            try reader.contents(ofEntryNamed: "d.txt")
        }
    }

    @Test(arguments: [
        (offset: 10, value: [0x0C, 0x00] as [UInt8], expected: ZipError.unsupportedCompressionMethod(name: "s.txt", method: 12)),
        (offset: 8, value: [0x01, 0x00], expected: ZipError.unsupportedFeature("encrypted entry s.txt")),
        (offset: 20, value: [0xFF, 0xFF, 0xFF, 0xFF], expected: ZipError.unsupportedFeature("zip64 entry s.txt")),
    ])
    func unsupportedEntriesAreRefused(offset: Int, value: [UInt8], expected: ZipError) throws {
        var bytes = try Self.archive()
        let header = Self.centralHeader(0, in: bytes)
        bytes.replaceSubrange(header + offset..<header + offset + value.count, with: value)
        #expect(throws: expected) {
            try ZipReader(bytes: bytes).contents(ofEntryNamed: "s.txt")
        }
    }

    @Test func bytesThatAreNoArchiveAreRefused() throws {
        #expect(throws: ZipError.malformedArchive("too short to be a ZIP archive")) { try ZipReader(bytes: [0x50, 0x4B]) }
        #expect(throws: ZipError.malformedArchive("no end of central directory record")) {
            try ZipReader(bytes: ZipRoundTripTests.randomBytes(5000, seed: 11))
        }
        let bytes = try Self.archive()
        #expect(throws: ZipError.self) { try ZipReader(bytes: Array(bytes[..<(bytes.count / 2)])) }
        #expect(throws: ZipError.entryNotFound("tidak-ada.txt")) {
            try ZipReader(bytes: bytes).contents(ofEntryNamed: "tidak-ada.txt")
        }
    }

    @Test func aCentralDirectoryPointingOutsideTheFileIsRefused() throws {
        var bytes = try Self.archive()
        bytes[bytes.count - 6...bytes.count - 3] = [0xF0, 0xFF, 0xFF, 0x7F]
        #expect(throws: ZipError.malformedArchive("central directory lies outside the archive")) {
            try ZipReader(bytes: bytes)
        }
    }

    @Test func aLocalHeaderOffsetPointingAnywhereIsRefused() throws {
        var bytes = try Self.archive()
        let header = Self.centralHeader(0, in: bytes)
        bytes[header + 42...header + 45] = [0x05, 0x00, 0x00, 0x00]
        #expect(throws: ZipError.malformedArchive("no local header for s.txt")) {
            try ZipReader(bytes: bytes).contents(ofEntryNamed: "s.txt")
        }
    }

    @Test(arguments: ["", "/mutlak.txt", "../keluar.txt", "a/../../b", "windows\\path.txt", "nul\u{0}.txt"])
    func unsafeEntryNamesAreRefused(name: String) throws {
        let writer = ZipWriter(sink: ByteCollector().sink)
        #expect(throws: ZipError.invalidEntryName(name)) { try writer.addEntry(named: name, contents: []) }
        try writer.addEntry(named: "masih-bisa.txt", contents: [])  // a refused name leaves the writer usable
    }

    @Test func writerMisuseIsReportedNotIgnored() throws {
        let writer = ZipWriter(sink: ByteCollector().sink)
        #expect(throws: ZipError.noOpenEntry) { try writer.write([1, 2, 3]) }
        #expect(throws: ZipError.noOpenEntry) { try writer.endEntry() }
        try writer.addEntry(named: "a.txt", contents: [1])
        #expect(throws: ZipError.duplicateEntryName("a.txt")) { try writer.addEntry(named: "a.txt", contents: [2]) }
        try writer.beginEntry(named: "b.txt")
        #expect(throws: ZipError.entryStillOpen("b.txt")) { try writer.addEntry(named: "c.txt", contents: []) }
        #expect(throws: ZipError.entryStillOpen("b.txt")) { try writer.finish() }
        try writer.endEntry()
        try writer.finish()
        #expect(throws: ZipError.writerClosed) { try writer.addEntry(named: "d.txt", contents: []) }
        #expect(throws: ZipError.writerClosed) { try writer.finish() }
    }

    struct DiskFull: Error, Equatable {}

    @Test func aFailingSinkClosesTheWriter() throws {
        var accepted = 0
        let writer = ZipWriter(
            sink: ByteSink { chunk in
                accepted += chunk.count
                if accepted > 100_000 { throw DiskFull() }
            })
        try writer.beginEntry(named: "besar.bin")
        #expect(throws: DiskFull.self) {
            for seed in 0..<20 { try writer.write(ZipRoundTripTests.randomBytes(50_000, seed: UInt64(seed))) }
        }
        #expect(throws: ZipError.writerClosed) { try writer.endEntry() }
    }

    @Test func aFileDescriptorThatCannotBeWrittenReportsErrno() throws {
        let writer = ZipWriter(sink: .fileDescriptor(-1))
        try writer.addEntry(named: "a.txt", contents: [1])
        #expect(throws: ByteSinkError.writeFailed(errno: EBADF)) { try writer.finish() }
    }
}
