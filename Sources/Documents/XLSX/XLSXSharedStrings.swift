/// Reads the shared string table (`xl/sharedStrings.xml`, ECMA-376 Part 1 §18.4): each `<si>` is
/// plain `<t>` text or rich text runs `<r><t>…</t></r>`, whose texts are joined; phonetic runs
/// (`<rPh>`) are reading aids, not content, and are skipped.
enum XLSXSharedStrings {
    static func parse(_ bytes: [UInt8], part: String) throws(XLSXError) -> [String] {
        var scanner = XMLScanner(bytes: bytes, part: part)
        var strings: [String] = []
        var current: [UInt8] = []
        var inItem = false
        var collecting = false
        var phoneticDepth = 0
        while let event = try scanner.next() {
            switch event {
            case .start(let tag):
                if scanner.matches(tag.localName, XLSXNames.si) {
                    inItem = true
                    current.removeAll(keepingCapacity: true)
                } else if scanner.matches(tag.localName, XLSXNames.rPh) {
                    phoneticDepth += 1
                } else if inItem, phoneticDepth == 0, scanner.matches(tag.localName, XLSXNames.t) {
                    collecting = true
                }
            case .text(let run):
                if collecting { try scanner.appendDecoded(run, to: &current) }
            case .end(let name):
                if scanner.matches(name, XLSXNames.t) {
                    collecting = false
                } else if scanner.matches(name, XLSXNames.rPh) {
                    phoneticDepth -= 1
                } else if scanner.matches(name, XLSXNames.si) {
                    inItem = false
                    strings.append(ExcelTextEscape.decode(String(decoding: current, as: UTF8.self)))
                }
            }
        }
        return strings
    }
}

/// Element and attribute names of SpreadsheetML the reader looks for, as bytes.
enum XLSXNames {
    static let si = Array("si".utf8)
    static let t = Array("t".utf8)
    static let rPh = Array("rPh".utf8)
    static let sheetData = Array("sheetData".utf8)
    static let row = Array("row".utf8)
    static let c = Array("c".utf8)
    static let v = Array("v".utf8)
    static let `is` = Array("is".utf8)
    static let r = Array("r".utf8)
    static let s = Array("s".utf8)
    static let workbookPr = Array("workbookPr".utf8)
    static let date1904 = Array("date1904".utf8)
    static let sheet = Array("sheet".utf8)
    static let name = Array("name".utf8)
    static let id = Array("id".utf8)
    static let relationship = Array("Relationship".utf8)
    static let relationshipID = Array("Id".utf8)
    static let type = Array("Type".utf8)
    static let target = Array("Target".utf8)
    static let targetMode = Array("TargetMode".utf8)
}
