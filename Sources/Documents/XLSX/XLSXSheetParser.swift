/// Turns a worksheet part (ECMA-376 Part 1 §18.3) into rows of values. Cells are placed by their
/// `r` reference (or after the previous cell when it is missing), so sparse rows come back with
/// `.empty` in the gaps; the `<dimension>` element is ignored, since producers get it wrong.
struct XLSXSheetParser {
    let sheet: String
    let sharedStrings: [String]
    let styles: XLSXStyles
    let date1904: Bool
    let limits: XLSXReadLimits

    /// The cell being read.
    private struct Cell {
        var column = 0
        var type = CellType.number
        var style = 0
        var content: [UInt8] = []
        var hasContent = false
    }

    private enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, isoDate
    }

    func rows(of bytes: [UInt8], part: String) throws(XLSXError) -> [XLSXRow] {
        var scanner = XMLScanner(bytes: bytes, part: part)
        var rows: [XLSXRow] = []
        var inSheetData = false
        var rowNumber = 0
        var values: [XLSXValue] = []
        var cell = Cell()
        var inCell = false
        var lastColumn = -1
        var collecting = false
        var inInlineString = false
        var phoneticDepth = 0
        while let event = try scanner.next() {
            switch event {
            case .start(let tag):
                let name = tag.localName
                guard inSheetData else {
                    if scanner.matches(name, XLSXNames.sheetData) { inSheetData = true }
                    continue
                }
                if scanner.matches(name, XLSXNames.c) {
                    cell = try startCell(tag, scanner: scanner, previousColumn: lastColumn)
                    lastColumn = cell.column
                    inCell = true
                } else if scanner.matches(name, XLSXNames.v) {
                    collecting = inCell
                } else if scanner.matches(name, XLSXNames.t) {
                    collecting = inCell && inInlineString && phoneticDepth == 0
                } else if scanner.matches(name, XLSXNames.is) {
                    inInlineString = true
                } else if scanner.matches(name, XLSXNames.rPh) {
                    phoneticDepth += 1
                } else if scanner.matches(name, XLSXNames.row) {
                    rowNumber = try number(ofRow: tag, scanner: scanner, previous: rowNumber)
                    values.removeAll(keepingCapacity: true)
                    lastColumn = -1
                }
            case .text(let run):
                if collecting {
                    try scanner.appendDecoded(run, to: &cell.content)
                    cell.hasContent = true
                }
            case .end(let name):
                guard inSheetData else { continue }
                if scanner.matches(name, XLSXNames.v) || scanner.matches(name, XLSXNames.t) {
                    if collecting { cell.hasContent = true }
                    collecting = false
                } else if scanner.matches(name, XLSXNames.c) {
                    let value = try self.value(of: cell)
                    if !value.isEmpty { try place(value, at: cell.column, in: &values, row: rowNumber) }
                    inCell = false
                } else if scanner.matches(name, XLSXNames.is) {
                    inInlineString = false
                } else if scanner.matches(name, XLSXNames.rPh) {
                    phoneticDepth -= 1
                } else if scanner.matches(name, XLSXNames.row) {
                    try finishRow(number: rowNumber, values: &values, into: &rows)
                } else if scanner.matches(name, XLSXNames.sheetData) {
                    inSheetData = false
                }
            }
        }
        return rows
    }

    private func startCell(_ tag: XMLStartTag, scanner: XMLScanner, previousColumn: Int) throws(XLSXError) -> Cell {
        var cell = Cell()
        if let reference = try scanner.attributeValue(XLSXNames.r, of: tag) {
            guard let parsed = CellReference.parse(reference) else {
                throw .malformedWorkbook("sheet \(sheet) has a cell with reference \(reference)")
            }
            cell.column = parsed.column
        } else {
            cell.column = previousColumn + 1
        }
        cell.style = try scanner.attributeValue(XLSXNames.s, of: tag).flatMap { Int($0) } ?? 0
        switch try scanner.attributeValue(XLSXNames.t, of: tag) {
        case "s": cell.type = .sharedString
        case "inlineStr": cell.type = .inlineString
        case "str": cell.type = .formulaString
        case "b": cell.type = .boolean
        case "e": cell.type = .error
        case "d": cell.type = .isoDate
        default: cell.type = .number
        }
        return cell
    }

    private func number(ofRow tag: XMLStartTag, scanner: XMLScanner, previous: Int) throws(XLSXError) -> Int {
        guard let text = try scanner.attributeValue(XLSXNames.r, of: tag) else { return previous + 1 }
        guard let number = Int(text), number >= 1 else {
            throw .malformedWorkbook("sheet \(sheet) has a row numbered \(text)")
        }
        return number
    }

    private func value(of cell: Cell) throws(XLSXError) -> XLSXValue {
        guard cell.hasContent else { return .empty }
        let text = String(decoding: cell.content, as: UTF8.self)
        switch cell.type {
        case .sharedString:
            guard let index = Int(text.trimmingSpace), sharedStrings.indices.contains(index) else {
                throw .malformedWorkbook("sheet \(sheet) refers to shared string \(text), which does not exist")
            }
            return .text(sharedStrings[index])
        case .inlineString:
            return .text(ExcelTextEscape.decode(text))
        case .formulaString:
            return .text(ExcelTextEscape.decode(text))
        case .boolean:
            return .boolean(text.trimmingSpace == "1" || text.trimmingSpace.lowercased() == "true")
        case .error:
            return .error(text)
        case .isoDate:
            return Self.isoDate(text).map(XLSXValue.date) ?? .text(text)
        case .number:
            let trimmed = text.trimmingSpace
            guard !trimmed.isEmpty else { return .empty }
            guard let number = Double(trimmed) else { return .text(text) }
            if styles.isDate(style: cell.style), let date = XLSXDateTime(serial: number, date1904: date1904) {
                return .date(date)
            }
            return .number(number)
        }
    }

    private func place(_ value: XLSXValue, at column: Int, in values: inout [XLSXValue], row: Int) throws(XLSXError) {
        guard column < limits.maximumColumns else {
            throw .columnPastLimit(
                sheet: sheet, cell: CellReference.name(column: column, row: row), limit: limits.maximumColumns)
        }
        if column >= values.count {
            values.append(contentsOf: repeatElement(.empty, count: column - values.count + 1))
        }
        values[column] = value
    }

    private func finishRow(number: Int, values: inout [XLSXValue], into rows: inout [XLSXRow]) throws(XLSXError) {
        while values.last?.isEmpty == true { values.removeLast() }
        guard !values.isEmpty else { return }
        guard number <= limits.maximumRows else {
            throw .rowPastLimit(sheet: sheet, row: number, limit: limits.maximumRows)
        }
        rows.append(XLSXRow(number: number, values: values))
    }

    /// `yyyy-mm-dd` with an optional `Thh:mm:ss` (cells of type `d`, ECMA-376 Part 1 §18.17.4.1).
    static func isoDate(_ text: String) -> XLSXDateTime? {
        let parts = text.split(separator: "T", maxSplits: 1)
        let day = parts.first?.split(separator: "-").compactMap { Int($0) } ?? []
        guard day.count == 3, CivilDate(year: day[0], month: day[1], day: day[2]).isValid else { return nil }
        var time = [0, 0, 0]
        if parts.count == 2 {
            let clock = parts[1].prefix(8).split(separator: ":").compactMap { Int($0) }
            guard clock.count >= 2, clock.count <= 3 else { return nil }
            time = clock + Array(repeating: 0, count: 3 - clock.count)
        }
        return XLSXDateTime(year: day[0], month: day[1], day: day[2], hour: time[0], minute: time[1], second: time[2])
    }
}

extension String {
    fileprivate var trimmingSpace: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let start = firstIndex { !isSpace($0) } ?? endIndex
        let end = lastIndex { !isSpace($0) }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
