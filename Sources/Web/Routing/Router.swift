package import HTTPServer

/// The route table compiled once into a trie and then frozen.
///
/// Matching rules:
/// - the path is split on `/` first and each segment percent-decoded afterwards, so `%2F` is part
///   of a segment, never a separator;
/// - empty segments are ignored: `/keluarga/`, `//keluarga` and `/keluarga` are the same path
///   (trailing-slash policy: ignore, no redirect);
/// - at every level a constant segment is tried before a `:parameter`, and a `:parameter` before
///   a trailing `*catchAll`; a failed branch backtracks to the next choice;
/// - a catch-all matches one or more segments;
/// - HEAD is served by the GET route unless a HEAD route exists.
package struct Router: Sendable {
    /// Every route, in the order added: walk them to audit access decisions.
    package let routes: [Route]
    let trie: CompiledTrie

    /// Compiles the table; a bad pattern or two conflicting routes throw, naming both routes.
    package init(_ builder: RouteBuilder) throws(RoutingError) {
        if let first = builder.errors.first { throw first }
        var nodes = [RouterNode()]
        let routes = builder.routes
        for index in routes.indices {
            try Router.insert(routeAt: index, of: routes, into: &nodes)
        }
        self.routes = routes
        trie = CompiledTrie(nodes)
    }

    private static func insert(routeAt index: Int, of routes: [Route], into nodes: inout [RouterNode])
        throws(RoutingError)
    {
        let route = routes[index]
        var current = 0
        for segment in route.pattern.segments {
            switch segment {
            case .constant(let text):
                let bytes = Array(text.utf8)
                if let edge = nodes[current].constants.first(where: { $0.segment == bytes }) {
                    current = edge.child
                } else {
                    nodes.append(RouterNode())
                    let child = nodes.count - 1
                    nodes[current].constants.append(.init(segment: bytes, child: child))
                    current = child
                }
            case .parameter(let name):
                if let edge = nodes[current].parameter {
                    guard edge.name == name else {
                        throw .conflict(routes[edge.firstRoute].description, route.description)
                    }
                    current = edge.child
                } else {
                    nodes.append(RouterNode())
                    let child = nodes.count - 1
                    nodes[current].parameter = .init(name: name, child: child, firstRoute: index)
                    current = child
                }
            case .catchAll(let name):
                var edge = nodes[current].catchAll ?? .init(name: name, methods: MethodTable(), firstRoute: index)
                if edge.name != name {
                    throw .conflict(routes[edge.firstRoute].description, route.description)
                }
                if let existing = edge.methods.exactRoute(for: route.method) {
                    throw .conflict(routes[existing].description, route.description)
                }
                edge.methods.add(route.method, route: index)
                nodes[current].catchAll = edge
                return
            }
        }
        if let existing = nodes[current].methods.exactRoute(for: route.method) {
            throw .conflict(routes[existing].description, route.description)
        }
        nodes[current].methods.add(route.method, route: index)
    }
}

/// The outcome of matching a request: decided before any session or permission check.
package enum RouteMatch: Sendable {
    case found(Route, RouteParameters)
    /// The path exists but not for this method; the methods it has, for `Allow`.
    case methodNotAllowed([HTTPMethod])
    case notFound
}
