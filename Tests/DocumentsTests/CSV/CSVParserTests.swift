import Documents
import Testing

@Suite struct CSVParserTests {
    private func fields(_ text: String, delimiter: CSVDelimiter? = nil) throws -> [[String]] {
        try CSVParser.parse(text, delimiter: delimiter).map(\.fields)
    }

    private func lines(_ text: String) throws -> [Int] {
        try CSVParser.parse(text).map(\.line)
    }

    @Test func plainRecordsSplitAtCommas() throws {
        #expect(try fields("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
    }

    @Test func quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws {
        let text = "name,note\r\n\"Sleman, DIY\",\"kata \"\"baik\"\"\"\r\n\"baris\r\nkedua\",\"x\ny\"\r\n"
        #expect(try fields(text) == [["name", "note"], ["Sleman, DIY", "kata \"baik\""], ["baris\r\nkedua", "x\ny"]])
    }

    @Test func emptyQuotedFieldIsEmpty() throws {
        #expect(try fields("\"\",a,\"\"\n") == [["", "a", ""]])
    }

    @Test(arguments: ["a,b\r\nc,d\r\n", "a,b\nc,d\n", "a,b\rc,d\r", "a,b\r\nc,d", "a,b\nc,d", "a,b\rc,d"])
    func everyLineEndingEndsARecord(text: String) throws {
        #expect(try fields(text) == [["a", "b"], ["c", "d"]])
        #expect(try lines(text) == [1, 2])
    }

    @Test func trailingDelimiterMeansATrailingEmptyField() throws {
        #expect(try fields("a,\n,b\n,\n") == [["a", ""], ["", "b"], ["", ""]])
        #expect(try fields("a,") == [["a", ""]])
    }

    @Test func emptyLinesAreSkippedButStillCounted() throws {
        let records = try CSVParser.parse("h1,h2\n\n\r\n1,2\r\r3,4\n\n")
        #expect(records.map(\.fields) == [["h1", "h2"], ["1", "2"], ["3", "4"]])
        #expect(records.map(\.line) == [1, 4, 6])
    }

    @Test func lineNumbersCountBreaksInsideQuotes() throws {
        let text = "a,b\n\"one\ntwo\r\nthree\",x\nlast,y\n"
        #expect(try lines(text) == [1, 2, 5])
    }

