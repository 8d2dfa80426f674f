import Foundation
import Testing

@testable import Documents

/// Our workbooks as other programs see them: Python's zipfile and XML parser always (when python3
/// is installed), openpyxl when it happens to be installed (never installed by the tests).
struct XLSXExternalCheckTests {
    static let structureScript = #"""
        import sys, zipfile, xml.etree.ElementTree as ET
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        names = z.namelist()
        for part in ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels',
                     'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml',
                     'docProps/core.xml', 'docProps/app.xml']:
            assert part in names, part
        parsed = {n: ET.fromstring(z.read(n)) for n in names}
        for n in ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']:
            assert z.getinfo(n).compress_type == zipfile.ZIP_DEFLATED, n
        M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
        R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
        sheet = parsed['xl/worksheets/sheet1.xml']
        pane = sheet.find(f'{M}sheetViews/{M}sheetView/{M}pane')
        assert (pane.get('ySplit'), pane.get('topLeftCell'), pane.get('state')) == ('1', 'A2', 'frozen'), pane.attrib
        assert sheet.find(f'{M}autoFilter').get('ref') == 'A1:G9'
        cols = [(c.get('min'), c.get('width')) for c in sheet.findall(f'{M}cols/{M}col')]
        assert cols == [('1', '20.0'), ('2', '30.0'), ('5', '12.0')], cols
        rows = sheet.findall(f'{M}sheetData/{M}row')
        assert [r.get('r') for r in rows] == [str(n) for n in range(1, 10)]
        assert all(c.get('s') == '1' and c.get('t') == 'inlineStr' for c in rows[0]), 'bold header'
        texts = [c.find(f'{M}is/{M}t').text for c in rows[1] if c.get('t') == 'inlineStr']
        assert texts[1] == 'Tom & Jerry <b>"kutip" \'tunggal\'</b>', texts
        styles = {c.get('r'): c.get('s') for c in rows[1]}
        assert (styles['C2'], styles['D2'], styles['E2'], styles['F2']) == ('4', None, '2', '3'), styles
        assert not any(c.find(f'{M}f') is not None for r in rows for c in r), 'no formulas'
        st = parsed['xl/styles.xml']
        formats = {f.get('numFmtId'): f.get('formatCode') for f in st.findall(f'{M}numFmts/{M}numFmt')}
        assert formats == {'164': 'dd/mm/yyyy', '165': 'dd/mm/yyyy hh:mm'}, formats
        xfs = [x.get('numFmtId') for x in st.findall(f'{M}cellXfs/{M}xf')]
        assert xfs == ['0', '0', '164', '165', '3'], xfs
        assert st.find(f'{M}fonts')[1].find(f'{M}b') is not None
        wb = parsed['xl/workbook.xml']
        assert [(s.get('name'), s.get(f'{R}id')) for s in wb.findall(f'{M}sheets/{M}sheet')] == [('Penerima', 'rId1'), ('Ringkasan', 'rId2')]
        assert wb.find(f'{M}definedNames/{M}definedName').text == "'Penerima'!$A$1:$G$9"
        types = {o.get('PartName') for o in parsed['[Content_Types].xml']}
        assert {'/xl/worksheets/sheet1.xml', '/xl/worksheets/sheet2.xml', '/xl/styles.xml'} <= types, types
        print('ok')
        """#

    static let openpyxlScript = #"""
        import sys, datetime, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        assert wb.sheetnames == ['Penerima', 'Ringkasan'], wb.sheetnames
        ws = wb['Penerima']
        assert ws.freeze_panes == 'A2', ws.freeze_panes
        assert ws['A1'].value == 'NIK' and ws['A1'].font.b
        assert ws['A2'].value == '3402010101900010' and ws['A2'].data_type == 's'
        assert ws['B2'].value == 'Tom & Jerry <b>"kutip" \'tunggal\'</b>', ws['B2'].value
        assert ws['B4'].value == 'Penerima bantuan 🎉👨‍👩‍👧 ✓ 日本', ws['B4'].value
        assert ws['B5'].value == '=SUM(A1:A9)' and ws['B5'].data_type == 's'
        assert ws['C2'].value == -2000 and ws['C2'].number_format == '#,##0'
        assert ws['D3'].value == 1.25
        assert ws['E2'].value == datetime.datetime(1990, 2, 28), ws['E2'].value
        assert ws['E2'].number_format == 'dd/mm/yyyy'
        assert ws['F2'].value == datetime.datetime(2024, 3, 15, 10, 20, 30), ws['F2'].value
        assert ws['G2'].value is True and ws['G3'].value is False
        assert ws['B9'].value is None and ws['A9'].value == '3402010101900099'
        assert ws.column_dimensions['B'].width == 30
        assert wb['Ringkasan']['B1'].value == 8
        print('ok')
        """#

    static func writeSample() throws -> String {
        let path = ExternalZipCheck.temporaryPath(".xlsx")
        try Data(XLSXTestWorkbooks.sample()).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func pythonSeesAValidPackageWithTheExpectedStructure() throws {
        let path = try Self.writeSample()
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let result = try ExternalZipCheck.run(Self.structureScript, on: path) else { return }
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("ok"))
    }

    @Test func openpyxlReadsTheValuesWhenInstalled() throws {
        guard let probe = try ExternalZipCheck.run("import openpyxl", on: "-"), probe.status == 0 else {
            print("note: openpyxl is not installed for python3; skipping the openpyxl check")
            return
        }
        let path = try Self.writeSample()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try #require(try ExternalZipCheck.run(Self.openpyxlScript, on: path))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("ok"))
    }
}
