import Foundation
import Testing

@testable import Mustache

@Suite("TemplateLibrary")
struct TemplateLibraryTests {
    /// Templates/ with a layout, nested partial folders and a page using them.
    private func makeTemplates() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write("layout.mustache", "<main>\n  {{$content}}{{/content}}\n</main>\n")
        try folder.write("partials/field.mustache", "<label>{{label}}</label>{{> partials/inputs/text}}")
        try folder.write("partials/inputs/text.mustache", "<input value=\"{{value}}\">")
        try folder.write(
            "registry/form.mustache",
            "{{<layout}}{{$content}}{{#fields}}{{> partials/field}}{{/fields}}{{/content}}{{/layout}}")
        try folder.write(".hidden.mustache", "{{#broken")
        try folder.write("notes.txt", "not a template {{#")
        return folder
    }

    @Test("loads every .mustache file below the folder, named by relative path")
    func loadsNestedFolders() throws {
        let folder = try makeTemplates()
        defer { folder.remove() }
        let library = try TemplateLibrary(directory: folder.path)
        #expect(
            try library.templateNames == ["layout", "partials/field", "partials/inputs/text", "registry/form"])
        let context: MustacheValue = ["fields": [["label": "Nama", "value": "A\"B"]]]
        let output = String(decoding: try library.render("registry/form", context), as: UTF8.self)
        #expect(output == "<main>\n  <label>Nama</label><input value=\"A&quot;B\">\n</main>\n")
    }

    @Test("renders an Encodable model")
    func rendersModel() throws {
        struct Field: Encodable {
            let label: String
            let value: String
        }
        struct Form: Encodable { let fields: [Field] }
        let folder = try makeTemplates()
        defer { folder.remove() }
        let library = try TemplateLibrary(directory: folder.path)
        let output = try library.render("registry/form", Form(fields: [Field(label: "NIK", value: "34<02>")]))
        #expect(String(decoding: output, as: UTF8.self).contains("<label>NIK</label><input value=\"34&lt;02&gt;\">"))
    }

    @Test("a partial that does not exist is an error at load time naming the file, line and column")
    func missingPartialAtLoad() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("ok.mustache", "fine")
        let page = try folder.write("pages/list.mustache", "<ul>\n{{#rows}}\n  <li>{{> partials/row}}</li>\n{{/rows}}")
        #expect {
            try TemplateLibrary(directory: folder.path)
        } throws: { error in
            error as? TemplateLibraryError
                == .missingPartial(name: "partials/row", file: page, location: SourceLocation(line: 3, column: 7))
                && "\(error)" == "\(page):3:7: partial 'partials/row' not found"
        }
    }

    @Test("a missing parent is reported the same way; dynamic names are left to render time")
    func missingParent() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let page = try folder.write("page.mustache", "{{>*chosen}}\n{{<nolayout}}{{/nolayout}}")
        #expect {
            try TemplateLibrary(directory: folder.path)
        } throws: { error in
            error as? TemplateLibraryError
                == .missingPartial(name: "nolayout", file: page, location: SourceLocation(line: 2, column: 1))
        }
    }

    @Test("a parse error is reported at load time with the file's path, line and column")
    func parseErrorAtLoad() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let file = try folder.write("broken.mustache", "line one\n{{#a}}\n{{/b}}\n")
        #expect {
            try TemplateLibrary(directory: folder.path)
        } throws: { error in
            guard case .parse(let parseError)? = error as? TemplateLibraryError else { return false }
            return parseError.template == file && parseError.line == 3 && parseError.column == 1
                && parseError.reason == .mismatchedClosingTag(expected: "a", found: "b")
        }
    }

    @Test("a folder that does not exist, and a template name that does not exist")
    func missingThings() throws {
        #expect(throws: TemplateLibraryError.unreadableDirectory(path: "/nonexistent/templates")) {
            try TemplateLibrary(directory: "/nonexistent/templates")
        }
        let folder = try makeTemplates()
        defer { folder.remove() }
        let library = try TemplateLibrary(directory: folder.path)
        #expect(throws: TemplateLibraryError.templateNotFound("nope")) { try library.render("nope", [:]) }
    }

    @Test("without reload, changed files are not read again")
    func fixedModeKeepsTemplates() throws {
        let folder = try makeTemplates()
        defer { folder.remove() }
        let library = try TemplateLibrary(directory: folder.path)
        try folder.write("layout.mustache", "changed")
        #expect(String(decoding: try library.render("layout", [:]), as: UTF8.self) == "<main>\n  \n</main>\n")
    }

    @Test("in reload mode, edited, added and broken files are noticed on the next render")
    func devReload() throws {
        let folder = try makeTemplates()
        defer { folder.remove() }
        let library = try TemplateLibrary(directory: folder.path, reloadsChangedFiles: true)
        #expect(String(decoding: try library.render("layout", [:]), as: UTF8.self) == "<main>\n  \n</main>\n")

        try folder.write("layout.mustache", "<main class=\"v2\">{{$content}}{{/content}}</main>")
        #expect(String(decoding: try library.render("layout", [:]), as: UTF8.self) == "<main class=\"v2\"></main>")

        try folder.write("partials/inputs/new.mustache", "new {{x}}")
        #expect(String(decoding: try library.render("partials/inputs/new", ["x": 1]), as: UTF8.self) == "new 1")

        try folder.write("partials/inputs/new.mustache", "{{#x}}")
        #expect(throws: TemplateLibraryError.self) { try library.render("layout", [:]) }

        try folder.write("partials/inputs/new.mustache", "fixed")
        #expect(String(decoding: try library.render("partials/inputs/new", [:]), as: UTF8.self) == "fixed")

        try FileManager.default.removeItem(atPath: folder.path + "/partials/inputs/new.mustache")
        #expect(throws: TemplateLibraryError.templateNotFound("partials/inputs/new")) {
            try library.render("partials/inputs/new", [:])
        }
    }
}
