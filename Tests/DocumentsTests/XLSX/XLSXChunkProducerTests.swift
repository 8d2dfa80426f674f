import Testing

@testable import Documents

struct XLSXChunkProducerTests {
    @Test func chunksPulledOneByOneMakeTheWholeWorkbook() throws {
        var next = 0
        let producer = XLSXChunkProducer(sheetName: "Tarik", columns: [XLSXColumn("Nomor"), XLSXColumn("Teks")]) {
            guard next < 30_000 else { return nil }
            defer { next += 1 }
            return [.integer(next), .text("baris \(next * 7_919 % 100_003)")]
        }
        var file: [UInt8] = []
        var chunks = 0
        var largest = 0
        while let chunk = try producer.nextChunk() {
            #expect(!chunk.isEmpty)
            file += chunk
            chunks += 1
            largest = max(largest, chunk.count)
            // Rows are pulled only as far as the chunks asked for need them.
            if chunks == 1 { #expect(next < 30_000) }
        }
        #expect(try producer.nextChunk() == nil)
        #expect(chunks > 3)
        #expect(largest <= 2 * 64 * 1024)
        let rows = try XLSXReader(bytes: file).rows(inSheet: "Tarik")
        #expect(rows.count == 30_001)
        #expect(rows[12_346] == XLSXRow(number: 12_347, values: [.number(12_345), .text("baris \(12_345 * 7_919 % 100_003)")]))
    }

    @Test func aFailureEndsTheProduction() throws {
        struct DatabaseGone: Error {}
        var next = 0
        let producer = XLSXChunkProducer(sheetName: "Gagal", columns: [XLSXColumn("Teks")]) {
            next += 1
            if next > 20_000 { throw DatabaseGone() }
            return [.text("baris \(next) dengan teks yang agak panjang \(next * 31)")]
        }
        #expect(throws: DatabaseGone.self) {
            while try producer.nextChunk() != nil {}
        }
        #expect(throws: XLSXError.writerClosed) { try producer.nextChunk() }
    }

    @Test func anInvalidCellStopsTheFileInsteadOfSkippingTheRow() throws {
        var next = 0
        let producer = XLSXChunkProducer(sheetName: "Tanggal", columns: [XLSXColumn("Tanggal")]) {
            next += 1
            return next == 3 ? [.date(year: 2023, month: 2, day: 30)] : next < 5 ? [.date(year: 2023, month: 1, day: next)] : nil
        }
        #expect(throws: XLSXError.invalidDate(cell: "A4")) { try producer.nextChunk() }
        #expect(throws: XLSXError.writerClosed) { try producer.nextChunk() }
    }
}
