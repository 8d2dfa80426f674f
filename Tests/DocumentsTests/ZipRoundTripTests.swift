import Foundation
import Testing

@testable import Documents

/// Collects what a writer sends to its sink.
final class ByteCollector {
    private(set) var bytes: [UInt8] = []
    private(set) var writes = 0

    var sink: ByteSink {
        ByteSink { chunk in
            self.bytes.append(contentsOf: chunk)
            self.writes += 1
        }
    }
}

/// Runs python3's zipfile module on archives we write, when python3 is installed.
enum ExternalZipCheck {
    static var python3: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/python3" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Exit status and output of `python3 -c script path`, or nil (with a printed note) without python3.
    static func run(_ script: String, on path: String) throws -> (status: Int32, output: String)? {
        guard let python3 else {
            print("note: python3 not found; skipping the external check of \(path)")
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python3)
        process.arguments = ["-c", script, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static func temporaryPath(_ suffix: String) -> String {
        NSTemporaryDirectory() + "dinsos-\(UUID().uuidString)\(suffix)"
    }
}

struct ZipRoundTripTests {
    static let jakarta = TimeZone(identifier: "Asia/Jakarta")!
    static let modified = Date(timeIntervalSince1970: 1_710_472_831)  // 2024-03-15 10:20:31 WIB

    static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
    }

    static let compressible = Array(
        String(repeating: "NIK 3402010101900001;Kalurahan Trirenggo;Bantul;Penerima PKH\n", count: 80_000).utf8)

    @Test func wholeEntriesComeBackByteForByte() throws {
        let binary = Self.randomBytes(100_000, seed: 7) + (0...255).map(UInt8.init)
        let entries: [(String, [UInt8])] = [
            ("kosong.txt", []),
            ("data/acak.bin", binary),
            ("laporan/besar.csv", Self.compressible),
            ("berkas/ringkasan é 日本 ✓.txt", Array("Tanah Air".utf8)),
        ]
        let collector = ByteCollector()
        let writer = ZipWriter(sink: collector.sink, timeZone: Self.jakarta)
        for (name, contents) in entries {
            try writer.addEntry(named: name, contents: contents, modified: Self.modified)
        }
        try writer.finish()

        let reader = try ZipReader(bytes: collector.bytes)
        #expect(reader.entries.map(\.name) == entries.map(\.0))
        for (name, contents) in entries {
            #expect(try reader.contents(ofEntryNamed: name) == contents)
        }
        let big = try #require(reader.entry(named: "laporan/besar.csv"))
        #expect(big.method == .deflated)
        #expect(big.compressedSize * 50 < big.uncompressedSize)
        #expect(reader.entry(named: "data/acak.bin")?.method == .stored)  // random bytes do not shrink
        #expect(reader.entry(named: "kosong.txt")?.uncompressedSize == 0)
        #expect(reader.entry(named: "berkas/ringkasan é 日本 ✓.txt").map { $0.flags & 0x0800 != 0 } == true)
        #expect(reader.entry(named: "kosong.txt").map { $0.flags & 0x0800 } == 0)
    }

    @Test func streamedEntriesUseDataDescriptorsAndReadBack() throws {
        let collector = ByteCollector()
        let writer = ZipWriter(sink: collector.sink, timeZone: Self.jakarta)
        try writer.beginEntry(named: "mengalir.csv", modified: Self.modified)
        var offset = 0
        while offset < Self.compressible.count {
            let end = min(Self.compressible.count, offset + 997)
            try writer.write(Self.compressible[offset..<end])
            offset = end
        }
        try writer.endEntry()
        try writer.beginEntry(named: "kosong-mengalir.txt", modified: Self.modified)
        try writer.endEntry()
        try writer.addEntry(named: "sesudahnya.txt", contents: Array("ok".utf8), modified: Self.modified)
        try writer.finish()

        // The sink got large chunks, not one call per row.
        #expect(collector.writes < collector.bytes.count / 1000 + 2)
        let reader = try ZipReader(bytes: collector.bytes)
        let streamed = try #require(reader.entry(named: "mengalir.csv"))
        #expect(streamed.flags & 0x0008 != 0)
        #expect(streamed.uncompressedSize == Self.compressible.count)
        #expect(try reader.contents(of: streamed) == Self.compressible)
        #expect(try reader.contents(ofEntryNamed: "kosong-mengalir.txt") == [])
        #expect(try reader.contents(ofEntryNamed: "sesudahnya.txt") == Array("ok".utf8))
    }

    @Test func headersRecordLocalWallClockTime() throws {
        let collector = ByteCollector()
        let writer = ZipWriter(sink: collector.sink, timeZone: Self.jakarta)
        try writer.addEntry(named: "a.txt", contents: [1], modified: Self.modified)
        try writer.finish()
        let time = try #require(try ZipReader(bytes: collector.bytes).entries.first?.modified)
        #expect([time.year, time.month, time.day, time.hour, time.minute, time.second] as [Int] == [2024, 3, 15, 10, 20, 30])
    }

    @Test func datesOutsideTheDOSRangeAreClamped() {
        let early = DOSDateTime(year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0)
        #expect([early.year, early.month, early.day] as [Int] == [1980, 1, 1])
        let late = DOSDateTime(year: 2200, month: 1, day: 1, hour: 0, minute: 0, second: 0)
        #expect([late.year, late.month, late.day, late.hour] as [Int] == [2107, 12, 31, 23])
    }

    @Test func fileDescriptorSinkWritesAnArchivePythonAccepts() throws {
        let path = ExternalZipCheck.temporaryPath(".zip")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        let writer = ZipWriter(sink: .fileDescriptor(descriptor), timeZone: Self.jakarta)
        try writer.addEntry(named: "kosong.txt", contents: [])
        try writer.addEntry(named: "acak.bin", contents: Self.randomBytes(70_000, seed: 3))
        try writer.beginEntry(named: "nama/ü é.csv")
        try writer.write(Self.compressible)
        try writer.endEntry()
        try writer.finish()
        close(descriptor)

        let reader = try ZipReader(contentsOfFile: path)
        #expect(try reader.contents(ofEntryNamed: "nama/ü é.csv") == Self.compressible)
        let script = """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            bad = z.testzip()
            if bad is not None: sys.exit("bad entry: " + bad)
            print("|".join(z.namelist()))
            """
        if let result = try ExternalZipCheck.run(script, on: path) {
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "kosong.txt|acak.bin|nama/ü é.csv")
        }
    }

    @Test func readerFindsTheEndRecordBehindAnArchiveComment() throws {
        let collector = ByteCollector()
        let writer = ZipWriter(sink: collector.sink)
        try writer.addEntry(named: "a.txt", contents: Array("isi".utf8))
        try writer.finish()
        var bytes = collector.bytes
        let comment = Array("komentar arsip PK\u{05}\u{06}".utf8)
        bytes[bytes.count - 2] = UInt8(comment.count)
        bytes += comment
        #expect(try ZipReader(bytes: bytes).contents(ofEntryNamed: "a.txt") == Array("isi".utf8))
    }
}
