import Testing

@testable import Mustache

@Suite("HTML escaping")
struct EscapeTests {
    @Test(
        "each special character is replaced, everything else is copied",
        arguments: [
            ("plain text", "plain text"),
            ("&", "&amp;"),
            ("<", "&lt;"),
            (">", "&gt;"),
            ("\"", "&quot;"),
            ("'", "&#39;"),
            ("<a href=\"x\">Tom & Jerry's</a>", "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"),
            ("&&&", "&amp;&amp;&amp;"),
            ("", ""),
            ("Rp 42.000 – ümlaut ✓ <b>", "Rp 42.000 – ümlaut ✓ &lt;b&gt;"),
            ("=?;:/ 0123456789", "=?;:/ 0123456789"),
        ])
    func escapes(input: String, expected: String) {
        #expect(HTMLEscape.escape(input) == expected)
    }

    @Test("a long run with one special character at each end")
    func longRun() {
        let middle = String(repeating: "abcdefghij", count: 1000)
        #expect(HTMLEscape.escape("<" + middle + ">") == "&lt;" + middle + "&gt;")
    }

    @Test("a non-contiguous (bridged) string is escaped too")
    func substringBackedString() {
        let sliced = String("xx<yy>zz".dropFirst(1).dropLast(1))
        #expect(HTMLEscape.escape(sliced) == "x&lt;yy&gt;z")
    }

    @Test("{{x}} escapes; {{{x}}} and {{& x}} do not")
    func tagsChooseEscaping() throws {
        let context: MustacheValue = ["x": "<b>\"&'</b>"]
        #expect(try render("{{x}}", context) == "&lt;b&gt;&quot;&amp;&#39;&lt;/b&gt;")
        #expect(try render("{{{x}}}", context) == "<b>\"&'</b>")
        #expect(try render("{{& x}}", context) == "<b>\"&'</b>")
        #expect(try render("{{=<% %>=}}<%{x}%>", context) == "<b>\"&'</b>")
    }

    @Test("template text itself is never escaped")
    func templateTextIsLiteral() throws {
        #expect(try render("<p class=\"a\">&amp;</p>") == "<p class=\"a\">&amp;</p>")
    }
}
