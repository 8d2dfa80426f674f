/// An incremental CSV reader following RFC 4180: feed it bytes in chunks of any size (a whole
/// file, 64 KiB reads, one byte at a time) and it hands back each record as soon as it is complete.
///
/// - Fields may be quoted; inside quotes `""` is one quote and delimiters and line breaks are
///   data (RFC 4180 §2.5–2.7).
/// - Records end at CRLF, LF or a lone CR (older Mac exports); lines without any byte are skipped.
/// - A UTF-8 byte order mark at the start is dropped (Excel's "CSV UTF-8" writes one).
/// - With `delimiter: nil` the delimiter is detected from the first line (`CSVDelimiter.detect`).
/// - A quote inside an unquoted field is kept as a literal character, as spreadsheet programs do;
///   text after a closing quote (`"ab"c`) is an error, since its meaning is a guess.
///
/// After an error the parser stays failed: every later call throws the same error.
package struct CSVParser: Sendable {
    /// The delimiter in use: the one given, or the detected one once the first line was read.
    package private(set) var delimiter: CSVDelimiter?
    /// The bounds applied to fields and records.
    package let limits: CSVLimits

    private enum State: Sendable {
        case recordStart, fieldStart, unquoted, quoted, quoteInQuoted
    }

    static let quote = UInt8(ascii: "\"")
    static let carriageReturn = UInt8(ascii: "\r")
    static let lineFeed = UInt8(ascii: "\n")
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Bytes held back until the byte order mark and the delimiter are settled.
    private var prelude: [UInt8] = []
    private var preludeDone = false
    private var state = State.recordStart
    private var field: [UInt8] = []
    private var fields: [String] = []
    /// The line of the byte being read.
    private var line = 1
    private var recordLine = 1
    private var quoteLine = 1
    private var lastWasCarriageReturn = false
    /// A CR ended the previous record; an LF right after it belongs to the same line break.
    private var skipsLineFeed = false
    private var failure: CSVError?

    /// A parser; `delimiter: nil` detects it from the first line.
    package init(delimiter: CSVDelimiter? = nil, limits: CSVLimits = CSVLimits()) {
        self.delimiter = delimiter
        self.limits = limits
    }

    /// Reads `bytes` and appends every record they complete to `records`.
    package mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, into records: inout [CSVRecord]) throws(CSVError) {
        if let failure { throw failure }
        if preludeDone {
            try guarded { (parser: inout CSVParser) throws(CSVError) in try parser.run(bytes, into: &records) }
            return
        }
        prelude.append(contentsOf: bytes)
        try releasePrelude(final: false, into: &records)
    }

    /// Reads `bytes` and returns the records they complete.
    package mutating func feed(_ bytes: some Sequence<UInt8>) throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        let array = Array(bytes)
        let result: Result<Void, CSVError> = array.withUnsafeBufferPointer { buffer in
            do throws(CSVError) {
                try feed(buffer, into: &records)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
        return records
    }

    /// Ends the input: returns the last record when the file does not end with a line break, and
    /// throws when a quoted field is still open.
    package mutating func finish() throws(CSVError) -> [CSVRecord] {
        if let failure { throw failure }
        var records: [CSVRecord] = []
        if !preludeDone { try releasePrelude(final: true, into: &records) }
        try guarded { (parser: inout CSVParser) throws(CSVError) in try parser.endOfInput(into: &records) }
        return records
    }

    /// Every record of a complete input.
    package static func parse(
        _ bytes: some Sequence<UInt8>, delimiter: CSVDelimiter? = nil, limits: CSVLimits = CSVLimits()
    ) throws(CSVError) -> [CSVRecord] {
        var parser = CSVParser(delimiter: delimiter, limits: limits)
        return try parser.feed(bytes) + parser.finish()
    }

    /// Every record of a complete text.
    package static func parse(
        _ text: String, delimiter: CSVDelimiter? = nil, limits: CSVLimits = CSVLimits()
    ) throws(CSVError) -> [CSVRecord] {
        try parse(Array(text.utf8), delimiter: delimiter, limits: limits)
    }

    /// Runs `body`, remembering its error so the parser stays failed.
    private mutating func guarded(_ body: (inout CSVParser) throws(CSVError) -> Void) throws(CSVError) {
        do throws(CSVError) {
            try body(&self)
        } catch {
            failure = error
            throw error
        }
    }

    /// Once the byte order mark can be recognised and (when detecting) the first line is complete,
    /// parses the held-back bytes.
    private mutating func releasePrelude(final: Bool, into records: inout [CSVRecord]) throws(CSVError) {
        let markMatches = zip(prelude, Self.byteOrderMark).allSatisfy { $0 == $1 }
        if !final, markMatches, prelude.count < Self.byteOrderMark.count { return }
        let start = markMatches && prelude.count >= Self.byteOrderMark.count ? Self.byteOrderMark.count : 0
        if delimiter == nil {
            let body = prelude[start...]
            let lineEnd = Self.endOfFirstLine(body)
            guard lineEnd != nil || final || body.count >= limits.detectionWindowBytes else { return }
            delimiter = CSVDelimiter.detect(headerLine: body[..<(lineEnd ?? body.endIndex)])
        }
        preludeDone = true
        let held = prelude
        prelude = []
        try guarded { (parser: inout CSVParser) throws(CSVError) in
            try held.withUnsafeBufferPointer { (buffer) throws(CSVError) in
                try parser.run(UnsafeBufferPointer(rebasing: buffer[start...]), into: &records)
            }
        }
    }

    /// The index of the first line break outside quotes.
    private static func endOfFirstLine(_ bytes: ArraySlice<UInt8>) -> Int? {
        var inQuotes = false
        for index in bytes.indices {
            switch bytes[index] {
            case quote: inQuotes.toggle()
            case carriageReturn, lineFeed: if !inQuotes { return index }
            default: break
            }
        }
        return nil
    }
}

