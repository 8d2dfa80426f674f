/// The parts of a workbook package a reader needs, found the way Open Packaging Conventions say
/// (ECMA-376 Part 2 §9): the package relationships name the workbook, whose relationships name
/// the sheets, the styles and the shared strings.
struct XLSXPackage {
    struct SheetEntry {
        var name: String
        var part: String
    }

    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    let archive: ZipReader
    let limits: XLSXReadLimits
    let sheets: [SheetEntry]
    let date1904: Bool
    private let stylesPart: String?
    private let sharedStringsPart: String?

    init(archive: ZipReader, limits: XLSXReadLimits, budget: inout Int) throws(XLSXError) {
        self.archive = archive
        self.limits = limits
        let root = try Self.relationships(of: "", in: archive, limits: limits, budget: &budget)
        // Some producers omit the package relationships; xl/workbook.xml is where everyone puts it.
        let workbookPart = root.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard let workbook = try Self.read(workbookPart, in: archive, limits: limits, budget: &budget) else {
            throw .malformedWorkbook("no workbook part (\(workbookPart))")
        }
        let links = try Self.relationships(of: workbookPart, in: archive, limits: limits, budget: &budget)
        var scanner = XMLScanner(bytes: workbook, part: workbookPart)
        var sheets: [SheetEntry] = []
        var date1904 = false
        while let event = try scanner.next() {
            guard case .start(let tag) = event else { continue }
            if scanner.matches(tag.localName, XLSXNames.workbookPr) {
                let value = try scanner.attributeValue(XLSXNames.date1904, of: tag)
                date1904 = value == "1" || value == "true"
            } else if scanner.matches(tag.localName, XLSXNames.sheet) {
                guard let name = try scanner.attributeValue(XLSXNames.name, of: tag),
                    let id = try scanner.attributeValue(XLSXNames.id, of: tag)
                else { throw .malformedWorkbook("a sheet in \(workbookPart) has no name or relationship") }
                guard let link = links.first(where: { $0.id == id }) else {
                    throw .malformedWorkbook("sheet \(name) points to relationship \(id), which does not exist")
                }
                // Chart sheets and dialog sheets hold no cells; only worksheets are listed.
                if link.type.hasSuffix("/worksheet") { sheets.append(SheetEntry(name: name, part: link.target)) }
            }
        }
        guard !sheets.isEmpty else { throw .malformedWorkbook("the workbook lists no worksheet") }
        self.sheets = sheets
        self.date1904 = date1904
        stylesPart = links.first { $0.type.hasSuffix("/styles") }?.target
        sharedStringsPart = links.first { $0.type.hasSuffix("/sharedStrings") }?.target
    }

    func styles(budget: inout Int) throws(XLSXError) -> XLSXStyles {
        guard let stylesPart, let bytes = try Self.read(stylesPart, in: archive, limits: limits, budget: &budget) else {
            return XLSXStyles()
        }
        return try XLSXStyles(parsing: bytes, part: stylesPart)
    }

    func sharedStrings(budget: inout Int) throws(XLSXError) -> [String] {
        guard let sharedStringsPart,
            let bytes = try Self.read(sharedStringsPart, in: archive, limits: limits, budget: &budget)
        else { return [] }
        return try XLSXSharedStrings.parse(bytes, part: sharedStringsPart)
    }

    /// The inflated bytes of `part`, or nil if the package has no such part. Part names compare
    /// without regard to ASCII case (ECMA-376 Part 2 §9.1.1.1).
    static func read(_ part: String, in archive: ZipReader, limits: XLSXReadLimits, budget: inout Int) throws(XLSXError) -> [UInt8]? {
        let lowered = part.lowercased()
        guard let entry = archive.entry(named: part) ?? archive.entries.first(where: { $0.name.lowercased() == lowered }) else {
            return nil
        }
        guard entry.uncompressedSize <= budget else {
            throw .partTooLarge(part: part, size: entry.uncompressedSize, limit: limits.maximumUncompressedBytes)
        }
        do {
            let bytes = try archive.contents(of: entry, sizeLimit: budget)
            budget -= bytes.count
            return bytes
        } catch {
            throw .malformedWorkbook("part \(part) is damaged (\(error))")
        }
    }

    /// The relationships of `part` ("" for the package itself), targets resolved to part names;
    /// external targets (hyperlinks) are left out.
    static func relationships(
        of part: String, in archive: ZipReader, limits: XLSXReadLimits, budget: inout Int
    ) throws(XLSXError) -> [Relationship] {
        let (directory, file) = split(part)
        let relsPart = (directory.isEmpty ? "" : directory + "/") + "_rels/" + file + ".rels"
        guard let bytes = try read(relsPart, in: archive, limits: limits, budget: &budget) else { return [] }
        var scanner = XMLScanner(bytes: bytes, part: relsPart)
        var relationships: [Relationship] = []
        while let event = try scanner.next() {
            guard case .start(let tag) = event, scanner.matches(tag.localName, XLSXNames.relationship) else { continue }
            guard try scanner.attributeValue(XLSXNames.targetMode, of: tag) != "External",
                let id = try scanner.attributeValue(XLSXNames.relationshipID, of: tag),
                let type = try scanner.attributeValue(XLSXNames.type, of: tag),
                let target = try scanner.attributeValue(XLSXNames.target, of: tag)
            else { continue }
            relationships.append(Relationship(id: id, type: type, target: resolve(target, from: directory)))
        }
        return relationships
    }

    /// A relationship target as a part name: absolute targets start at the package root,
    /// relative ones at the source part's folder, with `.` and `..` resolved.
    static func resolve(_ target: String, from directory: String) -> String {
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : (directory.isEmpty ? "" : directory + "/") + target
        var parts: [Substring] = []
        for segment in path.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(segment)
            }
        }
        return parts.joined(separator: "/")
    }

    private static func split(_ part: String) -> (directory: String, file: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[..<slash]), String(part[part.index(after: slash)...]))
    }
}
