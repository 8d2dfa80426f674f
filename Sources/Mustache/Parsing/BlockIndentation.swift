/// Removes a block's own indentation from the lines of its content, so that the content can be
/// re-indented where it is expanded (spec ~inheritance, "Block reindentation").
enum BlockIndentation {
    /// `nodes` with `prefix` (or as much of it as a line starts with) removed from every line start.
    /// `startingAtLineStart` says whether the first node begins a line or continues the tag's line.
    static func strip(_ prefix: [UInt8], from nodes: [Node], startingAtLineStart: Bool) -> [Node] {
        var atLineStart = startingAtLineStart
        return strip(prefix, from: nodes, atLineStart: &atLineStart)
    }

    private static func strip(_ prefix: [UInt8], from nodes: [Node], atLineStart: inout Bool) -> [Node] {
        var result: [Node] = []
        result.reserveCapacity(nodes.count)
        for node in nodes {
            switch node {
            case .text(let bytes):
                let stripped = stripLines(bytes, prefix: prefix, atLineStart: &atLineStart)
                if !stripped.isEmpty { result.append(.text(stripped)) }
            case .escapedVariable, .rawVariable:
                atLineStart = false
                result.append(node)
            case .section(let path, let children):
                result.append(.section(path, strip(prefix, from: children, atLineStart: &atLineStart)))
            case .invertedSection(let path, let children):
                result.append(.invertedSection(path, strip(prefix, from: children, atLineStart: &atLineStart)))
            case .partial(let reference, let indentation):
                // A standalone partial keeps its own line: the next node still starts one.
                if indentation == nil { atLineStart = false }
                result.append(.partial(reference, indentation: indentation.map { dropping(prefix, from: $0) }))
            case .parent(let reference, let overrides, let indentation):
                if indentation == nil { atLineStart = false }
                result.append(
                    .parent(
                        reference, overrides: overrides, indentation: indentation.map { dropping(prefix, from: $0) }))
            case .block(let name, let content, let indentation):
                // The block's content is already relative to its own indentation; only that moves.
                atLineStart = false
                result.append(
                    .block(name, defaultContent: content, indentation: indentation.map { dropping(prefix, from: $0) }))
            }
        }
        return result
    }

    private static func stripLines(_ bytes: [UInt8], prefix: [UInt8], atLineStart: inout Bool) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            if atLineStart {
                var matched = 0
                while matched < prefix.count, position < bytes.count, bytes[position] == prefix[matched] {
                    matched += 1
                    position += 1
                }
                atLineStart = false
                guard position < bytes.count else { break }
            }
            let byte = bytes[position]
            result.append(byte)
            position += 1
            if byte == UInt8(ascii: "\n") { atLineStart = true }
        }
        return result
    }

    /// `indentation` without the part of `prefix` it starts with.
    static func dropping(_ prefix: [UInt8], from indentation: [UInt8]) -> [UInt8] {
        var matched = 0
        while matched < prefix.count, matched < indentation.count, indentation[matched] == prefix[matched] {
            matched += 1
        }
        return Array(indentation[matched...])
    }
}