    @Test func byteOrderMarkIsDroppedOnlyAtTheStart() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let records = try CSVParser.parse(bom + Array("kode,nama\n1,\u{FEFF}x\n".utf8))
        #expect(records.map(\.fields) == [["kode", "nama"], ["1", "\u{FEFF}x"]])
        #expect(try CSVParser.parse(bom).isEmpty)
        #expect(throws: CSVError.invalidUTF8(line: 1)) { try CSVParser.parse([0xEF, 0xBB]) }
    }

    @Test func emptyInputHasNoRecords() throws {
        #expect(try CSVParser.parse("").isEmpty)
        #expect(try CSVParser.parse("\n\r\n").isEmpty)
    }

    @Test func semicolonIsDetectedFromTheHeaderLine() throws {
        var parser = CSVParser()
        let records = try parser.feed(Array("code;name;level\n34;\"Yogyakarta, DIY\";provinsi\n".utf8)) + parser.finish()
        #expect(parser.delimiter == .semicolon)
        #expect(records.map(\.fields) == [["code", "name", "level"], ["34", "Yogyakarta, DIY", "provinsi"]])
    }

    @Test func commaIsTheDefaultAndWinsATie() throws {
        var parser = CSVParser()
        _ = try parser.feed(Array("a,b;c\n".utf8)) + parser.finish()
        #expect(parser.delimiter == .comma)
        var single = CSVParser()
        _ = try single.feed(Array("onlyone\n".utf8)) + single.finish()
        #expect(single.delimiter == .comma)
    }

    @Test func delimitersInsideQuotedHeaderNamesDoNotCount() throws {
        #expect(CSVDelimiter.detect(headerLine: Array("\"a;b;c;d\",e,f".utf8)) == .comma)
        #expect(CSVDelimiter.detect(headerLine: Array("\"a,b,c\";d;e".utf8)) == .semicolon)
    }

    @Test func detectionWaitsForTheEndOfTheFirstLine() throws {
        var parser = CSVParser()
        #expect(try parser.feed(Array("a;".utf8)).isEmpty)
        #expect(parser.delimiter == nil)
        let rest = try parser.feed(Array("b\n1;2\n".utf8))
        #expect(parser.delimiter == .semicolon)
        #expect(rest.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func aGivenDelimiterIsNotSecondGuessed() throws {
        #expect(try fields("a;b;c\n", delimiter: .comma) == [["a;b;c"]])
        #expect(try fields("a,b;c\n", delimiter: .semicolon) == [["a,b", "c"]])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsLiteral() throws {
        #expect(try fields("Dusun \"Krajan\",2\n") == [["Dusun \"Krajan\"", "2"]])
    }

    @Test func multiByteTextSurvives() throws {
        #expect(try fields("nama\nKalurahan Sidomulyo — café ✓\n") == [["nama"], ["Kalurahan Sidomulyo — café ✓"]])
    }

    @Test func anUnterminatedQuoteNamesTheLineWhereItOpened() {
        #expect(throws: CSVError.unterminatedQuote(line: 3)) {
            try CSVParser.parse("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n")
        }
    }

    @Test func textAfterAClosingQuoteIsRefused() {
        #expect(throws: CSVError.textAfterClosingQuote(line: 2)) {
            try CSVParser.parse("a,b\n\"x\"y,2\n")
        }
        #expect(throws: CSVError.textAfterClosingQuote(line: 1)) {
            try CSVParser.parse("\"x\" ,2\n")
        }
    }

    @Test func invalidUTF8NamesTheRecordLine() {
        let bytes = Array("a,b\n1,2\n".utf8) + [0x4E, 0xE9, 0x2C, 0x78, 0x0A]
        #expect(throws: CSVError.invalidUTF8(line: 3)) { try CSVParser.parse(bytes) }
    }

    @Test func aFieldOverTheLimitIsRefused() {
        var limits = CSVLimits()
        limits.maximumFieldBytes = 4
        #expect(throws: Never.self) { try CSVParser.parse("abcd,\"efgh\"\n", limits: limits) }
        #expect(throws: CSVError.fieldTooLong(line: 2, limit: 4)) {
            try CSVParser.parse("a\n\"abcde\n", limits: limits)
        }
    }

    @Test func aRecordOverTheFieldCountIsRefused() {
        var limits = CSVLimits()
        limits.maximumFieldCount = 3
        #expect(throws: Never.self) { try CSVParser.parse("a,b,c\n", limits: limits) }
        #expect(throws: CSVError.tooManyFields(line: 1, limit: 3)) { try CSVParser.parse("a,b,c,d\n", limits: limits) }
    }

    @Test func aFailedParserKeepsFailing() throws {
        var parser = CSVParser(delimiter: .comma)
        #expect(throws: CSVError.textAfterClosingQuote(line: 1)) { try parser.feed(Array("\"a\"b\n".utf8)) }
        #expect(throws: CSVError.textAfterClosingQuote(line: 1)) { try parser.feed(Array("c,d\n".utf8)) }
        #expect(throws: CSVError.textAfterClosingQuote(line: 1)) { try parser.finish() }
    }

    @Test func errorsCarryLineAndIndonesianMessage() {
        let error = CSVError.unterminatedQuote(line: 7)
        #expect(error.line == 7)
        #expect(error.message.contains("tanda kutip"))
        #expect(CSVError.unreadableFile(path: "/x", reason: "No such file").line == nil)
    }

    static let trickyInputs: [String] = [
        "\u{FEFF}kode;nama\r\n\"34\";\"D.I. \"\"Yogya\"\"\"\r\n34.02;Bantul\r\n",
        "a,b\r\n\"x\r\ny\",\"z\"\"\"\rlast,é✓\n\n",
        "h\n\"\"\n\"a,b\"\r\n",
        "one,two",
    ]

    @Test(arguments: trickyInputs)
    func anySplitOfTheInputGivesTheSameRecords(text: String) throws {
        let bytes = Array(text.utf8)
        let whole = try CSVParser.parse(bytes)
        #expect(!whole.isEmpty)
        for split in 0...bytes.count {
            var parser = CSVParser()
            let records = try parser.feed(bytes[..<split]) + parser.feed(bytes[split...]) + parser.finish()
            #expect(records == whole, "split at \(split)")
        }
        var dripping = CSVParser()
        var dripped: [CSVRecord] = []
        for byte in bytes { dripped += try dripping.feed([byte]) }
        dripped += try dripping.finish()
        #expect(dripped == whole)
    }

    @Test func recordFieldAccessIsSafe() throws {
        let record = CSVRecord(line: 1, fields: ["a", " "])
        #expect(record.field(1) == " ")
        #expect(record.field(2) == nil)
        #expect(CSVRecord(line: 1, fields: ["", " \t"]).isBlank)
        #expect(!record.isBlank)
    }
}
