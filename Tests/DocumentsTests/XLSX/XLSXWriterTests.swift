import Foundation
import Testing

@testable import Documents

struct XLSXWriterTests {
    static func writer() -> (XLSXWriter, ByteCollector) {
        let collector = ByteCollector()
        return (XLSXWriter(sink: collector.sink, timeZone: XLSXTestWorkbooks.jakarta), collector)
    }

    @Test func misuseIsRefusedInOrder() throws {
        let (writer, _) = Self.writer()
        #expect(throws: XLSXError.noSheetStarted) { try writer.addRow([.integer(1)]) }
        #expect(throws: XLSXError.noSheets) { try writer.finish() }
        #expect(throws: XLSXError.invalidSheetName("a/b", reason: "contains /")) {
            try writer.startSheet(named: "a/b", columns: [])
        }
        try writer.startSheet(named: "Data", columns: [XLSXColumn("A")])
        #expect(throws: XLSXError.invalidSheetName("DATA", reason: "used twice")) {
            try writer.startSheet(named: "DATA", columns: [])
        }
        try writer.finish()
        #expect(throws: XLSXError.writerClosed) { try writer.addRow([]) }
        #expect(throws: XLSXError.writerClosed) { try writer.startSheet(named: "Lagi", columns: []) }
        #expect(throws: XLSXError.writerClosed) { try writer.finish() }
    }

    @Test func anInvalidRowIsLeftOutAndTheWriterGoesOn() throws {
        let (writer, collector) = Self.writer()
        try writer.startSheet(named: "Data", columns: [XLSXColumn("Teks"), XLSXColumn("Tanggal")])
        try writer.addRow([.text("pertama"), .date(year: 2024, month: 1, day: 31)])
        #expect(throws: XLSXError.invalidDate(cell: "B3")) {
            try writer.addRow([.text("kedua"), .date(year: 2023, month: 2, day: 29)])
        }
        #expect(throws: XLSXError.invalidDate(cell: "B3")) {
            try writer.addRow([.text("kedua"), .date(year: 1899, month: 12, day: 31)])
        }
        #expect(throws: XLSXError.invalidDate(cell: "B3")) {
            try writer.addRow([.empty, .dateTime(Date(timeIntervalSince1970: -3_000_000_000))])
        }
        #expect(throws: XLSXError.textTooLong(cell: "A3")) {
            try writer.addRow([.text(String(repeating: "x", count: 32_768))])
        }
        #expect(throws: XLSXError.tooManyColumns(sheet: "Data", row: 3)) {
            try writer.addRow(Array(repeating: .empty, count: CellReference.maximumColumns + 1))
        }
        try writer.addRow([.text(String(repeating: "🎉", count: 16_383)), .date(year: 9999, month: 12, day: 31)])
        #expect(writer.rowCount == 2)
        try writer.finish()
        let rows = try XLSXReader(bytes: collector.bytes).rows()
        #expect(rows.map(\.number) == [1, 2, 3])
        #expect(rows[2][1] == .date(XLSXDateTime(year: 9999, month: 12, day: 31)))
    }

    @Test func aSheetWithoutColumnsHasNoHeaderFreezeOrFilter() throws {
        let (writer, collector) = Self.writer()
        try writer.startSheet(named: "Polos", columns: [], options: XLSXSheetOptions(freezesHeader: true, filtersHeader: true))
        try writer.addRow([.text("data")])
        try writer.finish()
        let sheet = try XLSXTestWorkbooks.part("xl/worksheets/sheet1.xml", of: collector.bytes)
        #expect(!sheet.contains("<pane"))
        #expect(!sheet.contains("<cols"))
        #expect(!sheet.contains("autoFilter"))
        #expect(sheet.contains(#"<row r="1"><c r="A1" t="inlineStr"><is><t>data</t></is></c></row>"#))
        #expect(try !XLSXTestWorkbooks.part("xl/workbook.xml", of: collector.bytes).contains("definedName"))
    }

    @Test func headerOptionsAreWrittenAsAsked() throws {
        let (writer, collector) = Self.writer()
        try writer.startSheet(named: "Tanpa Beku", columns: [XLSXColumn("A")], options: XLSXSheetOptions(freezesHeader: false))
        try writer.finish()
        let sheet = try XLSXTestWorkbooks.part("xl/worksheets/sheet1.xml", of: collector.bytes)
        #expect(!sheet.contains("<pane"))
        #expect(!sheet.contains("autoFilter"))
        #expect(sheet.contains(#"<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>A</t></is></c></row>"#))
    }

    @Test func cellsAreEncodedCompactlyWithTheirStyles() throws {
        let (writer, collector) = Self.writer()
        try writer.startSheet(named: "S", columns: [])
        try writer.addRow([
            .integer(-1_234_567), .decimal(0.1), .date(year: 2024, month: 3, day: 15), .boolean(true), .text(" x"),
            .dateTime(XLSXTestWorkbooks.instant),
        ])
        try writer.finish()
        let sheet = try XLSXTestWorkbooks.part("xl/worksheets/sheet1.xml", of: collector.bytes)
        let expected =
            #"<row r="1"><c r="A1" s="4"><v>-1234567</v></c><c r="B1"><v>0.1</v></c><c r="C1" s="2"><v>45366</v></c>"#
            + #"<c r="D1" t="b"><v>1</v></c><c r="E1" t="inlineStr"><is><t xml:space="preserve"> x</t></is></c>"#
            + #"<c r="F1" s="3"><v>45366.43090277778</v></c></row>"#
        #expect(sheet.contains(expected), "\(sheet)")
    }

    @Test func sheetNamesAndPropertiesAreEscaped() throws {
        let collector = ByteCollector()
        let writer = XLSXWriter(sink: collector.sink, creator: "Dinsos <Bantul> & \"Sleman\"")
        try writer.startSheet(named: "Tom & Jerry's", columns: [XLSXColumn("A")], options: XLSXSheetOptions(filtersHeader: true))
        try writer.finish()
        let workbook = try XLSXTestWorkbooks.part("xl/workbook.xml", of: collector.bytes)
        #expect(workbook.contains(#"<sheet name="Tom &amp; Jerry's" sheetId="1" r:id="rId1"/>"#))
        #expect(workbook.contains("'Tom &amp; Jerry''s'!$A$1:$A$1</definedName>"))
        let core = try XLSXTestWorkbooks.part("docProps/core.xml", of: collector.bytes)
        #expect(core.contains("<dc:creator>Dinsos &lt;Bantul&gt; &amp; \"Sleman\"</dc:creator>"))
        #expect(try XLSXReader(bytes: collector.bytes).sheetNames == ["Tom & Jerry's"])
    }

    @Test func aFailingSinkClosesTheWriter() throws {
        struct Gone: Error {}
        var allowed = 2
        let writer = XLSXWriter(sink: ByteSink { _ in
            allowed -= 1
            if allowed < 0 { throw Gone() }
        })
        try writer.startSheet(named: "Data", columns: [XLSXColumn("Teks")])
        #expect(throws: Gone.self) {
            for row in 0..<100_000 { try writer.addRow([.text("baris nomor \(row) dengan teks yang cukup panjang")]) }
        }
        #expect(throws: XLSXError.writerClosed) { try writer.addRow([]) }
        #expect(throws: XLSXError.writerClosed) { try writer.finish() }
    }

    @Test func escapingKeepsMarkupOutAndDropsIllegalCharacters() {
        var bytes: [UInt8] = []
        XMLEscaper.appendText("a<b>&c\"d'\r\n\te\u{0}\u{1F}\u{FFFE}\u{FFFD}", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "a&lt;b&gt;&amp;c\"d'&#13;\n\te\u{FFFD}")
        bytes = []
        XMLEscaper.appendAttribute("\"x\"\t\n<", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "&quot;x&quot;&#9;&#10;&lt;")
        #expect(XMLEscaper.containsIllegalCharacters("a\u{7}"))
        #expect(!XMLEscaper.containsIllegalCharacters("a\tb\nc"))
    }
}

