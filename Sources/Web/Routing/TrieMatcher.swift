#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A depth-first walk of the compiled trie over the raw path bytes. Segments are located by
/// offsets; nothing is allocated unless a segment is percent-encoded or a parameter is captured.
struct TrieMatcher {
    struct Capture {
        var name: Int32
        var start: Int
        var end: Int
    }

    let nodes: UnsafeBufferPointer<CompiledTrie.Node>
    let edges: UnsafeBufferPointer<CompiledTrie.Edge>
    let segmentBytes: UnsafeBufferPointer<UInt8>
    let entries: UnsafeBufferPointer<CompiledTrie.MethodEntry>
    let path: UnsafeBufferPointer<UInt8>
    /// The request method's number, and GET's for a HEAD request (HEAD falls back to GET).
    let method: Int32
    let fallbackMethod: Int32
    let capturing: Bool

    /// What a successful walk captured along its way.
    struct Captures {
        var parameters: [Capture] = []
        var catchAll: Capture?
    }

    /// Runs `body` with a matcher over `trie` and `path`.
    static func with<Result>(
        _ trie: CompiledTrie, path: UnsafeBufferPointer<UInt8>, method: Int32, fallbackMethod: Int32, capturing: Bool,
        _ body: (TrieMatcher) -> Result
    ) -> Result {
        trie.nodes.withUnsafeBufferPointer { nodes in
            trie.edges.withUnsafeBufferPointer { edges in
                trie.segmentBytes.withUnsafeBufferPointer { segmentBytes in
                    trie.entries.withUnsafeBufferPointer { entries in
                        body(
                            TrieMatcher(
                                nodes: nodes, edges: edges, segmentBytes: segmentBytes, entries: entries, path: path,
                                method: method, fallbackMethod: fallbackMethod, capturing: capturing))
                    }
                }
            }
        }
    }

    private init(
        nodes: UnsafeBufferPointer<CompiledTrie.Node>, edges: UnsafeBufferPointer<CompiledTrie.Edge>,
        segmentBytes: UnsafeBufferPointer<UInt8>, entries: UnsafeBufferPointer<CompiledTrie.MethodEntry>,
        path: UnsafeBufferPointer<UInt8>, method: Int32, fallbackMethod: Int32, capturing: Bool
    ) {
        self.nodes = nodes
        self.edges = edges
        self.segmentBytes = segmentBytes
        self.entries = entries
        self.path = path
        self.method = method
        self.fallbackMethod = fallbackMethod
        self.capturing = capturing
    }

    private static let slash = UInt8(ascii: "/")
    private static let percent = UInt8(ascii: "%")

    /// The next segment at or after `offset`: its bounds and whether it holds a `%`; nil at the end.
    func segment(from offset: Int) -> (start: Int, end: Int, encoded: Bool)? {
        var start = offset
        while start < path.count, path[start] == TrieMatcher.slash { start += 1 }
        guard start < path.count, let base = path.baseAddress else { return nil }
        let remaining = path.count - start
        let end = memchr(base + start, Int32(TrieMatcher.slash), remaining).map {
            base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
        } ?? path.count
        let encoded = memchr(base + start, Int32(TrieMatcher.percent), end - start) != nil
        return (start, end, encoded)
    }

    /// The route index for the request method among `count` entries from `first`.
    private func route(first: Int32, count: Int32) -> Int? {
        var fallback: Int?
        for index in Int(first)..<Int(first + count) {
            let entry = entries[index]
            if entry.method == method { return Int(entry.route) }
            if entry.method == fallbackMethod { fallback = Int(entry.route) }
        }
        return fallback
    }

    func find(node index: Int, from offset: Int, captures: inout Captures) -> Int? {
        let node = nodes[index]
        guard let (start, end, encoded) = segment(from: offset) else {
            return route(first: node.firstMethod, count: node.methodCount)
        }
        if let child = constantChild(of: node, start: start, end: end, encoded: encoded),
            let found = find(node: child, from: end, captures: &captures)
        {
            return found
        }
        if node.parameterChild >= 0 {
            if capturing { captures.parameters.append(Capture(name: node.parameterName, start: start, end: end)) }
            if let found = find(node: Int(node.parameterChild), from: end, captures: &captures) { return found }
            if capturing { captures.parameters.removeLast() }
        }
        if node.catchAllName >= 0, let found = route(first: node.firstCatchAllMethod, count: node.catchAllMethodCount) {
            captures.catchAll = Capture(name: node.catchAllName, start: start, end: path.count)
            return found
        }
        return nil
    }

    /// The numbers of every method any route matching this path accepts (the cold 405 path).
    func collectMethods(node index: Int, from offset: Int, into methods: inout [Int32]) {
        let node = nodes[index]
        guard let (start, end, encoded) = segment(from: offset) else {
            for entry in entries[Int(node.firstMethod)..<Int(node.firstMethod + node.methodCount)] {
                methods.append(entry.method)
            }
            return
        }
        if let child = constantChild(of: node, start: start, end: end, encoded: encoded) {
            collectMethods(node: child, from: end, into: &methods)
        }
        if node.parameterChild >= 0 {
            collectMethods(node: Int(node.parameterChild), from: end, into: &methods)
        }
        if node.catchAllName >= 0 {
            let first = Int(node.firstCatchAllMethod)
            for entry in entries[first..<first + Int(node.catchAllMethodCount)] { methods.append(entry.method) }
        }
    }

    private func constantChild(of node: CompiledTrie.Node, start: Int, end: Int, encoded: Bool) -> Int? {
        guard node.edgeCount > 0 else { return nil }
        let raw = UnsafeBufferPointer(rebasing: path[start..<end])
        guard encoded else { return constantChild(of: node, matching: raw) }
        guard let decoded = PercentDecoding.decode(raw, plusAsSpace: false) else { return nil }
        return decoded.withUnsafeBufferPointer { constantChild(of: node, matching: $0) }
    }

    private func constantChild(of node: CompiledTrie.Node, matching segment: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let stored = segmentBytes.baseAddress, let wanted = segment.baseAddress else { return nil }
        let first = Int(node.firstEdge)
        for edge in edges[first..<first + Int(node.edgeCount)] where Int(edge.byteCount) == segment.count {
            if memcmp(stored + Int(edge.firstByte), wanted, segment.count) == 0 {
                return Int(edge.child)
            }
        }
        return nil
    }

    /// The captured values, decoded; nil when one is not valid percent-encoded UTF-8.
    func parameters(_ captures: Captures, names: [String]) -> RouteParameters? {
        var values: [RouteParameters.Value] = []
        values.reserveCapacity(captures.parameters.count + (captures.catchAll == nil ? 0 : 1))
        for capture in captures.parameters {
            guard let value = decodedSegment(capture.start, capture.end) else { return nil }
            values.append(.init(name: names[Int(capture.name)], value: value))
        }
        var segments: [String] = []
        if let catchAll = captures.catchAll {
            var offset = catchAll.start
            while let (start, end, _) = segment(from: offset) {
                guard let value = decodedSegment(start, end) else { return nil }
                segments.append(value)
                offset = end
            }
            values.append(.init(name: names[Int(catchAll.name)], value: segments.joined(separator: "/")))
        }
        return RouteParameters(values: values, catchAll: segments)
    }

    private func decodedSegment(_ start: Int, _ end: Int) -> String? {
        let raw = UnsafeBufferPointer(rebasing: path[start..<end])
        if !raw.contains(TrieMatcher.percent) { return String(decoding: raw, as: UTF8.self) }
        return PercentDecoding.decodeString(raw, plusAsSpace: false)
    }
}
