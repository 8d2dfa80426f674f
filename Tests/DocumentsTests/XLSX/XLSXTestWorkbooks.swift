import Foundation

@testable import Documents

/// Workbooks written by `XLSXWriter` for the tests, and a reader for one part of them.
enum XLSXTestWorkbooks {
    static let jakarta = TimeZone(identifier: "Asia/Jakarta")!
    /// 2024-03-15 10:20:30 WIB.
    static let instant = Date(timeIntervalSince1970: 1_710_472_830)

    static let columns = [
        XLSXColumn("NIK", width: 20), XLSXColumn("Nama", width: 30), XLSXColumn("Jumlah"),
        XLSXColumn("Nilai", width: .nan), XLSXColumn("Tanggal Lahir", width: 12), XLSXColumn("Dicatat"), XLSXColumn("Aktif"),
    ]

    static let awkwardTexts = [
        "Tom & Jerry <b>\"kutip\" 'tunggal'</b>",
        "Siti Nurhaliza binti Abdullah — Kalurahan Trirenggo, Bantul",
        "Penerima bantuan 🎉👨‍👩‍👧 ✓ 日本",
        "=SUM(A1:A9)",
        "  spasi di tepi  ",
        "baris satu\nbaris dua\r\nbaris tiga",
        "_x0041_ bukan huruf A",
    ]

    /// A sheet exercising every kind of cell: one row per awkward text, then numbers and dates.
    static func sample(options: XLSXSheetOptions = XLSXSheetOptions(filtersHeader: true)) throws -> [UInt8] {
        let collector = ByteCollector()
        let writer = XLSXWriter(sink: collector.sink, timeZone: jakarta, created: instant)
        try writer.startSheet(named: "Penerima", columns: columns, options: options)
        for (index, text) in awkwardTexts.enumerated() {
            try writer.addRow([
                .text("34020101019000\(10 + index)"), .text(text), .integer(index * 1000 - 2000),
                .decimal(Double(index) + 0.25), .date(year: 1990 + index, month: 2, day: 28),
                .dateTime(instant), .boolean(index.isMultiple(of: 2)),
            ])
        }
        try writer.addRow([.text("3402010101900099"), .empty, .empty, .decimal(.nan), .empty, .empty, .boolean(false)])
        try writer.startSheet(named: "Ringkasan", columns: [])
        try writer.addRow([.text("Jumlah baris"), .integer(awkwardTexts.count + 1)])
        try writer.finish()
        return collector.bytes
    }

    static func part(_ name: String, of workbook: [UInt8]) throws -> String {
        String(decoding: try ZipReader(bytes: workbook).contents(ofEntryNamed: name), as: UTF8.self)
    }
}
