import Mustache
import Testing

/// `items.0` in dotted names: the layout shows its menu, and the breadcrumbs partial its trail,
/// only when the list has a first item.
@Suite struct ListIndexTests {
    @Test func aDigitPartIndexesAList() throws {
        let data: MustacheValue = ["items": [["name": "a"], ["name": "b"]], "empty": []]
        #expect(try render("{{#items.0}}<ul>{{/items.0}}", data) == "<ul>")
        #expect(try render("{{items.1.name}}", data) == "b")
        #expect(try render("{{#empty.0}}x{{/empty.0}}{{^empty.0}}none{{/empty.0}}", data) == "none")
    }

    @Test(arguments: ["items.2.name", "items.-1.name", "items.+1.name", "items.01x.name", "items.name"])
    func otherPartsDoNotIndex(path: String) throws {
        let data: MustacheValue = ["items": [["name": "a"], ["name": "b"]]]
        #expect(try render("[{{\(path)}}]", data) == "[]")
    }
}
