/// Writes CSV the way RFC 4180 and Excel both read it: records end with CRLF; a field is quoted
/// when it holds the delimiter, a quote, CR or LF (or is the only, empty, field of its record),
/// with quotes inside doubled. Bytes accumulate in `bytes`; a streaming export takes them with
/// `takeBytes()` after every few records.
///
/// **Formula injection.** A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
/// formula (and tab or CR can hide such a start), so an exported name like `=HYPERLINK(…)` would
/// become live in the office's Excel. With `neutralizesFormulas` (the default) such a field is
/// written with a leading apostrophe (`'=HYPERLINK(…)`), which Excel and LibreOffice show as text
/// (OWASP, "CSV Injection"). The exception is a plain negative number (`-5`, `-1.234,5`: a minus
/// followed only by digits, dots and commas), which no spreadsheet can read as a formula. Readers
/// of the file see the apostrophe as part of the value; turn the option off only for files read
/// back by programs, never for files staff open.
package struct CSVWriter: Sendable {
    /// The bytes written and not yet taken.
    package private(set) var bytes: [UInt8] = []
    /// The separator between fields.
    package let delimiter: CSVDelimiter
    /// Whether risky leading characters get an apostrophe (see the type's documentation).
    package let neutralizesFormulas: Bool

    /// A writer; `byteOrderMark` starts the output with the UTF-8 BOM, which Excel needs to read
    /// the file as UTF-8 rather than the Windows code page.
    package init(delimiter: CSVDelimiter = .comma, byteOrderMark: Bool = false, neutralizesFormulas: Bool = true) {
        self.delimiter = delimiter
        self.neutralizesFormulas = neutralizesFormulas
        if byteOrderMark { bytes = CSVParser.byteOrderMark }
    }

    /// Appends one record. An empty list writes an empty line, which readers skip.
    package mutating func write(_ fields: some Sequence<String>) {
        let fields = Array(fields)
        if fields.count == 1, fields[0].isEmpty {
            // One empty field alone would be an empty line, which readers skip: quote it.
            bytes += [CSVParser.quote, CSVParser.quote]
        } else {
            for (index, field) in fields.enumerated() {
                if index > 0 { bytes.append(delimiter.byte) }
                appendField(field)
            }
        }
        bytes += [CSVParser.carriageReturn, CSVParser.lineFeed]
    }

    /// Returns the bytes written so far and empties the buffer.
    package mutating func takeBytes() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    /// A whole file at once.
    package static func encode(
        _ records: [[String]], delimiter: CSVDelimiter = .comma, byteOrderMark: Bool = false,
        neutralizesFormulas: Bool = true
    ) -> [UInt8] {
        var writer = CSVWriter(delimiter: delimiter, byteOrderMark: byteOrderMark, neutralizesFormulas: neutralizesFormulas)
        for record in records { writer.write(record) }
        return writer.bytes
    }

    private mutating func appendField(_ field: String) {
        let utf8 = field.utf8
        let prefix: UInt8? = neutralizesFormulas && Self.startsFormula(utf8) ? UInt8(ascii: "'") : nil
        let needsQuotes = utf8.contains {
            $0 == delimiter.byte || $0 == CSVParser.quote || $0 == CSVParser.carriageReturn || $0 == CSVParser.lineFeed
        }
        if !needsQuotes {
            if let prefix { bytes.append(prefix) }
            bytes += utf8
            return
        }
        bytes.append(CSVParser.quote)
        if let prefix { bytes.append(prefix) }
        for byte in utf8 {
            if byte == CSVParser.quote { bytes.append(CSVParser.quote) }
            bytes.append(byte)
        }
        bytes.append(CSVParser.quote)
    }

    /// True when a spreadsheet could take the field for a formula.
    static func startsFormula(_ utf8: String.UTF8View) -> Bool {
        guard let first = utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "@"), 0x09, 0x0D:
            return true
        case UInt8(ascii: "-"):
            return !isPlainNegativeNumber(utf8)
        default:
            return false
        }
    }

    private static func isPlainNegativeNumber(_ utf8: String.UTF8View) -> Bool {
        let rest = utf8.dropFirst()
        guard let first = rest.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return rest.allSatisfy {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",")
        }
    }
}
