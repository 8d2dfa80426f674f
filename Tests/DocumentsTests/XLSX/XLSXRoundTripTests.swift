import Foundation
import Testing

@testable import Documents

struct XLSXRoundTripTests {
    @Test func everyKindOfCellReadsBackAsWritten() throws {
        let reader = try XLSXReader(bytes: XLSXTestWorkbooks.sample())
        #expect(reader.sheetNames == ["Penerima", "Ringkasan"])
        let rows = try reader.rows()
        #expect(rows.count == XLSXTestWorkbooks.awkwardTexts.count + 2)
        #expect(rows[0] == XLSXRow(number: 1, values: XLSXTestWorkbooks.columns.map { .text($0.title) }))
        let stamp = XLSXDateTime(year: 2024, month: 3, day: 15, hour: 10, minute: 20, second: 30)
        for (index, text) in XLSXTestWorkbooks.awkwardTexts.enumerated() {
            let row = rows[index + 1]
            #expect(row.number == index + 2)
            // CR LF inside text comes back as it was written: CR is escaped as &#13;.
            #expect(
                row.values == [
                    .text("34020101019000\(10 + index)"), .text(text), .number(Double(index * 1000 - 2000)),
                    .number(Double(index) + 0.25), .date(XLSXDateTime(year: 1990 + index, month: 2, day: 28)),
                    .date(stamp), .boolean(index.isMultiple(of: 2)),
                ])
        }
        // NaN cannot be stored: the cell stays empty, and the gaps are empty too.
        let last = try #require(rows.last)
        #expect(last.values == [.text("3402010101900099"), .empty, .empty, .empty, .empty, .empty, .boolean(false)])
        #expect(try reader.rows(inSheet: "ringkasan") == [XLSXRow(number: 1, values: [.text("Jumlah baris"), .number(8)])])
    }

    @Test func aSixteenDigitNIKStaysTextWithEveryDigit() throws {
        let collector = ByteCollector()
        let writer = XLSXWriter(sink: collector.sink)
        try writer.startSheet(named: "NIK", columns: [XLSXColumn("NIK")])
        try writer.addRow([.text("3402012345678901")])
        try writer.addRow([.text("0012345678901234")])
        try writer.finish()
        let sheet = try XLSXTestWorkbooks.part("xl/worksheets/sheet1.xml", of: collector.bytes)
        #expect(sheet.contains(#"<c r="A2" t="inlineStr"><is><t>3402012345678901</t></is></c>"#))
        let rows = try XLSXReader(bytes: collector.bytes).rows()
        #expect(rows.map { $0[0] } == [.text("NIK"), .text("3402012345678901"), .text("0012345678901234")])
    }

    @Test func controlCharactersAreDroppedAndTheFileStaysReadable() throws {
        let collector = ByteCollector()
        let writer = XLSXWriter(sink: collector.sink)
        try writer.startSheet(named: "Kontrol", columns: [XLSXColumn("Teks\u{01}")])
        try writer.addRow([.text("a\u{00}b\u{07}c\u{1B}d\u{FFFE}e\u{FFFF}f\tg")])
        try writer.finish()
        let rows = try XLSXReader(bytes: collector.bytes).rows()
        #expect(rows.map { $0[0] } == [.text("Teks"), .text("abcdef\tg")])
    }

    @Test func manyRowsAcrossSeveralFlushesReadBackInOrder() throws {
        let collector = ByteCollector()
        let writer = XLSXWriter(sink: collector.sink)
        try writer.startSheet(named: "Data", columns: (0..<5).map { XLSXColumn("K\($0)") })
        for row in 0..<20_000 {
            try writer.addRow([.integer(row), .text("Nama ke-\(row)"), .decimal(Double(row) / 8), .boolean(row % 3 == 0), .empty])
        }
        #expect(writer.rowCount == 20_000)
        try writer.finish()
        let rows = try XLSXReader(bytes: collector.bytes).rows()
        #expect(rows.count == 20_001)
        for row in stride(from: 0, to: 20_000, by: 997) {
            #expect(rows[row + 1] == XLSXRow(number: row + 2, values: [
                .number(Double(row)), .text("Nama ke-\(row)"), .number(Double(row) / 8), .boolean(row % 3 == 0),
            ]))
        }
    }

    @Test func textValueGivesDigitsForWholeNumbersAndISODates() {
        #expect(XLSXValue.number(3_402_012_345_678_901).textValue == "3402012345678901")
        #expect(XLSXValue.number(-12).textValue == "-12")
        #expect(XLSXValue.number(2.5).textValue == "2.5")
        #expect(XLSXValue.boolean(true).textValue == "TRUE")
        #expect(XLSXValue.date(XLSXDateTime(year: 2024, month: 3, day: 5)).textValue == "2024-03-05")
        #expect(XLSXValue.date(XLSXDateTime(year: 2024, month: 3, day: 5, hour: 7, minute: 8, second: 9)).textValue == "2024-03-05 07:08:09")
        #expect(XLSXValue.empty.textValue == "")
        #expect(XLSXValue.error("#N/A").textValue == "#N/A")
        #expect(XLSXValue.number(1e20).textValue == "1e+20")
        #expect(XLSXValue.text("").isEmpty && XLSXValue.empty.isEmpty && !XLSXValue.number(0).isEmpty)
    }

    @Test func aDateTimeNamesTheSameInstantInItsZone() {
        let stamp = XLSXDateTime(year: 2024, month: 3, day: 15, hour: 10, minute: 20, second: 30)
        #expect(stamp.instant(in: XLSXTestWorkbooks.jakarta) == XLSXTestWorkbooks.instant)
    }
}

struct XLSXFileTests {
    @Test func aWorkbookWrittenToAFileDescriptorReadsBackFromThePath() throws {
        let path = ExternalZipCheck.temporaryPath(".xlsx")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(descriptor >= 0)
        let writer = XLSXWriter(sink: .fileDescriptor(descriptor))
        try writer.startSheet(named: "Berkas", columns: [XLSXColumn("NIK")])
        try writer.addRow([.text("3402010101900001")])
        try writer.finish()
        close(descriptor)
        let rows = try XLSXReader(contentsOfFile: path).rows()
        #expect(rows.map(\.values) == [[.text("NIK")], [.text("3402010101900001")]])
    }
}
