import Foundation

/// The fixed parts of a workbook package besides the sheets (ECMA-376 Part 1 §12.2 and Part 2 OPC):
/// content types, relationships, the workbook, styles and document properties.
enum XLSXPackageParts {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let contentType = "application/vnd.openxmlformats-officedocument"

    /// What the workbook part needs to know about a finished sheet.
    struct Sheet {
        var name: String
        /// `A1:J501` when the sheet has filter buttons on its header.
        var filterRange: String?
    }

    static func worksheetPath(_ number: Int) -> String { "xl/worksheets/sheet\(number).xml" }

    static func contentTypes(sheetCount: Int) -> String {
        var xml = declaration
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="\#(contentType).spreadsheetml.sheet.main+xml"/>"#
        for number in 1..<(sheetCount + 1) {
            xml += #"<Override PartName="/\#(worksheetPath(number))" "#
            xml += #"ContentType="\#(contentType).spreadsheetml.worksheet+xml"/>"#
        }
        xml += #"<Override PartName="/xl/styles.xml" ContentType="\#(contentType).spreadsheetml.styles+xml"/>"#
        xml += #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        xml += #"<Override PartName="/docProps/app.xml" ContentType="\#(contentType).extended-properties+xml"/>"#
        xml += "</Types>"
        return xml
    }

    static var packageRelationshipsPart: String {
        var xml = declaration
        xml += #"<Relationships xmlns="\#(packageRelationships)">"#
        xml += #"<Relationship Id="rId1" Type="\#(officeRelationship)/officeDocument" Target="xl/workbook.xml"/>"#
        xml += #"<Relationship Id="rId2" Type="\#(packageRelationships)/metadata/core-properties" Target="docProps/core.xml"/>"#
        xml += #"<Relationship Id="rId3" Type="\#(officeRelationship)/extended-properties" Target="docProps/app.xml"/>"#
        xml += "</Relationships>"
        return xml
    }

    static func workbook(sheets: [Sheet]) -> String {
        var xml = declaration
        xml += #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipsNamespace)">"#
        xml += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (index, sheet) in sheets.enumerated() {
            xml += #"<sheet name="\#(attribute(sheet.name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        xml += "</sheets>"
        // Excel records every autofilter range under this hidden name (ECMA-376 Part 1 §18.2.5).
        let filters = sheets.enumerated().compactMap { index, sheet in sheet.filterRange.map { (index, sheet.name, $0) } }
        if !filters.isEmpty {
            xml += "<definedNames>"
            for (index, name, range) in filters {
                let absolute = range.split(separator: ":").map { absoluteReference(String($0)) }.joined(separator: ":")
                let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'!" + absolute
                xml += #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(index)" hidden="1">"#
                xml += text(quoted) + "</definedName>"
            }
            xml += "</definedNames>"
        }
        xml += "</workbook>"
        return xml
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = declaration
        xml += #"<Relationships xmlns="\#(packageRelationships)">"#
        for number in 1..<(sheetCount + 1) {
            xml += #"<Relationship Id="rId\#(number)" Type="\#(officeRelationship)/worksheet" "#
            xml += #"Target="worksheets/sheet\#(number).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(officeRelationship)/styles" Target="styles.xml"/>"#
        xml += "</Relationships>"
        return xml
    }

    /// The formats of `XLSXCellStyle`, in that order; 164 and 165 are the first custom format ids.
    static var styles: String {
        let font = #"<sz val="11"/><name val="Calibri"/><family val="2"/>"#
        let xf = #"fontId="0" fillId="0" borderId="0" xfId="0""#
        var xml = declaration
        xml += #"<styleSheet xmlns="\#(mainNamespace)">"#
        xml += #"<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>"#
        xml += #"<numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts>"#
        xml += #"<fonts count="2"><font>\#(font)</font><font><b/>\#(font)</font></fonts>"#
        xml += #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        xml += #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        xml += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        xml += #"<cellXfs count="5"><xf numFmtId="0" \#(xf)/>"#
        xml += #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        xml += #"<xf numFmtId="164" \#(xf) applyNumberFormat="1"/>"#
        xml += #"<xf numFmtId="165" \#(xf) applyNumberFormat="1"/>"#
        xml += #"<xf numFmtId="3" \#(xf) applyNumberFormat="1"/></cellXfs>"#
        xml += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        xml += "</styleSheet>"
        return xml
    }

    /// Dublin Core properties (ECMA-376 Part 2 §11); `created` in UTC as W3CDTF.
    static func coreProperties(creator: String, created: Date) -> String {
        let stamp = w3cTimestamp(created)
        var xml = declaration
        xml += #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
        xml += #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
        xml += #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
        xml += "<dc:creator>\(text(creator))</dc:creator>"
        xml += #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:created>"#
        xml += #"<dcterms:modified xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:modified>"#
        xml += "</cp:coreProperties>"
        return xml
    }

    static func appProperties(application: String) -> String {
        var xml = declaration
        xml += #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
        xml += "<Application>\(text(application))</Application></Properties>"
        return xml
    }

    static func text(_ value: String) -> String {
        var bytes: [UInt8] = []
        XMLEscaper.appendText(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func attribute(_ value: String) -> String {
        var bytes: [UInt8] = []
        XMLEscaper.appendAttribute(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `A1` as `$A$1`.
    private static func absoluteReference(_ reference: String) -> String {
        guard let (column, row) = CellReference.parse(reference) else { return reference }
        return "$" + CellReference.columnName(column) + "$" + String(row)
    }

    private static func w3cTimestamp(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let second = seconds - days * 86_400
        let day = CivilDate(daysSinceUnixEpoch: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let year = String(repeating: "0", count: max(0, 4 - String(day.year).count)) + String(day.year)
        return "\(year)-\(two(day.month))-\(two(day.day))T\(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60))Z"
    }
}
