package import HTTPServer

extension Router {
    /// Matches a request path (percent-encoded, without query) and captures its parameters.
    package func match(_ method: HTTPMethod, path: String) -> RouteMatch {
        switch indexedMatch(method, path: path) {
        case .found(let index, let parameters): .found(routes[index], parameters)
        case .methodNotAllowed(let methods): .methodNotAllowed(methods)
        case .notFound: .notFound
        }
    }

    /// The route a request would reach, without building its parameters (for body limits and
    /// the inline decision, asked before the body is read).
    package func route(for method: HTTPMethod, path: String) -> Route? {
        var path = path
        let index = path.withUTF8 { bytes in
            var matcher = TrieMatcher(nodes: nodes, path: bytes, capturing: false)
            return matcher.find(node: 0, from: 0, method: method)
        }
        return index.map { routes[$0] }
    }

    enum IndexedMatch {
        case found(Int, RouteParameters)
        case methodNotAllowed([HTTPMethod])
        case notFound
    }

    func indexedMatch(_ method: HTTPMethod, path: String) -> IndexedMatch {
        var path = path
        return path.withUTF8 { bytes in
            var matcher = TrieMatcher(nodes: nodes, path: bytes, capturing: true)
            if let index = matcher.find(node: 0, from: 0, method: method) {
                guard let parameters = matcher.parameters() else { return .notFound }
                return .found(index, parameters)
            }
            var allowed: [HTTPMethod] = []
            matcher.collectMethods(node: 0, from: 0, into: &allowed)
            return allowed.isEmpty ? .notFound : .methodNotAllowed(Router.ordered(allowed))
        }
    }

    private static let preferredOrder: [HTTPMethod] = [.GET, .HEAD, .POST, .PUT, .PATCH, .DELETE, .OPTIONS]

    private static func ordered(_ methods: [HTTPMethod]) -> [HTTPMethod] {
        var set = Set(methods)
        if set.contains(.GET) { set.insert(.HEAD) }
        let known = preferredOrder.filter { set.contains($0) }
        let others = set.subtracting(preferredOrder).sorted { $0.rawValue < $1.rawValue }
        return known + others
    }
}

/// A depth-first walk of the trie over the raw path bytes. Segments are located by offsets;
/// nothing is allocated unless a segment is percent-encoded or a parameter is captured.
struct TrieMatcher {
    struct Capture {
        var name: String
        var start: Int
        var end: Int
    }

    let nodes: [RouterNode]
    let path: UnsafeBufferPointer<UInt8>
    let capturing: Bool
    private var captures: [Capture] = []
    private var catchAll: Capture?

    init(nodes: [RouterNode], path: UnsafeBufferPointer<UInt8>, capturing: Bool) {
        self.nodes = nodes
        self.path = path
        self.capturing = capturing
    }

    private static let slash = UInt8(ascii: "/")
    private static let percent = UInt8(ascii: "%")

    /// The next segment at or after `offset`: its bounds and whether it holds a `%`; nil at the end.
    private func segment(from offset: Int) -> (start: Int, end: Int, encoded: Bool)? {
        var start = offset
        while start < path.count, path[start] == TrieMatcher.slash { start += 1 }
        guard start < path.count else { return nil }
        var end = start
        var encoded = false
        while end < path.count, path[end] != TrieMatcher.slash {
            if path[end] == TrieMatcher.percent { encoded = true }
            end += 1
        }
        return (start, end, encoded)
    }

    mutating func find(node: Int, from offset: Int, method: HTTPMethod) -> Int? {
        guard let (start, end, encoded) = segment(from: offset) else {
            return nodes[node].methods.route(for: method)
        }
        if let child = constantChild(of: node, start: start, end: end, encoded: encoded),
            let found = find(node: child, from: end, method: method)
        {
            return found
        }
        if let edge = nodes[node].parameter {
            if capturing { captures.append(Capture(name: edge.name, start: start, end: end)) }
            if let found = find(node: edge.child, from: end, method: method) { return found }
            if capturing { captures.removeLast() }
        }
        if let edge = nodes[node].catchAll, let route = edge.methods.route(for: method) {
            catchAll = Capture(name: edge.name, start: start, end: path.count)
            return route
        }
        return nil
    }

    /// Every method any route matching this path accepts (the cold 405 path).
    func collectMethods(node: Int, from offset: Int, into methods: inout [HTTPMethod]) {
        guard let (start, end, encoded) = segment(from: offset) else {
            methods += nodes[node].methods.entries.map(\.method)
            return
        }
        if let child = constantChild(of: node, start: start, end: end, encoded: encoded) {
            collectMethods(node: child, from: end, into: &methods)
        }
        if let edge = nodes[node].parameter {
            collectMethods(node: edge.child, from: end, into: &methods)
        }
        if let edge = nodes[node].catchAll {
            methods += edge.methods.entries.map(\.method)
        }
    }

    private func constantChild(of node: Int, start: Int, end: Int, encoded: Bool) -> Int? {
        let current = nodes[node]
        guard !current.constants.isEmpty else { return nil }
        let raw = UnsafeBufferPointer(rebasing: path[start..<end])
        guard encoded else { return current.constantChild(matching: raw) }
        guard let decoded = PercentDecoding.decode(raw, plusAsSpace: false) else { return nil }
        return decoded.withUnsafeBufferPointer { current.constantChild(matching: $0) }
    }

    /// The captured values, decoded; nil when one is not valid percent-encoded UTF-8.
    func parameters() -> RouteParameters? {
        var values: [RouteParameters.Value] = []
        values.reserveCapacity(captures.count + (catchAll == nil ? 0 : 1))
        for capture in captures {
            guard let value = decodedSegment(capture.start, capture.end) else { return nil }
            values.append(.init(name: capture.name, value: value))
        }
        var segments: [String] = []
        if let catchAll {
            var offset = catchAll.start
            while let (start, end, _) = segment(from: offset) {
                guard let value = decodedSegment(start, end) else { return nil }
                segments.append(value)
                offset = end
            }
            values.append(.init(name: catchAll.name, value: segments.joined(separator: "/")))
        }
        return RouteParameters(values: values, catchAll: segments)
    }

    private func decodedSegment(_ start: Int, _ end: Int) -> String? {
        let raw = UnsafeBufferPointer(rebasing: path[start..<end])
        if !raw.contains(TrieMatcher.percent) { return String(decoding: raw, as: UTF8.self) }
        return PercentDecoding.decodeString(raw, plusAsSpace: false)
    }
}
