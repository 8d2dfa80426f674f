import HTTPServer

/// One node of the compiled trie. Nodes live in one flat array and point at each other by index.
struct RouterNode: Sendable {
    struct ConstantEdge: Sendable {
        var segment: [UInt8]
        var child: Int
    }

    struct ParameterEdge: Sendable {
        var name: String
        var child: Int
        /// The route that introduced this edge, to name it in a conflict.
        var firstRoute: Int
    }

    struct CatchAllEdge: Sendable {
        var name: String
        var methods: MethodTable
        var firstRoute: Int
    }

    var constants: [ConstantEdge] = []
    var parameter: ParameterEdge?
    var catchAll: CatchAllEdge?
    /// Routes ending at this node.
    var methods = MethodTable()

    func constantChild(matching segment: UnsafeBufferPointer<UInt8>) -> Int? {
        for edge in constants where edge.segment.count == segment.count {
            let equal = edge.segment.withUnsafeBufferPointer { stored in
                stored.elementsEqual(segment)
            }
            if equal { return edge.child }
        }
        return nil
    }
}

/// The routes of one node by method; a handful of entries, so a linear scan.
struct MethodTable: Sendable {
    struct Entry: Sendable {
        var method: HTTPMethod
        var route: Int
    }

    private(set) var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }

    func exactRoute(for method: HTTPMethod) -> Int? {
        for entry in entries where entry.method == method { return entry.route }
        return nil
    }

    /// HEAD falls back to the GET route (RFC 9110 §9.3.2: HEAD is GET without content).
    func route(for method: HTTPMethod) -> Int? {
        if let route = exactRoute(for: method) { return route }
        return method == .HEAD ? exactRoute(for: .GET) : nil
    }

    mutating func add(_ method: HTTPMethod, route: Int) {
        entries.append(Entry(method: method, route: route))
    }
}
