/// Applies the spec's standalone-line rule to the scanned tokens: a line holding only whitespace and one
/// section, inverted, closing, comment, partial, set-delimiter or block tag disappears from the output
/// (the whitespace before the tag, the tag, and the line break after it).
///
/// Inheritance adds three cases (spec ~inheritance, "Standalone parent", "Standalone block", "Block
/// reindentation"): a parent tag is standalone when its opening tag starts a line and its closing tag ends
/// one; a block directly inside a parent starts its content on the next line when the rest of its opening
/// line is blank and drops the whitespace before its closing tag; and every block records the indentation
/// its content was written with, so `Parser` can re-indent it where it is expanded.
struct StandaloneLines {
    private enum Role {
        case section
        case parent
        case blockOverride
        case blockSite
    }

    private let source: [UInt8]
    private var tokens: [ScannedToken]
    private var openTags: [(index: Int, role: Role)] = []

    static func trim(_ tokens: [ScannedToken], source: [UInt8]) -> [ScannedToken] {
        var pass = StandaloneLines(source: source, tokens: tokens)
        pass.run()
        return pass.tokens
    }

    private init(source: [UInt8], tokens: [ScannedToken]) {
        self.source = source
        self.tokens = tokens
    }

    private mutating func run() {
        for index in tokens.indices {
            switch tokens[index].kind {
            case .text, .escapedVariable, .rawVariable:
                continue
            case .comment, .setDelimiter:
                _ = trimIfStandalone(index)
            case .partial:
                tokens[index].standaloneIndentation = trimIfStandalone(index)
            case .section, .invertedSection:
                _ = trimIfStandalone(index)
                openTags.append((index, .section))
            case .parent:
                openTags.append((index, .parent))
            case .block:
                openBlock(index)
            case .close:
                close(index)
            }
        }
    }

    private mutating func openBlock(_ index: Int) {
        if openTags.last?.role == .parent {
            if let contentStart = lineEnd(after: index) {
                trimHead(of: index + 1, to: contentStart)
                tokens[index].contentStartsLine = true
            }
            tokens[index].leadIndentation = lineStartIndentation(before: index)
            openTags.append((index, .blockOverride))
        } else {
            if let indentation = trimIfStandalone(index) {
                tokens[index].standaloneIndentation = indentation
                tokens[index].contentStartsLine = true
            } else {
                tokens[index].leadIndentation = lineStartIndentation(before: index)
            }
            openTags.append((index, .blockSite))
        }
    }

    private mutating func close(_ index: Int) {
        // A close without an open tag is reported by the parser; treat it as a section close here.
        guard let open = openTags.popLast() else {
            _ = trimIfStandalone(index)
            return
        }
        switch open.role {
        case .section:
            _ = trimIfStandalone(index)
        case .parent:
            if let indentation = lineStartIndentation(before: open.index), let end = lineEnd(after: index) {
                trimTail(of: open.index - 1)
                trimHead(of: index + 1, to: end)
                tokens[open.index].standaloneIndentation = indentation
            }
        case .blockOverride:
            if lineStartIndentation(before: index) != nil { trimTail(of: index - 1) }
            recordContentIndentation(open: open.index, close: index)
        case .blockSite:
            _ = trimIfStandalone(index)
            recordContentIndentation(open: open.index, close: index)
        }
    }

    /// Trims the line around tag `index` when it is standalone, and returns the whitespace before the tag.
    private mutating func trimIfStandalone(_ index: Int) -> [UInt8]? {
        guard let indentation = lineStartIndentation(before: index), let end = lineEnd(after: index) else {
            return nil
        }
        trimTail(of: index - 1)
        trimHead(of: index + 1, to: end)
        return indentation
    }

    /// The whitespace between the start of the line and tag `index`, or nil when anything else precedes it.
    private func lineStartIndentation(before index: Int) -> [UInt8]? {
        let previous = index - 1
        guard previous >= 0 else { return [] }
        guard tokens[previous].kind == .text else { return nil }
        let range = tokens[previous].range
        let lastNewline = source[range].lastIndex(of: UInt8(ascii: "\n"))
        guard lastNewline != nil || previous == 0 else { return nil }
        let tail = source[(lastNewline.map { $0 + 1 } ?? range.lowerBound)..<range.upperBound]
        guard tail.allSatisfy(isIndentation) else { return nil }
        return Array(tail)
    }

    /// Where the next line starts when only whitespace follows tag `index` up to a line break or the end
    /// of the template; nil when anything else follows on the line.
    private func lineEnd(after index: Int) -> Int? {
        let next = index + 1
        guard next < tokens.count else { return source.count }
        guard tokens[next].kind == .text else { return nil }
        let range = tokens[next].range
        for position in range {
            switch source[position] {
            case UInt8(ascii: "\n"): return position + 1
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
            default: return nil
            }
        }
        return next == tokens.count - 1 ? range.upperBound : nil
    }

    private mutating func trimTail(of index: Int) {
        guard index >= 0, tokens[index].kind == .text else { return }
        let range = tokens[index].range
        let tailStart = source[range].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? range.lowerBound
        let trimmed = tokens[index].trimmed
        tokens[index].trimmed = trimmed.lowerBound..<max(trimmed.lowerBound, min(trimmed.upperBound, tailStart))
    }

    private mutating func trimHead(of index: Int, to end: Int) {
        guard index < tokens.count, tokens[index].kind == .text else { return }
        let trimmed = tokens[index].trimmed
        tokens[index].trimmed = min(max(trimmed.lowerBound, end), trimmed.upperBound)..<trimmed.upperBound
    }

    /// Records on the opening tag the indentation its content was written with: the whitespace that starts
    /// the first non-blank line of the content (spec ~inheritance, "Intrinsic indentation"), or for a block
    /// whose content begins mid-line, the whitespace before the tag.
    private mutating func recordContentIndentation(open: Int, close: Int) {
        let token = tokens[open]
        if !token.contentStartsLine, let lead = token.leadIndentation {
            tokens[open].contentIndentation = lead
            return
        }
        let end = tokens[close].range.lowerBound
        // Full lines start after the opening tag's line, whose rest is blank (standalone) or is the
        // content's first, partial line.
        guard let newline = source[token.range.upperBound..<end].firstIndex(of: UInt8(ascii: "\n")) else {
            return
        }
        var position = newline + 1
        while position < end {
            let lineStart = position
            while position < end, isIndentation(source[position]) { position += 1 }
            guard position < end else { return }
            if source[position] == UInt8(ascii: "\n") || source[position] == UInt8(ascii: "\r") {
                position = (source[position..<end].firstIndex(of: UInt8(ascii: "\n")) ?? end) + 1
                continue
            }
            tokens[open].contentIndentation = Array(source[lineStart..<position])
            return
        }
    }
}

private func isIndentation(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
}
