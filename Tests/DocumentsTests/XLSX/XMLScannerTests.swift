import Testing

@testable import Documents

struct XMLScannerTests {
    /// The events of `xml` in a compact notation: `<name a=v>`, `</name>`, and text in quotes.
    static func events(_ xml: String) throws(XLSXError) -> [String] {
        var scanner = XMLScanner(bytes: Array(xml.utf8), part: "uji.xml")
        var events: [String] = []
        while let event = try scanner.next() {
            switch event {
            case .start(let tag):
                var attributes: [String] = []
                for attribute in tag.attributes {
                    attributes.append(" \(scanner.string(attribute.localName))=\(try scanner.value(of: attribute))")
                }
                events.append("<\(scanner.string(tag.localName))\(attributes.joined())>")
            case .end(let name):
                events.append("</\(scanner.string(name))>")
            case .text(let run):
                events.append("\"\(try scanner.text(run))\"")
            }
        }
        return events
    }

    @Test func prefixesAreDroppedAndEmptyElementsEndAtOnce() throws {
        let xml = "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- awal --><x:a xmlns:x=\"u\" r:id='rId1'><x:b/><c>t</c></x:a>\n"
        #expect(try Self.events(xml) == ["<a x=u id=rId1>", "<b>", "</b>", "<c>", "\"t\"", "</c>", "</a>"])
    }

    @Test func referencesLineEndsAndCDATAAreDecoded() throws {
        let xml = "<a v=\"x&amp;y&#x41;&#66;&lt;\ttab\r\nline\">1&gt;0\r\n2\r3<![CDATA[<&>]]><!-- - --></a>"
        #expect(try Self.events(xml) == ["<a v=x&yAB< tab line>", "\"1>0\n2\n3\"", "\"<&>\"", "</a>"])
    }

    @Test func characterReferencesToCharactersXMLForbidsAreRefused() {
        for reference in ["&#1;", "&#xFFFE;", "&#xD800;", "&#x110000;", "&#;", "&#x;", "&#12a;"] {
            #expect(throws: XLSXError.malformedXML(part: "uji.xml", offset: 3, reason: "bad character reference")) {
                try Self.events("<a>\(reference)</a>")
            }
        }
    }

    @Test func deepNestingIsRefused() throws {
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        #expect(throws: XLSXError.malformedXML(part: "uji.xml", offset: 768, reason: "elements nested deeper than 256 levels")) {
            try Self.events(deep)
        }
        let fine = String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256)
        #expect(try Self.events(fine).count == 512)
    }

    @Test func endTagsMustMatchTheirStartTagsWithPrefixes() {
        #expect(throws: XLSXError.malformedXML(part: "uji.xml", offset: 6, reason: "</y:a> closes <x:a>")) {
            try Self.events("<x:a>t</y:a>")
        }
        #expect(throws: XLSXError.malformedXML(part: "uji.xml", offset: 4, reason: "</b> closes nothing")) {
            try Self.events("<a/></b>")
        }
    }
}
