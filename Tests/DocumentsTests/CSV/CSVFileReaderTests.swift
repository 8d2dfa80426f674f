import Documents
import Foundation
import Testing

@Suite struct CSVFileReaderTests {
    private static func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dinsos-csv-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private static func readAll(_ path: String, chunkSize: Int) throws -> [CSVRecord] {
        let reader = try CSVFileReader(path: path, chunkSize: chunkSize)
        var records: [CSVRecord] = []
        try reader.forEach { records.append($0) }
        return records
    }

    @Test(arguments: [1, 2, 3, 7, 64 * 1024])
    func chunkSizeDoesNotChangeTheRecords(chunkSize: Int) throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("kode;nama\r\n34;\"DIY; \"\"Yogya\"\"\r\nbaru\"\r\n34.02;Bantul".utf8)
        let path = try Self.temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let records = try Self.readAll(path, chunkSize: chunkSize)
        #expect(records == (try CSVParser.parse(bytes)))
        #expect(records.map(\.fields) == [["kode", "nama"], ["34", "DIY; \"Yogya\"\r\nbaru"], ["34.02", "Bantul"]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func aLargeFileIsReadRecordByRecord() throws {
        var writer = CSVWriter()
        writer.write(["code", "name"])
        for index in 0..<20_000 { writer.write(["34.02.\(index)", "Wilayah \"\(index)\", baris"]) }
        let path = try Self.temporaryFile(writer.bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVFileReader(path: path, chunkSize: 4096)
        #expect(try reader.next()?.fields == ["code", "name"])
        var count = 0
        var last: CSVRecord?
        while let record = try reader.next() {
            count += 1
            last = record
        }
        #expect(count == 20_000)
        #expect(last == CSVRecord(line: 20_001, fields: ["34.02.19999", "Wilayah \"19999\", baris"]))
        #expect(reader.delimiter == .comma)
        #expect(try reader.next() == nil)
    }

    @Test func aMissingFileIsUnreadable() {
        #expect {
            try CSVFileReader(path: "/nonexistent/dinsos/wilayah.csv")
        } throws: { error in
            guard case .unreadableFile(let path, _) = error as? CSVError else { return false }
            return path == "/nonexistent/dinsos/wilayah.csv"
        }
    }

    @Test func anUnterminatedQuoteSurfacesAtTheEnd() throws {
        let path = try Self.temporaryFile(Array("a,b\n1,2\n\"open,3\n4,5\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVFileReader(path: path, chunkSize: 3)
        #expect(try reader.next()?.line == 1)
        #expect(try reader.next()?.line == 2)
        #expect(throws: CSVError.unterminatedQuote(line: 3)) { try reader.next() }
    }

    @Test func closingEarlyEndsTheRecords() throws {
        let path = try Self.temporaryFile(Array("a\nb\nc\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVFileReader(path: path, chunkSize: 2)
        #expect(try reader.next()?.fields == ["a"])
        reader.close()
        while try reader.next() != nil {}
        #expect(try reader.next() == nil)
    }
}
