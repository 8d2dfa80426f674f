/// Wrong use of a command line (a missing or contradictory option): the executable prints the
/// message and exits 2, like ArgumentParser's own validation errors.
package struct CommandUsageError: Error, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}

/// The exit status DESIGN.md §7 gives an error of a command: 2 for wrong usage, 1 for any other failure.
package func exitStatus(for error: any Error) -> Int32 {
    error is CommandUsageError ? 2 : 1
}
