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
        let (id, fallback) = methodIDs(method)
        let index = path.withUTF8 { bytes in
            TrieMatcher.with(trie, path: bytes, method: id, fallbackMethod: fallback, capturing: false) { matcher in
                var captures = TrieMatcher.Captures()
                return matcher.find(node: 0, from: 0, captures: &captures)
            }
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
        let (id, fallback) = methodIDs(method)
        return path.withUTF8 { bytes in
            TrieMatcher.with(trie, path: bytes, method: id, fallbackMethod: fallback, capturing: true) { matcher in
                var captures = TrieMatcher.Captures()
                if let index = matcher.find(node: 0, from: 0, captures: &captures) {
                    guard let parameters = matcher.parameters(captures, names: trie.names) else { return .notFound }
                    return .found(index, parameters)
                }
                var allowed: [Int32] = []
                matcher.collectMethods(node: 0, from: 0, into: &allowed)
                return allowed.isEmpty ? .notFound : .methodNotAllowed(Router.ordered(allowed.map { trie.methods[Int($0)] }))
            }
        }
    }

    /// The request method's number in the trie (-1 if no route uses it) and, for HEAD, GET's.
    private func methodIDs(_ method: HTTPMethod) -> (Int32, Int32) {
        (trie.methodID(method), method == .HEAD ? trie.methodID(.GET) : -1)
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

