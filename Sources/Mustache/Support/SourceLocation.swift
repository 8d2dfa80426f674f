/// A 1-based line and column in a source text; columns count characters, not bytes.
package struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line number.
    package let line: Int
    /// 1-based column, in characters from the start of the line.
    package let column: Int

    /// A location from its parts.
    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The location of byte `offset` in UTF-8 `bytes`. Only called on the error path or at load time.
    init(offset: Int, in bytes: [UInt8]) {
        var line = 1
        var lineStart = 0
        for position in 0..<offset where bytes[position] == UInt8(ascii: "\n") {
            line += 1
            lineStart = position + 1
        }
        // Continuation bytes (10xxxxxx) do not start a character.
        let column = bytes[lineStart..<offset].reduce(into: 1) { count, byte in
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        self.init(line: line, column: column)
    }

    package var description: String { "\(line):\(column)" }
}
