/// Values captured from the path, already percent-decoded.
package struct RouteParameters: Sendable {
    struct Value: Sendable {
        var name: String
        var value: String
    }

    private(set) var values: [Value] = []
    /// The decoded segments matched by a trailing `*name`, one element per segment. Use these
    /// rather than the joined value when the segments mean something (file paths): a segment
    /// may itself contain `/` when the client sent `%2F`.
    package private(set) var catchAll: [String] = []

    package init() {}

    init(values: [Value], catchAll: [String]) {
        self.values = values
        self.catchAll = catchAll
    }

    /// The named value; a catch-all's value is its segments joined with `/`.
    package func get(_ name: String) -> String? {
        for entry in values where entry.name == name { return entry.value }
        return nil
    }

    /// The named value parsed as `T`, or nil when absent or not a valid `T`.
    package func get<T: LosslessStringConvertible>(_ name: String, as type: T.Type) -> T? {
        get(name).flatMap(T.init)
    }

    /// The named value. A name the route does not declare is a programming error (500).
    package func require(_ name: String) throws -> String {
        guard let value = get(name) else { throw RouteParameterError.undeclared(name) }
        return value
    }

    /// The named value as `T`; one that does not parse (`abc`, an overflowing number) is a 404,
    /// since no resource has that address.
    package func require<T: LosslessStringConvertible>(_ name: String, as type: T.Type) throws -> T {
        guard let parsed = T(try require(name)) else { throw HTTPError(.notFound) }
        return parsed
    }

    package var isEmpty: Bool { values.isEmpty }
}

/// A handler asked for a parameter its route pattern does not have.
package enum RouteParameterError: Error, Sendable, Equatable {
    case undeclared(String)
}
