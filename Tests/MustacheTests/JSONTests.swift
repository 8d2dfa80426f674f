import Foundation
import Testing

@testable import Mustache

@Suite("JSON to MustacheValue")
struct JSONTests {
    @Test(
        "any JSON value may be the document",
        arguments: [
            ("{\"a\": 1}", ["a": 1] as MustacheValue),
            ("[1, \"two\", true, null]", [1, "two", true, nil]),
            ("\"just a string\"", "just a string"),
            ("42", 42),
            ("-7", -7),
            ("1.5", 1.5),
            ("1.0", .double(1.0)),
            ("1e3", .double(1000)),
            ("true", true),
            ("null", nil),
            (" \n\t[ ] \r\n", []),
            ("{}", [:]),
            ("\u{FEFF}{\"bom\": true}", ["bom": true]),
        ] as [(String, MustacheValue)])
    func parses(json: String, expected: MustacheValue) throws {
        #expect(try MustacheValue(json: Data(json.utf8)) == expected)
    }

    @Test(
        "string escapes, including surrogate pairs",
        arguments: [
            (#""a\"b\\c\/d""#, "a\"b\\c/d"),
            (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
            (#""\u00e9\u20AC""#, "é€"),
            (#""\ud83d\ude00""#, "😀"),
            ("\"ñ raw UTF-8 ✓\"", "ñ raw UTF-8 ✓"),
        ])
    func stringEscapes(json: String, expected: String) throws {
        #expect(try MustacheValue(json: Data(json.utf8)) == .string(expected))
    }

    @Test("integers beyond Int become doubles; duplicate keys keep the last")
    func edges() throws {
        #expect(try MustacheValue(json: Data("123456789012345678901234567890".utf8)) == .double(1.2345678901234568e29))
        #expect(try MustacheValue(json: Data(#"{"a": 1, "a": 2}"#.utf8)) == ["a": 2])
    }

    @Test(
        "malformed documents name the line and column",
        arguments: [
            ("", 1, 1),
            ("{", 1, 2),
            ("{\"a\" 1}", 1, 6),
            ("{\"a\": 1,}", 1, 9),
            ("[1 2]", 1, 4),
            ("[1,\n  tru]", 2, 3),
            ("\"unterminated", 1, 14),
            ("\"bad \\x escape\"", 1, 7),
            ("\"\\ud83d alone\"", 1, 8),
            ("01", 1, 2),
            ("-", 1, 2),
            ("1.", 1, 3),
            ("{\"a\": 1} trailing", 1, 10),
            ("{1: 2}", 1, 2),
            ("\"tab\tinside\"", 1, 5),
            ("{\n\"ok\": [\n  ]],\n}", 3, 4),
        ])
    func rejects(json: String, line: Int, column: Int) {
        #expect {
            try MustacheValue(json: Data(json.utf8))
        } throws: { error in
            guard let error = error as? JSONParseError else { return false }
            return error.line == line && error.column == column
        }
    }

    @Test("nesting is limited, so hostile input cannot exhaust the stack")
    func depthLimit() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParseError.self) { try MustacheValue(json: Data(deep.utf8)) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: Never.self) { try MustacheValue(json: Data(fine.utf8)) }
    }

    @Test("the error message says where and what")
    func message() {
        #expect {
            try MustacheValue(json: Data("[1,\n  tru]".utf8))
        } throws: { error in
            "\(error)" == "invalid JSON at line 2, column 3: invalid literal, expected 'true'"
        }
    }
}
