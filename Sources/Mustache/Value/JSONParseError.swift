/// Malformed JSON, with the 1-based line and column where reading stopped.
package struct JSONParseError: Error, Equatable, CustomStringConvertible {
    /// What was wrong, in words.
    package let reason: String
    /// 1-based line of the offending byte.
    package let line: Int
    /// 1-based column (in characters) of the offending byte.
    package let column: Int

    package var description: String { "invalid JSON at line \(line), column \(column): \(reason)" }
}
