import Documents
import Testing

@Suite struct CSVWriterTests {
    private func text(_ records: [[String]], delimiter: CSVDelimiter = .comma, neutralizes: Bool = true) -> String {
        String(decoding: CSVWriter.encode(records, delimiter: delimiter, neutralizesFormulas: neutralizes), as: UTF8.self)
    }

    @Test func plainFieldsAreNotQuotedAndRecordsEndWithCRLF() {
        #expect(text([["kode", "nama"], ["34.02", "Bantul"]]) == "kode,nama\r\n34.02,Bantul\r\n")
    }

    @Test(arguments: [
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""),
        ("semi;colon", "semi;colon"),
        (" spaced ", " spaced "),
    ])
    func fieldsAreQuotedOnlyWhenNeeded(field: String, written: String) {
        #expect(text([[field, "x"]]) == written + ",x\r\n")
    }

    @Test func theSemicolonDialectQuotesSemicolonsInstead() {
        #expect(text([["a;b", "c,d"]], delimiter: .semicolon) == "\"a;b\";c,d\r\n")
    }

    @Test func byteOrderMarkComesFirstOnce() {
        var writer = CSVWriter(byteOrderMark: true)
        writer.write(["a"])
        writer.write(["b"])
        #expect(writer.bytes == [0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8))
    }

    @Test func aSingleEmptyFieldIsQuotedSoItIsNotABlankLine() throws {
        #expect(text([[""]]) == "\"\"\r\n")
        #expect(text([[]]) == "\r\n")
        #expect(try CSVParser.parse(CSVWriter.encode([["h"], [""]])).map(\.fields) == [["h"], [""]])
    }

    @Test(arguments: [
        ("=1+1", "'=1+1"),
        ("+6281234567890", "'+6281234567890"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("\tTAB", "'\tTAB"),
        ("\r=1", "\"'\r=1\""),
        ("=HYPERLINK(\"http://x\",\"klik\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\""),
        ("-", "'-"),
        ("-x", "'-x"),
        ("-5", "-5"),
        ("-1.234.567", "-1.234.567"),
        ("a=b", "a=b"),
        ("Poncosari", "Poncosari"),
    ])
    func formulaStartsGetAnApostrophe(field: String, written: String) {
        #expect(text([[field]]) == written + "\r\n")
    }

    @Test func aNegativeDecimalWithACommaIsStillANumber() {
        #expect(text([["-1,5"]]) == "\"-1,5\"\r\n")
        #expect(text([["-1,5"]], delimiter: .semicolon) == "-1,5\r\n")
    }

    @Test func formulaNeutralisingCanBeTurnedOffForMachineReaders() {
        #expect(text([["=1+1", "@x", "+1"]], neutralizes: false) == "=1+1,@x,+1\r\n")
    }

    @Test func takeBytesDrainsForStreaming() {
        var writer = CSVWriter()
        writer.write(["a", "b"])
        #expect(writer.takeBytes() == Array("a,b\r\n".utf8))
        #expect(writer.bytes.isEmpty)
        writer.write(["c"])
        #expect(writer.takeBytes() == Array("c\r\n".utf8))
    }

    @Test(arguments: [CSVDelimiter.comma, .semicolon], [false, true])
    func randomRecordsSurviveARoundTrip(delimiter: CSVDelimiter, byteOrderMark: Bool) throws {
        var generator = SplitMix(seed: 0xD1_5505 &+ UInt64(byteOrderMark ? 1 : 0))
        let alphabet: [String] = ["a", "Z", "0", ",", ";", "\"", "\r", "\n", "\r\n", " ", "é", "✓", "'", "="]
        for _ in 0..<200 {
            let width = Int(generator.next() % 5) + 1
            let records: [[String]] = (0..<Int(generator.next() % 6 + 1)).map { _ in
                (0..<width).map { _ in
                    (0..<Int(generator.next() % 7)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
                        .joined()
                }
            }
            let bytes = CSVWriter.encode(records, delimiter: delimiter, byteOrderMark: byteOrderMark, neutralizesFormulas: false)
            let read = try CSVParser.parse(bytes, delimiter: delimiter).map(\.fields)
            #expect(read == records.filter { !$0.isEmpty })
        }
    }
}

/// A small deterministic generator (SplitMix64) so random tests repeat exactly.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
