import Testing

@testable import Mustache

@Suite("Parse errors")
struct ParseErrorTests {
    @Test(
        "malformed templates are rejected with the tag's line and column",
        arguments: [
            ("a\n  {{#rows}}\nx", TemplateParseError.Reason.unclosedSection("rows"), 2, 3),
            ("{{#a}}{{#b}}\n{{/a}}{{/b}}", .mismatchedClosingTag(expected: "b", found: "a"), 2, 1),
            ("x\ny {{/a}}", .unexpectedClosingTag("a"), 2, 3),
            ("one\ntwo {{name", .unclosedTag, 2, 5),
            ("{{{name}}", .unclosedTag, 1, 1),
            ("{{=<% %>=}}\n<%name}}", .unclosedTag, 2, 1),
            ("é {{= a =}}", .invalidDelimiters(" a "), 1, 3),
            ("{{=<% =% %>=}}", .invalidDelimiters("<% =% %>"), 1, 1),
            ("{{=  =}}", .invalidDelimiters("  "), 1, 1),
            ("{{}}", .invalidName(""), 1, 1),
            ("{{first name}}", .invalidName("first name"), 1, 1),
            ("{{a..b}}", .invalidName("a..b"), 1, 1),
            ("{{#a.}}{{/a.}}", .invalidName("a."), 1, 1),
            ("{{#*a}}{{/*a}}", .invalidName("*a"), 1, 1),
            ("{{<layout}}\n{{title}}\n{{/layout}}", .tagInsideParent("{{title}}"), 2, 1),
            ("{{<layout}}{{$content}}", .unclosedSection("content"), 1, 12),
            ("{{<layout}}", .unclosedSection("layout"), 1, 1),
        ])
    func rejects(source: String, reason: TemplateParseError.Reason, line: Int, column: Int) {
        #expect {
            try Template(source: source, name: "page.mustache")
        } throws: { error in
            guard let error = error as? TemplateParseError else { return false }
            return error.reason == reason && error.line == line && error.column == column
                && error.template == "page.mustache"
        }
    }

    @Test("the message names the file, line and column")
    func message() {
        #expect {
            try Template(source: "<ul>\n  {{#rows}}\n</ul>", name: "Templates/list.mustache")
        } throws: { error in
            "\(error)" == "Templates/list.mustache:2:3: section 'rows' is not closed"
        }
    }

    @Test("comments may hold anything but the closing delimiter, across lines")
    func comments() throws {
        #expect(try render("a{{! {{#x \n /y <b> }}b") == "ab")
    }
}
