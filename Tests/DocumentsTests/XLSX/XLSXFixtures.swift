import Foundation

@testable import Documents

/// Workbooks built part by part with the ZIP writer, shaped like those of Excel and LibreOffice
/// (shared strings, custom date formats, sparse cells), or damaged on purpose.
enum XLSXFixtures {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(officeRelationships)/officeDocument" Target="/xl/workbook.xml"/>\
        </Relationships>
        """

    static func workbook(date1904: Bool = false) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="\(main)" xmlns:r="\(officeRelationships)">
          <workbookPr\(date1904 ? #" date1904="1""# : "")/>
          <sheets>
            <sheet name="Grafik" sheetId="3" r:id="rId9"/>
            <sheet name="Data &amp; Catatan" sheetId="1" r:id="rId1"/>
            <sheet name="Kedua" sheetId="2" r:id="rId2"/>
          </sheets>
        </workbook>
        """
    }

    static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId2" Type="\(officeRelationships)/worksheet" Target="worksheets/../worksheets/sheet2.xml"/>
          <Relationship Id="rId1" Type="\(officeRelationships)/worksheet" Target="worksheets/sheet1.xml"/>
          <Relationship Id="rId9" Type="\(officeRelationships)/chartsheet" Target="chartsheets/sheet1.xml"/>
          <Relationship Id="rId3" Type="\(officeRelationships)/styles" Target="styles.xml"/>
          <Relationship Id="rId4" Type="\(officeRelationships)/sharedStrings" Target="sharedStrings.xml"/>
          <Relationship Id="rId5" Type="\(officeRelationships)/hyperlink" Target="https://example.invalid/" TargetMode="External"/>
        </Relationships>
        """

    /// cellXfs: 0 General, 1 built-in date 14, 2 custom `d-mmm-yy`, 3 `#,##0.00`, 4 `[Red]0;"d"` (not a
    /// date: the d is quoted and in the second section), 5 `[h]:mm` (elapsed time).
    static let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <styleSheet xmlns="\(main)">
          <numFmts count="4">
            <numFmt numFmtId="164" formatCode="d\\-mmm\\-yy"/>
            <numFmt numFmtId="165" formatCode="[Red]0;&quot;d&quot;"/>
            <numFmt numFmtId="166" formatCode="[h]:mm"/>
            <numFmt numFmtId="167" formatCode="[$Rp-421]#,##0"/>
          </numFmts>
          <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
          <cellXfs count="7">
            <xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/>
            <xf numFmtId="4"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/>
          </cellXfs>
        </styleSheet>
        """

    static let sharedStrings = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- written like Excel: plain, rich and phonetic items -->
        <sst xmlns="\(main)" count="6" uniqueCount="6">
          <si><t>NIK</t></si>
          <si><t>Nama</t></si>
          <si><r><rPr><b/></rPr><t>Budi </t></r><r><t xml:space="preserve">Santoso &amp; </t></r><r><t>Anak</t></r></si>
          <si><t>3402010101900001</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>
          <si><t>&lt;tag&gt; &#233;&#xE9; &quot;q&quot; &apos;a&apos;</t></si>
          <si><t><![CDATA[<mentah> & apa adanya]]></t></si>
        </sst>
        """

    /// Sparse cells: B3 and C4 only, a row without `r`, a cell without `r`, styled empties, a
    /// misleading dimension, and every cell type.
    static let sheet1 = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="\(main)" xmlns:r="\(officeRelationships)">
          <dimension ref="A1:B2"/>
          <sheetData>
            <row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>4</v></c></row>
            <row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" s="1"><v>45366</v></c>\
        <c r="D2" s="2"><v>32963.5</v></c><c r="E2" s="3"><v>1234.5</v></c><c r="F2" s="4"><v>7</v></c>\
        <c r="G2" s="5"><v>1.25</v></c><c r="H2" s="6"><v>150000</v></c></row>
            <row r="3"><c r="B3" t="b"><v>1</v></c><c r="C3" s="1"/><c r="D3" s="3"></c></row>
            <row r="5"><c r="C5" t="e"><v>#N/A</v></c><c t="str"><f>C5&amp;"x"</f><v>hasil rumus</v></c>\
        <c r="F5"><f>1+1</f><v>2</v></c><c r="G5" t="inlineStr"><is><t>sebaris</t></is></c></row>
            <row><c r="A6" t="s"><v>5</v></c></row>
            <row r="7" customHeight="1" ht="30"/>
            <row r="8"><c r="AA8"><v>-0.5</v></c><c r="B8" t="d"><v>2024-02-29T13:45:00</v></c></row>
          </sheetData>
          <mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>
        </worksheet>
        """

    /// Prefixed element names, as some .NET writers produce.
    static let sheet2 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <x:worksheet xmlns:x="\(main)"><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>1</x:v></x:c>\
        </x:row></x:sheetData></x:worksheet>
        """

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>
        """

    /// The fixture's parts; `replacing` swaps or (with nil) removes parts.
    static func parts(date1904: Bool = false, replacing changes: [String: String?] = [:]) -> [(String, String)] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(date1904: date1904)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships),
            ("xl/styles.xml", styles),
            ("xl/sharedStrings.xml", sharedStrings),
            ("xl/worksheets/sheet1.xml", sheet1),
            ("xl/worksheets/sheet2.xml", sheet2),
        ]
        for (name, replacement) in changes {
            parts.removeAll { $0.0 == name }
            if let replacement { parts.append((name, replacement)) }
        }
        return parts
    }

    static func archive(_ parts: [(String, String)]) throws -> [UInt8] {
        let collector = ByteCollector()
        let writer = ZipWriter(sink: collector.sink)
        for (name, contents) in parts {
            try writer.addEntry(named: name, contents: Array(contents.utf8))
        }
        try writer.finish()
        return collector.bytes
    }

    static func workbookBytes(date1904: Bool = false, replacing changes: [String: String?] = [:]) throws -> [UInt8] {
        try archive(parts(date1904: date1904, replacing: changes))
    }
}
