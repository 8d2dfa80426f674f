import Foundation
import Testing

@testable import Documents

struct XLSXRejectionTests {
    static let sheetPart = "xl/worksheets/sheet1.xml"

    static func sheet(_ data: String) -> String {
        #"<worksheet xmlns="\#(XLSXFixtures.main)"><sheetData>\#(data)</sheetData></worksheet>"#
    }

    @Test func aFileThatIsNoZipArchiveIsRefused() {
        let csv = Array("NIK,Nama\n3402010101900001,Budi\n".utf8)
        #expect {
            try XLSXReader(bytes: csv)
        } throws: { error in
            guard case XLSXError.notZipArchive = error else { return false }
            return true
        }
        #expect(throws: XLSXError.notZipArchive("cannot read /nonexistent/berkas.xlsx")) {
            try XLSXReader(contentsOfFile: "/nonexistent/berkas.xlsx")
        }
    }

    @Test func aZipWithoutAWorkbookIsRefused() throws {
        let bytes = try XLSXFixtures.archive([("dokumen.txt", "bukan lembar kerja")])
        #expect(throws: XLSXError.malformedWorkbook("no workbook part (xl/workbook.xml)")) {
            try XLSXReader(bytes: bytes)
        }
        let withoutWorkbook = try XLSXFixtures.workbookBytes(replacing: ["xl/workbook.xml": nil])
        #expect(throws: XLSXError.malformedWorkbook("no workbook part (xl/workbook.xml)")) {
            try XLSXReader(bytes: withoutWorkbook)
        }
    }

    @Test func brokenLinksBetweenPartsAreReported() throws {
        let noSheets = try XLSXFixtures.workbookBytes(replacing: [
            "xl/workbook.xml": #"<workbook xmlns="\#(XLSXFixtures.main)"><sheets/></workbook>"#
        ])
        #expect(throws: XLSXError.malformedWorkbook("the workbook lists no worksheet")) { try XLSXReader(bytes: noSheets) }

        let noRelationship = try XLSXFixtures.workbookBytes(replacing: ["xl/_rels/workbook.xml.rels": nil])
        #expect(throws: XLSXError.malformedWorkbook("sheet Grafik points to relationship rId9, which does not exist")) {
            try XLSXReader(bytes: noRelationship)
        }

        let noSheetPart = try XLSXReader(bytes: XLSXFixtures.workbookBytes(replacing: [Self.sheetPart: nil]))
        #expect(throws: XLSXError.malformedWorkbook("sheet Data & Catatan has no part \(Self.sheetPart)")) {
            try noSheetPart.rows()
        }

        let missingString = try XLSXReader(
            bytes: XLSXFixtures.workbookBytes(replacing: [Self.sheetPart: Self.sheet(#"<row r="1"><c r="A1" t="s"><v>6</v></c></row>"#)]))
        #expect(throws: XLSXError.malformedWorkbook("sheet Data & Catatan refers to shared string 6, which does not exist")) {
            try missingString.rows()
        }
    }

    @Test(arguments: [
        (#"<row r="1"><c r="A1"><v>1</v></row>"#, "</row> closes <c>"),
        (#"<row r="1"><c r="A1"><v>1</v></c>"#, "</sheetData> closes <row>"),
        (#"<row r="1"><c r=A1><v>1</v></c></row>"#, "attribute value is not quoted"),
        (#"<row r="1"><c r="A1" t="inlineStr"><is><t>a &nbsp; b</t></is></c></row>"#, "unknown entity &nbsp;"),
        (#"<row r="1"><c r="A1" t="inlineStr"><is><t>a & b</t></is></c></row>"#, "& without a reference"),
        (#"<row r="1"><c r="A1" t="inlineStr"><is><t>&#0;</t></is></c></row>"#, "bad character reference"),
        (#"<row r="1"><c r="A1"t="b"><v>1</v></c></row>"#, "attributes must be separated by white space"),
        (#"<row r="1"><c r="A1" t="a<b"><v>1</v></c></row>"#, "< in an attribute value"),
    ])
    func corruptSheetXMLIsRefused(data: String, reason: String) throws {
        let reader = try XLSXReader(bytes: XLSXFixtures.workbookBytes(replacing: [Self.sheetPart: Self.sheet(data)]))
        #expect {
            try reader.rows()
        } throws: { error in
            guard case XLSXError.malformedXML(part: Self.sheetPart, _, let actual) = error else { return false }
            return actual == reason
        }
    }

    @Test(arguments: [
        ("<worksheet><sheetData>", "document ends before </sheetData>"),
        ("<worksheet/><worksheet/>", "a second root element"),
        ("<worksheet/>sisa", "text outside the root element"),
        ("", "no root element"),
        (#"<!DOCTYPE worksheet [<!ENTITY a "aaaa">]><worksheet/>"#, "document type declarations are not accepted"),
        ("<worksheet><!-- tidak ditutup </worksheet>", "comment is not closed"),
        ("<worksheet", "document ends inside a tag"),
    ])
    func damagedDocumentsAreRefused(xml: String, reason: String) throws {
        let reader = try XLSXReader(bytes: XLSXFixtures.workbookBytes(replacing: [Self.sheetPart: xml]))
        #expect {
            try reader.rows()
        } throws: { error in
            guard case XLSXError.malformedXML(part: Self.sheetPart, _, let actual) = error else { return false }
            return actual == reason
        }
    }

    @Test func aDamagedPartIsReportedNotInflatedBlindly() throws {
        var bytes = try XLSXFixtures.workbookBytes()
        let archive = try ZipReader(bytes: bytes)
        let sheet = try #require(archive.entry(named: Self.sheetPart))
        bytes[sheet.localHeaderOffset + 30 + Self.sheetPart.utf8.count + sheet.compressedSize / 2] ^= 0xFF
        let reader = try XLSXReader(bytes: bytes)
        #expect {
            try reader.rows()
        } throws: { error in
            guard case XLSXError.malformedWorkbook(let reason) = error else { return false }
            return reason.hasPrefix("part \(Self.sheetPart) is damaged")
        }
    }

    @Test func aZipBombIsRefusedBeforeItIsInflated() throws {
        // 50 MB of one repeated row deflates to about 50 KB.
        let row = #"<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>"#
        let bomb = Self.sheet(String(repeating: row, count: 50_000_000 / row.utf8.count))
        let bytes = try XLSXFixtures.workbookBytes(replacing: [Self.sheetPart: bomb])
        #expect(bytes.count < 1_000_000)
        let limits = XLSXReadLimits(maximumUncompressedBytes: 10 * 1024 * 1024)
        let reader = try XLSXReader(bytes: bytes, limits: limits)
        #expect(throws: XLSXError.partTooLarge(part: Self.sheetPart, size: bomb.utf8.count, limit: 10 * 1024 * 1024)) {
            try reader.rows()
        }
        // The budget covers every part: styles and shared strings count against it too.
        let before = [XLSXFixtures.rootRelationships, XLSXFixtures.workbook(), XLSXFixtures.workbookRelationships]
        let small = before.map(\.utf8.count).reduce(0, +) + 100
        #expect(throws: XLSXError.partTooLarge(part: "xl/styles.xml", size: XLSXFixtures.styles.utf8.count, limit: small)) {
            try XLSXReader(bytes: bytes, limits: XLSXReadLimits(maximumUncompressedBytes: small))
        }
    }

    @Test func rowsAndColumnsPastTheLimitsAreRefused() throws {
        let bytes = try XLSXFixtures.workbookBytes()
        let fewRows = try XLSXReader(bytes: bytes, limits: XLSXReadLimits(maximumRows: 7))
        #expect(throws: XLSXError.rowPastLimit(sheet: "Data & Catatan", row: 8, limit: 7)) {
            try fewRows.rows()
        }
        let fewColumns = try XLSXReader(bytes: bytes, limits: XLSXReadLimits(maximumColumns: 26))
        #expect(
            throws: XLSXError.columnPastLimit(sheet: "Data & Catatan", cell: "AA8", limit: 26)
        ) {
            try fewColumns.rows()
        }
        // Exactly at the limits is fine; empty rows past them do not count.
        #expect(try XLSXReader(bytes: bytes, limits: XLSXReadLimits(maximumRows: 8, maximumColumns: 27)).rows().count == 6)
    }

    @Test func badReferencesAreRefused() throws {
        let badCell = try XLSXReader(
            bytes: XLSXFixtures.workbookBytes(replacing: [Self.sheetPart: Self.sheet(#"<row r="1"><c r="1A"><v>1</v></c></row>"#)]))
        #expect(throws: XLSXError.malformedWorkbook("sheet Data & Catatan has a cell with reference 1A")) { try badCell.rows() }
        let badRow = try XLSXReader(
            bytes: XLSXFixtures.workbookBytes(replacing: [Self.sheetPart: Self.sheet(#"<row r="0"><c><v>1</v></c></row>"#)]))
        #expect(throws: XLSXError.malformedWorkbook("sheet Data & Catatan has a row numbered 0")) { try badRow.rows() }
    }
}

struct XLSXErrorMessageTests {
    @Test(arguments: [
        (XLSXError.notZipArchive("x"), "berkas bukan berkas Excel .xlsx; simpan ulang sebagai \"Excel Workbook (.xlsx)\"."),
        (XLSXError.rowPastLimit(sheet: "Data", row: 5001, limit: 5000), "lembar \"Data\" memiliki isi di baris 5001, melewati batas 5000 baris."),
        (XLSXError.columnPastLimit(sheet: "Data", cell: "AA8", limit: 26), "lembar \"Data\" memiliki isi di sel AA8, melewati batas 26 kolom."),
        (XLSXError.invalidDate(cell: "B3"), "tanggal di sel B3 tidak valid atau di luar tahun 1900–9999."),
        (XLSXError.malformedXML(part: "p", offset: 1, reason: "r"), "berkas .xlsx rusak atau tidak lengkap; buka dan simpan ulang di Excel atau LibreOffice."),
    ])
    func errorsHaveAnIndonesianMessageForStaff(error: XLSXError, message: String) {
        #expect(error.message == message)
    }
}
