import HTTPServer

/// One node of the trie while it is built; `CompiledTrie` freezes them. Nodes live in one flat
/// array and point at each other by index.
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
}

/// The routes of one node by method; a handful of entries, so a linear scan.
struct MethodTable: Sendable {
    struct Entry: Sendable {
        var method: HTTPMethod
        var route: Int
    }

    private(set) var entries: [Entry] = []

    func exactRoute(for method: HTTPMethod) -> Int? {
        for entry in entries where entry.method == method { return entry.route }
        return nil
    }

    mutating func add(_ method: HTTPMethod, route: Int) {
        entries.append(Entry(method: method, route: route))
    }
}
