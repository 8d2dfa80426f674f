/// A pull scanner for the XML of SpreadsheetML parts: elements, attributes, text with the five
/// predefined entities and character references, comments, processing instructions and CDATA
/// (XML 1.0). Names are reported without their namespace prefix, since producers differ in
/// prefixes (`<x:c>` from some .NET writers) and SpreadsheetML never mixes namespaces by local
/// name. Document type declarations are refused, so no entity can be defined or expanded.
/// Checks what it must to reject a damaged part: tags nest and close, attributes are quoted,
/// references are known, one root element; it does not validate against a schema.
struct XMLScanner {
    let bytes: [UInt8]
    let part: String
    private(set) var position = 0
    private var open: [Range<Int>] = []
    private var pendingEnd: Range<Int>?
    private var sawRoot = false
    /// SpreadsheetML nests a handful of levels; a deeper document is an attack on the element stack.
    static let maximumDepth = 256

    enum Event {
        /// A start tag; an empty-element tag (`<a/>`) is followed by its `.end` at once.
        case start(XMLStartTag)
        /// An end tag, by local name.
        case end(Range<Int>)
        /// Character data inside the root element.
        case text(XMLTextRun)
    }

    init(bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
        // A UTF-8 byte order mark may precede the declaration (XML 1.0 §4.3.3, Appendix F).
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next event, or nil at the end of a well-formed document.
    mutating func next() throws(XLSXError) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name)
        }
        while position < bytes.count {
            if bytes[position] != Self.lessThan {
                let start = position
                var hasReferences = false
                var onlySpace = true
                while position < bytes.count, bytes[position] != Self.lessThan {
                    let byte = bytes[position]
                    if byte == Self.ampersand || byte == Self.carriageReturn { hasReferences = true }
                    if !Self.isSpace(byte) { onlySpace = false }
                    position += 1
                }
                if open.isEmpty {
                    guard onlySpace else { throw failure("text outside the root element", at: start) }
                    continue
                }
                return .text(XMLTextRun(range: start..<position, isCData: false, needsDecoding: hasReferences))
            }
            guard position + 1 < bytes.count else { throw failure("document ends inside a tag") }
            switch bytes[position + 1] {
            case UInt8(ascii: "?"):
                try skip(past: Self.processingInstructionEnd, what: "processing instruction")
            case UInt8(ascii: "!"):
                if hasPrefix(Self.commentStart) {
                    try skip(past: Self.commentEnd, what: "comment")
                } else if hasPrefix(Self.cdataStart) {
                    guard !open.isEmpty else { throw failure("CDATA outside the root element") }
                    let start = position + Self.cdataStart.count
                    try skip(past: Self.cdataEnd, what: "CDATA section")
                    return .text(XMLTextRun(range: start..<(position - Self.cdataEnd.count), isCData: true, needsDecoding: false))
                } else {
                    throw failure("document type declarations are not accepted")
                }
            case UInt8(ascii: "/"):
                return .end(try endTag())
            default:
                return .start(try startTag())
            }
        }
        if let unclosed = open.last { throw failure("document ends before </\(string(unclosed))>") }
        guard sawRoot else { throw failure("no root element") }
        return nil
    }

    /// Whether the bytes of `range` equal `name`.
    func matches(_ range: Range<Int>, _ name: [UInt8]) -> Bool {
        guard range.count == name.count else { return false }
        var index = range.lowerBound
        for byte in name {
            if bytes[index] != byte { return false }
            index += 1
        }
        return true
    }

    /// The bytes of `range` as a string, with no reference decoding.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The attribute with this local name.
    func attribute(_ name: [UInt8], of tag: XMLStartTag) -> XMLAttribute? {
        tag.attributes.first { matches($0.localName, name) }
    }

    /// The decoded value of the attribute with this local name.
    func attributeValue(_ name: [UInt8], of tag: XMLStartTag) throws(XLSXError) -> String? {
        guard let attribute = attribute(name, of: tag) else { return nil }
        return try value(of: attribute)
    }

    private mutating func startTag() throws(XLSXError) -> XMLStartTag {
        let tagStart = position
        guard open.isEmpty ? !sawRoot : true else { throw failure("a second root element") }
        position += 1
        let name = try qualifiedName()
        var attributes: [XMLAttribute] = []
        while true {
            let hadSpace = skipSpace()
            guard position < bytes.count else { throw failure("document ends inside a tag", at: tagStart) }
            switch bytes[position] {
            case Self.greaterThan:
                position += 1
                guard open.count < Self.maximumDepth else {
                    throw failure("elements nested deeper than \(Self.maximumDepth) levels", at: tagStart)
                }
                open.append(name)
                sawRoot = true
                return XMLStartTag(localName: Self.localPart(of: name, in: bytes), attributes: attributes)
            case Self.slash:
                guard position + 1 < bytes.count, bytes[position + 1] == Self.greaterThan else {
                    throw failure("expected /> in a tag")
                }
                position += 2
                sawRoot = true
                let local = Self.localPart(of: name, in: bytes)
                pendingEnd = local
                return XMLStartTag(localName: local, attributes: attributes)
            default:
                guard hadSpace else { throw failure("attributes must be separated by white space") }
                attributes.append(try attribute())
            }
        }
    }

    private mutating func attribute() throws(XLSXError) -> XMLAttribute {
        let name = try qualifiedName()
        skipSpace()
        guard position < bytes.count, bytes[position] == Self.equals else { throw failure("expected = after an attribute name") }
        position += 1
        skipSpace()
        guard position < bytes.count, bytes[position] == Self.doubleQuote || bytes[position] == Self.singleQuote else {
            throw failure("attribute value is not quoted")
        }
        let quote = bytes[position]
        position += 1
        let start = position
        var needsDecoding = false
        while position < bytes.count, bytes[position] != quote {
            switch bytes[position] {
            case Self.lessThan: throw failure("< in an attribute value")
            case Self.ampersand, 0x09, 0x0A, 0x0D: needsDecoding = true
            default: break
            }
            position += 1
        }
        guard position < bytes.count else { throw failure("attribute value is not closed", at: start) }
        let valueRange = start..<position
        position += 1
        return XMLAttribute(localName: Self.localPart(of: name, in: bytes), value: valueRange, needsDecoding: needsDecoding)
    }

    private mutating func endTag() throws(XLSXError) -> Range<Int> {
        let tagStart = position
        position += 2
        let name = try qualifiedName()
        skipSpace()
        guard position < bytes.count, bytes[position] == Self.greaterThan else { throw failure("expected > after an end tag name") }
        position += 1
        guard let expected = open.popLast() else { throw failure("</\(string(name))> closes nothing", at: tagStart) }
        guard bytes[expected] == bytes[name] else {
            throw failure("</\(string(name))> closes <\(string(expected))>", at: tagStart)
        }
        return Self.localPart(of: name, in: bytes)
    }

    private mutating func qualifiedName() throws(XLSXError) -> Range<Int> {
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
        guard position > start else { throw failure("expected a name") }
        return start..<position
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = position
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
        return position > start
    }

    private func hasPrefix(_ prefix: [UInt8]) -> Bool {
        position + prefix.count <= bytes.count && bytes[position..<(position + prefix.count)].elementsEqual(prefix)
    }

    /// Moves past the next occurrence of `terminator`.
    private mutating func skip(past terminator: [UInt8], what: String) throws(XLSXError) {
        let start = position
        position += 2
        while position + terminator.count <= bytes.count {
            if bytes[position] == terminator[0], bytes[position..<(position + terminator.count)].elementsEqual(terminator) {
                position += terminator.count
                return
            }
            position += 1
        }
        throw failure("\(what) is not closed", at: start)
    }

    func failure(_ reason: String, at offset: Int? = nil) -> XLSXError {
        .malformedXML(part: part, offset: offset ?? position, reason: reason)
    }

    private static func localPart(of name: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        guard let colon = bytes[name].lastIndex(of: UInt8(ascii: ":")) else { return name }
        return (colon + 1)..<name.upperBound
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, lessThan, greaterThan, slash, equals, doubleQuote, singleQuote, ampersand: false
        default: byte >= 0x20
        }
    }

    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let ampersand = UInt8(ascii: "&")
    static let carriageReturn: UInt8 = 0x0D
    private static let slash = UInt8(ascii: "/")
    private static let equals = UInt8(ascii: "=")
    private static let doubleQuote = UInt8(ascii: "\"")
    private static let singleQuote = UInt8(ascii: "'")
    private static let processingInstructionEnd = Array("?>".utf8)
    private static let commentStart = Array("<!--".utf8)
    private static let commentEnd = Array("-->".utf8)
    private static let cdataStart = Array("<![CDATA[".utf8)
    private static let cdataEnd = Array("]]>".utf8)
}

/// A start tag: its local name and attributes, as ranges into the scanned bytes.
struct XMLStartTag {
    var localName: Range<Int>
    var attributes: [XMLAttribute]
}

/// One attribute; `needsDecoding` when the raw value holds references or white space to normalise.
struct XMLAttribute {
    var localName: Range<Int>
    var value: Range<Int>
    var needsDecoding: Bool
}

/// A run of character data; CDATA is taken literally, other text may need references decoded.
struct XMLTextRun {
    var range: Range<Int>
    var isCData: Bool
    var needsDecoding: Bool
}
