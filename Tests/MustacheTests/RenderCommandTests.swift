import Foundation
import Testing

@testable import Mustache

@Suite("RenderCommand (dinsos render)")
struct RenderCommandTests {
    private func run(_ folder: TemporaryDirectory, partials: String? = nil) throws -> String {
        let output = try RenderCommand.run(
            templatePath: folder.path + "/page.mustache", dataPath: folder.path + "/data.json",
            partialsDirectory: partials)
        return String(decoding: output, as: UTF8.self)
    }

    @Test("partials come from the template's own folder by default")
    func partialsBesideTemplate() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("page.mustache", "{{<layout}}{{$body}}{{> parts/item}}{{/body}}{{/layout}}")
        try folder.write("layout.mustache", "<b>{{$body}}{{/body}}</b>\n")
        try folder.write("parts/item.mustache", "{{name}}")
        try folder.write("data.json", #"{"name": "A & B"}"#)
        #expect(try run(folder) == "<b>A &amp; B</b>\n")
    }

    @Test("--partials DIR replaces the template's folder")
    func partialsDirectory() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("page.mustache", "[{{> item}}]")
        try folder.write("item.mustache", "beside")
        try folder.write("shared/item.mustache", "shared")
        try folder.write("data.json", "{}")
        #expect(try run(folder, partials: folder.path + "/shared") == "[shared]")
    }

    @Test("a partial that does not exist, or whose name leaves the folder, renders as nothing")
    func missingPartial() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("sub/page.mustache", "")
        try folder.write("secret.mustache", "SECRET")
        try folder.write("page.mustache", "[{{> nothing}}][{{> ../secret}}][{{>/etc/passwd}}]")
        try folder.write("data.json", "{}")
        #expect(try run(folder, partials: folder.path + "/sub") == "[][][]")
    }

    @Test(
        "the JSON document may be any value",
        arguments: [
            ("[1, 2, 3]", "{{#.}}<{{.}}>{{/.}}", "<1><2><3>"),
            ("\"just <text>\"", "{{.}}|{{{.}}}", "just &lt;text&gt;|just <text>"),
            ("12.5", "{{.}}", "12.5"),
            ("null", "[{{^.}}empty{{/.}}]", "[empty]"),
        ])
    func topLevelValues(json: String, template: String, expected: String) throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("page.mustache", template)
        try folder.write("data.json", json)
        #expect(try run(folder) == expected)
    }

    @Test("the output is exactly the rendered bytes, with no newline added")
    func exactBytes() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("page.mustache", "no newline at the end \u{00e9}")
        try folder.write("data.json", "{}")
        let output = try RenderCommand.run(
            templatePath: folder.path + "/page.mustache", dataPath: folder.path + "/data.json", partialsDirectory: nil)
        #expect(output == Array("no newline at the end \u{00e9}".utf8))
    }

    @Test("bad JSON is an error naming the file, line and column")
    func badJSON() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try folder.write("page.mustache", "{{a}}")
        let data = try folder.write("data.json", "{\n  \"a\": [1,\n}")
        #expect {
            try run(folder)
        } throws: { error in
            guard case .data(let path, let jsonError)? = error as? RenderCommandError else { return false }
            return path == data && jsonError.line == 3 && jsonError.column == 1
                && "\(error)".hasPrefix("\(data):3:1: invalid JSON")
        }
    }

    @Test("a template or partial that does not parse is an error naming the file, line and column")
    func parseErrors() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let page = try folder.write("page.mustache", "ok\n  {{#open}}")
        try folder.write("data.json", "{}")
        #expect {
            try run(folder)
        } throws: { error in
            "\(error)" == "\(page):2:3: section 'open' is not closed"
        }
        try folder.write("page.mustache", "{{> bad}}")
        let bad = try folder.write("bad.mustache", "{{/x}}")
        #expect {
            try run(folder)
        } throws: { error in
            guard case .template(let parseError)? = error as? RenderCommandError else { return false }
            return parseError.template == bad && parseError.line == 1 && parseError.column == 1
        }
    }

    @Test("missing template and data files are reported by path")
    func missingFiles() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        #expect(throws: RenderCommandError.fileNotFound(path: folder.path + "/page.mustache")) { try run(folder) }
        try folder.write("page.mustache", "x")
        #expect(throws: RenderCommandError.fileNotFound(path: folder.path + "/data.json")) { try run(folder) }
        try FileManager.default.createDirectory(atPath: folder.path + "/data.json", withIntermediateDirectories: true)
        #expect(throws: RenderCommandError.unreadableFile(path: folder.path + "/data.json")) { try run(folder) }
    }
}
