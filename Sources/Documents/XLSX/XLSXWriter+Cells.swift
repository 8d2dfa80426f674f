extension XLSXWriter {
    /// Excel's limit on the characters of one cell.
    static let maximumTextLength = 32_767

    /// Appends `<row>` with its cells to the buffer; throws before the row is complete when a cell
    /// is invalid (the caller cuts the buffer back).
    func appendRow(_ cells: [XLSXCell], style: XLSXCellStyle?, to sheet: inout OpenSheet) throws(XLSXError) {
        let rowNumber = sheet.lastRow + 1
        guard rowNumber <= CellReference.maximumRows else { throw .tooManyRows(sheet: sheet.name) }
        guard cells.count <= CellReference.maximumColumns else {
            throw .tooManyColumns(sheet: sheet.name, row: rowNumber)
        }
        var rowDigits: [UInt8] = []
        Self.appendDecimal(rowNumber, to: &rowDigits)
        buffer += Self.rowOpen
        buffer += rowDigits
        buffer += Self.quoteEnd
        buffer += Self.tagClose
        for (column, cell) in cells.enumerated() {
            try appendCell(cell, column: column, rowDigits: rowDigits, style: style)
        }
        buffer += Self.rowClose
        sheet.lastRow = rowNumber
    }

    private func appendCell(_ cell: XLSXCell, column: Int, rowDigits: [UInt8], style: XLSXCellStyle?) throws(XLSXError) {
        func cellName() -> String { String(decoding: letters(column) + rowDigits, as: UTF8.self) }
        func open(_ cellStyle: XLSXCellStyle, type: [UInt8] = []) {
            buffer += Self.cellOpen
            buffer += letters(column)
            buffer += rowDigits
            buffer += Self.quoteEnd
            buffer += (style ?? cellStyle).attribute
            buffer += type
            buffer += Self.tagClose
        }
        switch cell {
        case .empty:
            return
        case .text(let text):
            guard !text.isEmpty else { return }
            guard text.utf16.count <= Self.maximumTextLength else { throw .textTooLong(cell: cellName()) }
            open(.standard, type: Self.inlineStringType)
            let utf8 = text.utf8
            let padded = utf8.first.map(Self.isXMLSpace) == true || utf8.last.map(Self.isXMLSpace) == true
            buffer += padded ? Self.preservedTextOpen : Self.textOpen
            XMLEscaper.appendText(ExcelTextEscape.encode(text), to: &buffer)
            buffer += Self.inlineStringClose
        case .integer(let value):
            open(.integer)
            buffer += Self.valueOpen
            Self.appendDecimal(value, to: &buffer)
            buffer += Self.valueClose
        case .decimal(let value):
            guard value.isFinite else { return }
            open(.standard)
            buffer += Self.valueOpen
            buffer += value.description.utf8
            buffer += Self.valueClose
        case .date(let year, let month, let day):
            guard let serial = ExcelDate.serial(of: CivilDate(year: year, month: month, day: day)) else {
                throw .invalidDate(cell: cellName())
            }
            open(.date)
            buffer += Self.valueOpen
            Self.appendDecimal(serial, to: &buffer)
            buffer += Self.valueClose
        case .dateTime(let instant):
            guard let serial = dateTimeSerial(instant) else { throw .invalidDate(cell: cellName()) }
            open(.dateTime)
            buffer += Self.valueOpen
            buffer += serial.description.utf8
            buffer += Self.valueClose
        case .boolean(let value):
            open(.standard, type: Self.booleanType)
            buffer += value ? Self.trueValue : Self.falseValue
        }
    }

    private func letters(_ column: Int) -> [UInt8] {
        while columnLetters.count <= column {
            columnLetters.append(CellReference.columnLetters(columnLetters.count))
        }
        return columnLetters[column]
    }

    static func appendDecimal(_ value: Int, to output: inout [UInt8]) {
        guard value != 0 else {
            output.append(UInt8(ascii: "0"))
            return
        }
        if value < 0 { output.append(UInt8(ascii: "-")) }
        let start = output.count
        var remaining = value.magnitude
        while remaining > 0 {
            output.append(UInt8(ascii: "0") + UInt8(remaining % 10))
            remaining /= 10
        }
        output[start...].reverse()
    }

    private static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static let rowOpen = Array(#"<row r=""#.utf8)
    private static let rowClose = Array("</row>".utf8)
    private static let cellOpen = Array(#"<c r=""#.utf8)
    private static let quoteEnd = Array(#"""#.utf8)
    private static let tagClose = Array(">".utf8)
    private static let inlineStringType = Array(#" t="inlineStr""#.utf8)
    private static let booleanType = Array(#" t="b""#.utf8)
    private static let textOpen = Array("<is><t>".utf8)
    private static let preservedTextOpen = Array(#"<is><t xml:space="preserve">"#.utf8)
    private static let inlineStringClose = Array("</t></is></c>".utf8)
    private static let valueOpen = Array("<v>".utf8)
    private static let valueClose = Array("</v></c>".utf8)
    private static let trueValue = Array("<v>1</v></c>".utf8)
    private static let falseValue = Array("<v>0</v></c>".utf8)
}