struct XLSXWriterEncodeTests {
    @Test func aWholeWorkbookCanBeEncodedAtOnce() throws {
        let bytes = try XLSXWriter.encode(
            sheetNamed: "Kecil", columns: [XLSXColumn("Kode"), XLSXColumn("Nama")],
            rows: [[.text("34.02"), .text("Bantul")], [.text("34.04"), .text("Sleman")]])
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let rows = try XLSXReader(bytes: bytes).rows(inSheet: "Kecil")
        #expect(rows.map { $0.values.map(\.textValue) } == [["Kode", "Nama"], ["34.02", "Bantul"], ["34.04", "Sleman"]])
        #expect(XLSXWriter.contentType == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    }
}

struct XLSXCompressionLevelTests {
    @Test func aLowerLevelWritesTheSameValuesLarger() throws {
        func workbook(level: Int32) throws -> [UInt8] {
            let collector = ByteCollector()
            let writer = XLSXWriter(sink: collector.sink, compressionLevel: level)
            try writer.startSheet(named: "Data", columns: [XLSXColumn("Nomor"), XLSXColumn("Nama")])
            for row in 0..<3_000 { try writer.addRow([.integer(row * 7919 % 10_007), .text("Nama \(row * 31 % 997)")]) }
            try writer.finish()
            return collector.bytes
        }
        let fast = try workbook(level: 1)
        let small = try workbook(level: 9)
        #expect(fast.count > small.count)
        #expect(try XLSXReader(bytes: fast).rows() == XLSXReader(bytes: small).rows())
    }
}
