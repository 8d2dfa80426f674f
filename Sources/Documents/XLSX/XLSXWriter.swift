package import Foundation

/// Writes an Office Open XML workbook (.xlsx, ECMA-376 SpreadsheetML) to a sink as rows arrive,
/// through `ZipWriter` with deflate: each sheet is one streamed ZIP entry, so memory stays the same
/// whatever the number of rows (a 64 KiB buffer plus the row being added, zlib's window and the
/// ZIP output buffer).
///
/// Usage mirrors `CSVWriter`: `startSheet(named:columns:)` writes the bold header row, `addRow`
/// appends data rows, `finish()` closes the package. The package parts that list the sheets
/// (workbook, content types) are written by `finish()`, after the sheet data.
///
/// **Text is written as inline strings** (`t="inlineStr"`) rather than the shared string table:
/// a shared table must hold every distinct string until the end, so memory would grow with the
/// rows; inline strings go out with their row. Readers (Excel, LibreOffice, openpyxl) accept both.
///
/// **Formula injection.** Unlike CSV, no neutralising is needed: a text cell is an inline string,
/// which a spreadsheet shows as the literal text and never evaluates, even when it starts with
/// `=`, `+`, `-` or `@`. The writer never writes `<f>` (formula) elements.
///
/// Validation failures of one row (`textTooLong`, `invalidDate`, `tooManyColumns`, `tooManyRows`)
/// leave the row unwritten and the writer usable; a failing sink closes it.
/// Not thread-safe: one writer belongs to one task at a time.
package final class XLSXWriter {
    private let zip: ZipWriter
    private let timeZone: TimeZone
    private let created: Date
    private let creator: String
    private let compressionLevel: Int32
    private var finishedSheets: [XLSXPackageParts.Sheet] = []
    private var openSheet: OpenSheet?
    private var closed = false
    /// XML of the current sheet not yet handed to the ZIP writer.
    var buffer: [UInt8] = []
    /// Column letters by index, grown as wider rows arrive.
    var columnLetters: [[UInt8]] = []

    static let flushThreshold = 64 * 1024

    struct OpenSheet {
        var name: String
        var columnCount: Int
        var options: XLSXSheetOptions
        /// The 1-based number of the last row written (0 before any).
        var lastRow = 0
    }

    /// The media type of an .xlsx file, for `Content-Type` (ECMA-376 Part 1 §12.2, IANA registered).
    package static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// A writer sending the workbook to `sink`. Date-time cells are written as wall-clock time in
    /// `timeZone`; `created` and `creator` go into the document properties. Deflate dominates the
    /// cost: `compressionLevel` 1 writes about 1.6 times as fast as the default 6, for a file about a
    /// third larger.
    package init(
        sink: ByteSink, timeZone: TimeZone = .current, created: Date = Date(), creator: String = "Dinsos",
        compressionLevel: Int32 = 6
    ) {
        zip = ZipWriter(sink: sink, timeZone: timeZone)
        self.timeZone = timeZone
        self.created = created
        self.creator = creator
        self.compressionLevel = min(max(compressionLevel, 1), 9)
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    /// A whole one-sheet workbook at once, for small exports and tests.
    package static func encode(
        sheetNamed name: String, columns: [XLSXColumn], rows: [[XLSXCell]],
        options: XLSXSheetOptions = XLSXSheetOptions(), timeZone: TimeZone = .current, created: Date = Date()
    ) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let writer = XLSXWriter(sink: ByteSink { bytes += $0 }, timeZone: timeZone, created: created)
        try writer.startSheet(named: name, columns: columns, options: options)
        for row in rows { try writer.addRow(row) }
        try writer.finish()
        return bytes
    }

    /// Data rows written to the current sheet so far (the header row not counted).
    package var rowCount: Int {
        guard let openSheet else { return 0 }
        return openSheet.lastRow - (openSheet.columnCount > 0 ? 1 : 0)
    }

    /// Ends the current sheet, if any, and starts a new one whose first row holds the titles of
    /// `columns` in bold (no header row when `columns` is empty).
    package func startSheet(
        named name: String, columns: [XLSXColumn], options: XLSXSheetOptions = XLSXSheetOptions()
    ) throws {
        try requireOpen()
        try XLSXSheetName.validate(name)
        let taken = finishedSheets.map(\.name) + (openSheet.map { [$0.name] } ?? [])
        guard !taken.contains(where: { $0.lowercased() == name.lowercased() }) else {
            throw XLSXError.invalidSheetName(name, reason: "used twice")
        }
        guard columns.count <= CellReference.maximumColumns else {
            throw XLSXError.tooManyColumns(sheet: name, row: 1)
        }
        try failingClosed {
            try endOpenSheet()
            let number = finishedSheets.count + 1
            try zip.beginEntry(named: XLSXPackageParts.worksheetPath(number), modified: created, level: compressionLevel)
            var sheet = OpenSheet(name: name, columnCount: columns.count, options: options)
            appendSheetStart(columns: columns, options: options, isFirst: number == 1)
            if !columns.isEmpty {
                try appendRow(columns.map { .text($0.title) }, style: .header, to: &sheet)
            }
            openSheet = sheet
        }
    }

    /// Appends one row to the current sheet; `.empty` cells are left out, so the row may be sparse.
    package func addRow(_ cells: [XLSXCell]) throws {
        try requireOpen()
        guard var sheet = openSheet else { throw XLSXError.noSheetStarted }
        let rowStart = buffer.count
        do {
            try appendRow(cells, style: nil, to: &sheet)
        } catch {
            buffer.removeSubrange(rowStart...)
            throw error
        }
        openSheet = sheet
        if buffer.count >= Self.flushThreshold {
            try failingClosed { try flushBuffer() }
        }
    }

    /// Ends the last sheet, writes the remaining package parts and the ZIP central directory.
    /// The writer is closed after.
    package func finish() throws {
        try requireOpen()
        guard openSheet != nil else { throw XLSXError.noSheets }
        try failingClosed {
            try endOpenSheet()
            let parts: [(String, String)] = [
                ("xl/workbook.xml", XLSXPackageParts.workbook(sheets: finishedSheets)),
                ("xl/_rels/workbook.xml.rels", XLSXPackageParts.workbookRelationships(sheetCount: finishedSheets.count)),
                ("xl/styles.xml", XLSXPackageParts.styles),
                ("docProps/core.xml", XLSXPackageParts.coreProperties(creator: creator, created: created)),
                ("docProps/app.xml", XLSXPackageParts.appProperties(application: creator)),
                ("_rels/.rels", XLSXPackageParts.packageRelationshipsPart),
                ("[Content_Types].xml", XLSXPackageParts.contentTypes(sheetCount: finishedSheets.count)),
            ]
            for (name, xml) in parts {
                try zip.addEntry(named: name, contents: Array(xml.utf8), modified: created)
            }
            try zip.finish()
            closed = true
        }
    }

    private func appendSheetStart(columns: [XLSXColumn], options: XLSXSheetOptions, isFirst: Bool) {
        var xml = XLSXPackageParts.declaration
        xml += #"<worksheet xmlns="\#(XLSXPackageParts.mainNamespace)" "#
        xml += #"xmlns:r="\#(XLSXPackageParts.relationshipsNamespace)">"#
        xml += #"<sheetViews><sheetView workbookViewId="0"\#(isFirst ? #" tabSelected="1""# : "")>"#
        if options.freezesHeader && !columns.isEmpty {
            // ECMA-376 Part 1 §18.3.1.66: the rows above ySplit stay in place.
            xml += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            xml += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#
        }
        xml += #"</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>"#
        let widths = columns.enumerated().compactMap { index, column in
            column.width.flatMap { $0.isFinite ? (index + 1, $0) : nil }
        }
        if !widths.isEmpty {
            xml += "<cols>"
            for (number, width) in widths {
                let clamped = min(max(width, 0), 255)
                xml += #"<col min="\#(number)" max="\#(number)" width="\#(clamped)" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        buffer += xml.utf8
    }

    private func endOpenSheet() throws {
        guard let sheet = openSheet else { return }
        var xml = "</sheetData>"
        var filterRange: String?
        if sheet.options.filtersHeader, sheet.columnCount > 0 {
            let range = "A1:" + CellReference.name(column: sheet.columnCount - 1, row: max(sheet.lastRow, 1))
            xml += #"<autoFilter ref="\#(range)"/>"#
            filterRange = range
        }
        xml += "</worksheet>"
        buffer += xml.utf8
        try flushBuffer()
        try zip.endEntry()
        finishedSheets.append(XLSXPackageParts.Sheet(name: sheet.name, filterRange: filterRange))
        openSheet = nil
    }

    private func flushBuffer() throws {
        guard !buffer.isEmpty else { return }
        try zip.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Date-time cells as serials of wall-clock time in the writer's zone.
    func dateTimeSerial(_ instant: Date) -> Double? {
        ExcelDate.serial(of: instant, timeZone: timeZone)
    }

    private func requireOpen() throws {
        guard !closed else { throw XLSXError.writerClosed }
    }

    /// Runs a step that writes to the ZIP writer; a failure there leaves the package inconsistent.
    private func failingClosed(_ step: () throws -> Void) throws {
        do {
            try step()
        } catch {
            closed = true
            throw error
        }
    }
}
