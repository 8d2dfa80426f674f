/// The answer given to one indicator: the chosen option, or the points it scores.
package enum Answer: Sendable, Hashable {
    /// An option id of the set being scored.
    case option(Int64)
    /// The points of one of the indicator's options (imports that carry points only).
    case points(Int)
}
