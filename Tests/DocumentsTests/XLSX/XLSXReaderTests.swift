import Foundation
import Testing

@testable import Documents

struct XLSXReaderTests {
    @Test func sharedStringsSparseCellsAndDateStylesAreRead() throws {
        let reader = try XLSXReader(bytes: XLSXFixtures.workbookBytes())
        // The chart sheet holds no cells and is not listed.
        #expect(reader.sheetNames == ["Data & Catatan", "Kedua"])
        let rows = try reader.rows()
        #expect(rows.map(\.number) == [1, 2, 3, 5, 6, 8])
        #expect(rows[0].values == [.text("NIK"), .text("Nama"), .text(#"<tag> éé "q" 'a'"#)])
        #expect(
            rows[1].values == [
                .text("3402010101900001"), .text("Budi Santoso & Anak"),
                .date(XLSXDateTime(year: 2024, month: 3, day: 15)),
                .date(XLSXDateTime(year: 1990, month: 3, day: 31, hour: 12)),
                .number(1234.5), .number(7), .date(XLSXDateTime(year: 1900, month: 1, day: 1, hour: 6)),
                .number(150_000),
            ])
        #expect(rows[2].values == [.empty, .boolean(true)])
        #expect(rows[3].values == [.empty, .empty, .error("#N/A"), .text("hasil rumus"), .empty, .number(2), .text("sebaris")])
        #expect(rows[4].values == [.text("<mentah> & apa adanya")])
        var eighth = [XLSXValue](repeating: .empty, count: 27)
        eighth[1] = .date(XLSXDateTime(year: 2024, month: 2, day: 29, hour: 13, minute: 45))
        eighth[26] = .number(-0.5)
        #expect(rows[5].values == eighth)
        #expect(rows[5][100] == .empty)
    }

    @Test func prefixedElementsAndRelativeTargetsAreFollowed() throws {
        let reader = try XLSXReader(bytes: XLSXFixtures.workbookBytes())
        #expect(try reader.rows(inSheet: "KEDUA") == [XLSXRow(number: 2, values: [.empty, .text("Nama")])])
        #expect(throws: XLSXError.sheetNotFound("Ketiga")) { try reader.rows(inSheet: "Ketiga") }
    }

    @Test func the1904DateSystemShiftsSerials() throws {
        let rows = try XLSXReader(bytes: XLSXFixtures.workbookBytes(date1904: true)).rows()
        #expect(rows[1][2] == .date(XLSXDateTime(year: 2028, month: 3, day: 16)))
    }

    @Test func aWorkbookWithoutPackageRelationshipsOrStylesStillReads() throws {
        let bytes = try XLSXFixtures.workbookBytes(replacing: ["_rels/.rels": nil, "xl/styles.xml": nil])
        let rows = try XLSXReader(bytes: bytes).rows()
        #expect(rows[1][2] == .number(45366))  // no styles: no dates
    }

    @Test(arguments: [
        ("yyyy-mm-dd", true), ("dd/mm/yyyy hh:mm", true), ("d\\-mmm\\-yy", true), ("[h]:mm:ss", true),
        ("h:mm AM/PM", true), ("General", false), ("#,##0.00", false), ("0.00E+00", false),
        ("[Red]0;\"d\"", false), ("\"days\" 0", false), ("[$Rp-421]#,##0", false), ("_(* #,##0_)", false),
        ("[$-421]dd mmmm yyyy", true),
    ])
    func dateFormatsAreToldFromNumberFormats(code: String, isDate: Bool) {
        #expect(XLSXNumberFormat.isDateFormat(code) == isDate)
    }

    @Test func excelEscapesAreDecodedAndWrittenBack() {
        #expect(ExcelTextEscape.decode("a_x000D_b_x005F_x0041_") == "a\rb_x0041_")
        #expect(ExcelTextEscape.encode("_x0041_ dan _xZZ") == "_x005F_x0041_ dan _xZZ")
        #expect(ExcelTextEscape.decode(ExcelTextEscape.encode("_x0041__x0042_")) == "_x0041__x0042_")
    }
}

struct XLSXRowRecordTests {
    @Test func rowsBecomeCSVRecordsForOneImporter() throws {
        let rows = try XLSXReader(bytes: XLSXFixtures.workbookBytes()).rows()
        let header = CSVHeader(rows[0].record)
        let record = rows[1].record
        #expect(record.line == 2)
        #expect(header.value("nik", in: record) == "3402010101900001")
        #expect(header.value("NAMA", in: record) == "Budi Santoso & Anak")
        #expect(record.field(2) == "2024-03-15")
        #expect(rows[2].record.fields == ["", "TRUE"])
    }
}