extension CSVParser {
    /// The state machine over one buffer, after the prelude. Runs of ordinary bytes inside a field
    /// are copied in one piece; every other byte goes through `step`.
    private mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, into records: inout [CSVRecord]) throws(CSVError) {
        let separator = (delimiter ?? .comma).byte
        var index = 0
        let end = bytes.count
        while index < end {
            switch state {
            case .unquoted:
                let start = index
                while index < end {
                    let byte = bytes[index]
                    if byte == separator || byte == Self.carriageReturn || byte == Self.lineFeed { break }
                    index += 1
                }
                if index > start {
                    try append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    lastWasCarriageReturn = false
                }
            case .quoted:
                let start = index
                while index < end {
                    let byte = bytes[index]
                    if byte == Self.quote { break }
                    countLine(byte)
                    index += 1
                }
                if index > start { try append(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
            default:
                break
            }
            guard index < end else { return }
            let byte = bytes[index]
            try step(byte, separator: separator, into: &records)
            countLine(byte)
            index += 1
        }
    }

    /// Line counting: CRLF, LF and a lone CR each end one line (also inside quotes).
    private mutating func countLine(_ byte: UInt8) {
        if byte == Self.lineFeed {
            if !lastWasCarriageReturn { line += 1 }
        } else if byte == Self.carriageReturn {
            line += 1
        }
        lastWasCarriageReturn = byte == Self.carriageReturn
    }

    private mutating func step(_ byte: UInt8, separator: UInt8, into records: inout [CSVRecord]) throws(CSVError) {
        switch state {
        case .recordStart:
            let skipped = skipsLineFeed && byte == Self.lineFeed
            skipsLineFeed = false
            if skipped { return }
            if byte == Self.carriageReturn || byte == Self.lineFeed {
                // An empty line: no record.
                skipsLineFeed = byte == Self.carriageReturn
                return
            }
            recordLine = line
            state = .fieldStart
            try step(byte, separator: separator, into: &records)
        case .fieldStart:
            if byte == Self.quote {
                quoteLine = line
                state = .quoted
            } else if byte == separator {
                try endField()
            } else if byte == Self.carriageReturn || byte == Self.lineFeed {
                try endRecord(terminator: byte, into: &records)
            } else {
                try append(byte)
                state = .unquoted
            }
        case .unquoted:
            if byte == separator {
                try endField()
                state = .fieldStart
            } else if byte == Self.carriageReturn || byte == Self.lineFeed {
                try endRecord(terminator: byte, into: &records)
            } else {
                try append(byte)
            }
        case .quoted:
            if byte == Self.quote {
                state = .quoteInQuoted
            } else {
                try append(byte)
            }
        case .quoteInQuoted:
            if byte == Self.quote {
                try append(byte)
                state = .quoted
            } else if byte == separator {
                try endField()
                state = .fieldStart
            } else if byte == Self.carriageReturn || byte == Self.lineFeed {
                try endRecord(terminator: byte, into: &records)
            } else {
                throw .textAfterClosingQuote(line: line)
            }
        }
    }

    private mutating func endOfInput(into records: inout [CSVRecord]) throws(CSVError) {
        switch state {
        case .recordStart:
            break
        case .fieldStart, .unquoted, .quoteInQuoted:
            try endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
            fields.removeAll()
            state = .recordStart
        case .quoted:
            throw .unterminatedQuote(line: quoteLine)
        }
    }

    private mutating func append(_ run: UnsafeBufferPointer<UInt8>) throws(CSVError) {
        guard field.count + run.count <= limits.maximumFieldBytes else {
            throw .fieldTooLong(line: recordLine, limit: limits.maximumFieldBytes)
        }
        field.append(contentsOf: run)
    }

    private mutating func append(_ byte: UInt8) throws(CSVError) {
        guard field.count < limits.maximumFieldBytes else {
            throw .fieldTooLong(line: recordLine, limit: limits.maximumFieldBytes)
        }
        field.append(byte)
    }

    private mutating func endField() throws(CSVError) {
        guard fields.count < limits.maximumFieldCount else {
            throw .tooManyFields(line: recordLine, limit: limits.maximumFieldCount)
        }
        guard let text = String(validating: field, as: UTF8.self) else { throw .invalidUTF8(line: recordLine) }
        fields.append(text)
        field.removeAll(keepingCapacity: true)
    }

    private mutating func endRecord(terminator: UInt8, into records: inout [CSVRecord]) throws(CSVError) {
        try endField()
        records.append(CSVRecord(line: recordLine, fields: fields))
        fields.removeAll(keepingCapacity: true)
        state = .recordStart
        skipsLineFeed = terminator == Self.carriageReturn
    }
}
