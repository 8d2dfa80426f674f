import HTTPServer

/// The frozen trie: plain-value nodes and edges in flat arrays, constant segments in one byte
/// array, methods as small integers. Matching walks it through unsafe buffers, so a lookup
/// retains nothing and allocates nothing.
struct CompiledTrie: Sendable {
    struct Node: Sendable {
        var firstEdge: Int32 = 0
        var edgeCount: Int32 = 0
        /// -1 when the node has no `:parameter` child.
        var parameterChild: Int32 = -1
        var parameterName: Int32 = -1
        /// -1 when the node has no `*catchAll`.
        var catchAllName: Int32 = -1
        var firstMethod: Int32 = 0
        var methodCount: Int32 = 0
        var firstCatchAllMethod: Int32 = 0
        var catchAllMethodCount: Int32 = 0
    }

    struct Edge: Sendable {
        var firstByte: Int32
        var byteCount: Int32
        var child: Int32
    }

    struct MethodEntry: Sendable {
        var method: Int32
        var route: Int32
    }

    private(set) var nodes: [Node] = []
    private(set) var edges: [Edge] = []
    private(set) var segmentBytes: [UInt8] = []
    private(set) var entries: [MethodEntry] = []
    /// Parameter and catch-all names, indexed by `parameterName` / `catchAllName`.
    private(set) var names: [String] = []
    /// The distinct methods of the table, indexed by `MethodEntry.method`.
    private(set) var methods: [HTTPMethod] = []

    init(_ tree: [RouterNode]) {
        nodes = Array(repeating: Node(), count: tree.count)
        for (index, source) in tree.enumerated() {
            var node = Node()
            node.firstEdge = Int32(edges.count)
            node.edgeCount = Int32(source.constants.count)
            for edge in source.constants {
                edges.append(Edge(firstByte: Int32(segmentBytes.count), byteCount: Int32(edge.segment.count), child: Int32(edge.child)))
                segmentBytes += edge.segment
            }
            if let parameter = source.parameter {
                node.parameterChild = Int32(parameter.child)
                node.parameterName = name(parameter.name)
            }
            (node.firstMethod, node.methodCount) = add(source.methods)
            if let catchAll = source.catchAll {
                node.catchAllName = name(catchAll.name)
                (node.firstCatchAllMethod, node.catchAllMethodCount) = add(catchAll.methods)
            }
            nodes[index] = node
        }
    }

    /// The method's number in this table, or -1 when no route uses it.
    func methodID(_ method: HTTPMethod) -> Int32 {
        for (index, known) in methods.enumerated() where known == method { return Int32(index) }
        return -1
    }

    private mutating func name(_ text: String) -> Int32 {
        if let index = names.firstIndex(of: text) { return Int32(index) }
        names.append(text)
        return Int32(names.count - 1)
    }

    private mutating func add(_ table: MethodTable) -> (Int32, Int32) {
        let first = Int32(entries.count)
        for entry in table.entries {
            var id = methodID(entry.method)
            if id < 0 {
                methods.append(entry.method)
                id = Int32(methods.count - 1)
            }
            entries.append(MethodEntry(method: id, route: Int32(entry.route)))
        }
        return (first, Int32(table.entries.count))
    }
}
