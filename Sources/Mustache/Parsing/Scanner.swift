/// Splits template source into text and tags, following set-delimiter tags as it goes.
struct Scanner {
    private let source: [UInt8]
    private let templateName: String
    private var openDelimiter: [UInt8] = Array("{{".utf8)
    private var closeDelimiter: [UInt8] = Array("}}".utf8)

    init(source: [UInt8], templateName: String) {
        self.source = source
        self.templateName = templateName
    }

    mutating func scan() throws(TemplateParseError) -> [ScannedToken] {
        var tokens: [ScannedToken] = []
        var position = 0
        while position < source.count {
            let tagStart = find(openDelimiter, from: position) ?? source.count
            if tagStart > position {
                tokens.append(ScannedToken(kind: .text, range: position..<tagStart))
            }
            guard tagStart < source.count else { break }
            let tag = try scanTag(at: tagStart)
            tokens.append(tag)
            position = tag.range.upperBound
        }
        return tokens
    }

    private mutating func scanTag(at tagStart: Int) throws(TemplateParseError) -> ScannedToken {
        var position = tagStart + openDelimiter.count
        while position < source.count, isWhitespace(source[position]) { position += 1 }
        let sigil = position < source.count ? source[position] : 0

        switch sigil {
        case UInt8(ascii: "{"):
            // Triple mustache: `{{{name}}}`, closed by `}` followed by the closing delimiter.
            guard let end = find([UInt8(ascii: "}")] + closeDelimiter, from: position + 1) else {
                throw error(.unclosedTag, at: tagStart)
            }
            let name = try validatedName(from: position + 1, to: end, tagStart: tagStart)
            return ScannedToken(
                kind: .rawVariable, range: tagStart..<(end + 1 + closeDelimiter.count), content: name)
        case UInt8(ascii: "="):
            guard let end = find([UInt8(ascii: "=")] + closeDelimiter, from: position + 1) else {
                throw error(.unclosedTag, at: tagStart)
            }
            let range = tagStart..<(end + 1 + closeDelimiter.count)
            try setDelimiters(from: position + 1, to: end, tagStart: tagStart)
            return ScannedToken(kind: .setDelimiter, range: range)
        default:
            break
        }

        guard let end = find(closeDelimiter, from: position) else { throw error(.unclosedTag, at: tagStart) }
        let range = tagStart..<(end + closeDelimiter.count)
        let kind: ScannedToken.Kind
        switch sigil {
        case UInt8(ascii: "!"): return ScannedToken(kind: .comment, range: range)
        case UInt8(ascii: "&"): kind = .rawVariable
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .invertedSection
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        default:
            let name = try validatedName(from: position, to: end, tagStart: tagStart)
            return ScannedToken(kind: .escapedVariable, range: range, content: name)
        }
        // Partial, parent and block names are template or block names, not context paths: dots are free.
        let isPath = kind == .rawVariable || kind == .section || kind == .invertedSection
        var name = try validatedName(
            from: position + 1, to: end, tagStart: tagStart, isPath: isPath, allowsDynamic: !isPath)
        if name.hasPrefix("*") {
            // Dynamic names (`{{> *name}}`) are only meaningful in partial and parent tags.
            guard kind == .partial || kind == .parent || kind == .close else {
                throw error(.invalidName(name), at: tagStart)
            }
            name = "*" + name.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
        }
        return ScannedToken(kind: kind, range: range, content: name)
    }

    /// The trimmed name between `start` and `end`: non-empty, no inner whitespace, no empty dotted parts.
    private func validatedName(
        from start: Int, to end: Int, tagStart: Int, isPath: Bool = true, allowsDynamic: Bool = false
    ) throws(TemplateParseError) -> String {
        var lower = start
        var upper = end
        while lower < upper, isWhitespace(source[lower]) { lower += 1 }
        while upper > lower, isWhitespace(source[upper - 1]) { upper -= 1 }
        var nameStart = lower
        var isDottedPath = isPath
        if allowsDynamic, nameStart < upper, source[nameStart] == UInt8(ascii: "*") {
            // A dynamic name is a context path to the template's name.
            nameStart += 1
            isDottedPath = true
            while nameStart < upper, isWhitespace(source[nameStart]) { nameStart += 1 }
        }
        let name = String(decoding: source[lower..<upper], as: UTF8.self)
        let bare = source[nameStart..<upper]
        guard !bare.isEmpty, !bare.contains(where: isWhitespace) else {
            throw error(.invalidName(name), at: tagStart)
        }
        if isDottedPath, bare.count > 1 {
            // `.` alone is the implicit iterator; otherwise every dotted part needs at least one byte.
            let parts = bare.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            guard !parts.contains(where: \.isEmpty) else { throw error(.invalidName(name), at: tagStart) }
        }
        return name
    }

    private mutating func setDelimiters(from start: Int, to end: Int, tagStart: Int) throws(TemplateParseError) {
        let content = source[start..<end]
        let parts = content.split(whereSeparator: isWhitespace)
        // Spec (delimiters): custom delimiters may not contain whitespace or the equals sign.
        guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
            throw error(.invalidDelimiters(String(decoding: content, as: UTF8.self)), at: tagStart)
        }
        openDelimiter = Array(parts[0])
        closeDelimiter = Array(parts[1])
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= source.count else { return nil }
        var position = start
        let last = source.count - needle.count
        while position <= last {
            if source[position] == first, source[position..<(position + needle.count)].elementsEqual(needle) {
                return position
            }
            position += 1
        }
        return nil
    }

    private func error(_ reason: TemplateParseError.Reason, at offset: Int) -> TemplateParseError {
        TemplateParseError(reason: reason, template: templateName, location: SourceLocation(offset: offset, in: source))
    }
}

func isWhitespace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
}
