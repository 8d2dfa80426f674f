/// Which cell formats (`s` indexes into `cellXfs`) of a workbook show dates, read from `xl/styles.xml`.
struct XLSXStyles {
    private var dateStyles: Set<Int> = []

    /// No date formats: every number stays a number.
    init() {}

    init(parsing bytes: [UInt8], part: String) throws(XLSXError) {
        var scanner = XMLScanner(bytes: bytes, part: part)
        var customFormats: [Int: Bool] = [:]
        var formatIDs: [Int] = []
        var inCellFormats = false
        while let event = try scanner.next() {
            switch event {
            case .start(let tag):
                if scanner.matches(tag.localName, Names.numFmt) {
                    if let id = try scanner.attributeValue(Names.numFmtId, of: tag).flatMap({ Int($0) }),
                        let code = try scanner.attributeValue(Names.formatCode, of: tag)
                    {
                        customFormats[id] = XLSXNumberFormat.isDateFormat(code)
                    }
                } else if scanner.matches(tag.localName, Names.cellXfs) {
                    inCellFormats = true
                } else if inCellFormats, scanner.matches(tag.localName, Names.xf) {
                    formatIDs.append(try scanner.attributeValue(Names.numFmtId, of: tag).flatMap { Int($0) } ?? 0)
                }
            case .end(let name):
                if scanner.matches(name, Names.cellXfs) { inCellFormats = false }
            case .text:
                continue
            }
        }
        for (index, id) in formatIDs.enumerated() where customFormats[id] ?? XLSXNumberFormat.isBuiltInDate(id) {
            dateStyles.insert(index)
        }
    }

    /// Whether cells with this style index show dates.
    func isDate(style: Int) -> Bool {
        dateStyles.contains(style)
    }

    private enum Names {
        static let numFmt = Array("numFmt".utf8)
        static let numFmtId = Array("numFmtId".utf8)
        static let formatCode = Array("formatCode".utf8)
        static let cellXfs = Array("cellXfs".utf8)
        static let xf = Array("xf".utf8)
    }
}
