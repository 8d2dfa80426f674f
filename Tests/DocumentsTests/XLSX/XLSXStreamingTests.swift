import Foundation
import Testing

@testable import Documents

struct XLSXStreamingTests {
    /// Counts what reaches the sink without keeping it, and the largest chunk handed over.
    final class CountingSink {
        private(set) var total = 0
        private(set) var largestChunk = 0
        private(set) var chunks = 0

        var sink: ByteSink {
            ByteSink { chunk in
                self.total += chunk.count
                self.largestChunk = max(self.largestChunk, chunk.count)
                self.chunks += 1
            }
        }
    }

    @Test func oneHundredThousandRowsOfTenColumnsStreamInBoundedMemory() throws {
        let counter = CountingSink()
        let writer = XLSXWriter(sink: counter.sink, timeZone: XLSXTestWorkbooks.jakarta)
        try writer.startSheet(named: "Besar", columns: (1...10).map { XLSXColumn("Kolom \($0)") })
        var largestBuffer = 0
        for row in 0..<100_000 {
            try writer.addRow([
                .text(String(3_402_010_101_900_000 + row)), .text("Penerima \(row)"), .integer(row), .decimal(Double(row) / 4),
                .date(year: 2000 + row % 20, month: 1 + row % 12, day: 1 + row % 28), .boolean(row.isMultiple(of: 2)),
                .text("Bantul"), .integer(-row), .empty, .text("Catatan & <lain>"),
            ])
            largestBuffer = max(largestBuffer, writer.buffer.capacity)
            if row == 10_000 {
                // Bytes flow out as rows arrive, not at the end.
                #expect(counter.total > 0)
            }
        }
        try writer.finish()
        #expect(writer.rowCount == 0)  // no open sheet after finish
        // The writer never holds more than its flush threshold plus one row, whatever the row count;
        // the sink gets ZIP output chunks of at most 64 KiB.
        #expect(largestBuffer < 2 * XLSXWriter.flushThreshold)
        #expect(counter.largestChunk <= 64 * 1024)
        #expect(counter.chunks > 50)
        #expect(counter.total > 2_000_000)
    }
}
