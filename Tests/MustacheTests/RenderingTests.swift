import Testing

@testable import Mustache

@Suite("Rendering")
struct RenderingTests {
    @Test(
        "numbers and booleans print as a reader expects",
        arguments: [
            (MustacheValue.int(85), "85"),
            (.int(-1_234_567), "-1234567"),
            (.int(0), "0"),
            (.int(Int.min), "-9223372036854775808"),
            (.int(Int.max), "9223372036854775807"),
            (.double(1.21), "1.21"),
            (.double(1.5), "1.5"),
            (.double(85.0), "85"),
            (.double(-0.25), "-0.25"),
            (.double(1e21), "1e+21"),
            (.bool(true), "true"),
            (.bool(false), "false"),
            (.null, ""),
            (.array([1, 2]), ""),
            (.object(["a": 1]), ""),
        ])
    func interpolatesScalars(value: MustacheValue, expected: String) throws {
        #expect(try render("{{v}}", ["v": value]) == expected)
    }

    @Test(
        "falsy values hide a section and show its inverse",
        arguments: [
            (MustacheValue.bool(false), false), (.null, false), (.int(0), false), (.double(0), false),
            (.string(""), false), (.array([]), false), (.bool(true), true), (.int(3), true),
            (.string("x"), true), (.object([:]), true), (.array([1]), true),
        ])
    func truthiness(value: MustacheValue, shown: Bool) throws {
        #expect(try render("{{#v}}yes{{/v}}{{^v}}no{{/v}}", ["v": value]) == (shown ? "yes" : "no"))
    }

    @Test("a missing name hides a section and renders as nothing")
    func missingNames() throws {
        #expect(try render("[{{missing}}][{{#missing}}x{{/missing}}][{{^missing}}y{{/missing}}]") == "[][][y]")
    }

    @Test("lists repeat their section with each item on top of the stack")
    func lists() throws {
        let context: MustacheValue = ["title": "T", "rows": [["name": "a"], ["name": "b", "title": "inner"]]]
        #expect(try render("{{#rows}}{{name}}:{{title}};{{/rows}}", context) == "a:T;b:inner;")
        #expect(try render("{{#items}}<{{.}}>{{/items}}", ["items": ["x", 1, 2.5, true]]) == "<x><1><2.5><true>")
    }

    @Test("dotted names resolve the first part down the stack and the rest inside it")
    func dottedNames() throws {
        let context: MustacheValue = ["a": ["b": ["c": "deep"]], "c": "top", "x": ["y": 1]]
        #expect(try render("{{a.b.c}}", context) == "deep")
        #expect(try render("{{#a}}{{b.c}}{{/a}}", context) == "deep")
        #expect(try render("{{#a.b}}{{c}}{{/a.b}}", context) == "deep")
        // "b" is found in "a", so "b.missing" does not fall back to anything further down.
        #expect(try render("{{#a}}{{b.missing}}{{/a}}", context) == "")
        #expect(try render("{{x.y.z}}", context) == "")
    }

    @Test("a standalone partial inside a section is indented on every line it writes")
    func indentedPartialInSection() throws {
        let template = """
            <ul>
              {{#items}}
              {{> item}}
              {{/items}}
            </ul>

            """
        let partials = ["item": "<li>\n  {{name}}\n</li>\n"]
        let context: MustacheValue = ["items": [["name": "a"], ["name": "b"]]]
        #expect(
            try render(template, context, partials: partials)
                == "<ul>\n  <li>\n    a\n  </li>\n  <li>\n    b\n  </li>\n</ul>\n")
    }

    @Test("indentation skips blank lines and never applies to line breaks inside values")
    func indentationRules() throws {
        let partials = ["p": "a\n\nb {{v}}\n"]
        #expect(try render("  {{> p}}\n", ["v": "x\ny"], partials: partials) == "  a\n\n  b x\ny\n")
    }

    @Test("page layout through inheritance, the way the app uses it")
    func layoutInheritance() throws {
        let layout = """
            <html>
            <head><title>{{$title}}Dinsos{{/title}}</title></head>
            <body>
              <main>
                {{$content}}
                {{/content}}
              </main>
            </body>
            </html>

            """
        let page = """
            {{<layout}}
            {{$title}}Data {{name}}{{/title}}
            {{$content}}
            <h1>{{name}}</h1>
            {{#rows}}
            {{> row}}
            {{/rows}}
            {{/content}}
            {{/layout}}

            """
        let partials = ["layout": layout, "row": "<p>{{.}}</p>\n"]
        let context: MustacheValue = ["name": "Keluarga <A>", "rows": ["x", "y"]]
        let expected = """
            <html>
            <head><title>Data Keluarga &lt;A&gt;</title></head>
            <body>
              <main>
                <h1>Keluarga &lt;A&gt;</h1>
                <p>x</p>
                <p>y</p>
              </main>
            </body>
            </html>

            """
        #expect(try render(page, context, partials: partials) == expected)
    }

    @Test("a block keeps its default when a parent does not override it")
    func blockDefaults() throws {
        let partials = ["layout": "<title>{{$title}}Dinsos{{/title}}</title>"]
        #expect(try render("{{<layout}}{{/layout}}", partials: partials) == "<title>Dinsos</title>")
    }

    @Test("a template that includes itself forever stops at the depth limit instead of crashing")
    func runawayRecursion() throws {
        let output = try render("{{> me}}", partials: ["me": "x{{> me}}"])
        #expect(output == String(repeating: "x", count: Renderer<NoPartials>.maximumDepth))
        let blocks = try render("{{<p}}{{$b}}y{{$b}}{{/b}}{{/b}}{{/p}}", partials: ["p": "{{$b}}{{/b}}"])
        #expect(blocks.count < 100 && blocks.allSatisfy { $0 == "y" })
    }

    @Test("a parsed template renders the same from many threads at once")
    func concurrentRenders() async throws {
        let template = try Template(source: "{{#rows}}<{{name}}>{{/rows}}")
        let context: MustacheValue = ["rows": .array((0..<50).map { ["name": .int($0)] })]
        let expected = template.render(context)
        let outputs = await withTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<8 { group.addTask { template.render(context) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outputs.count == 8 && outputs.allSatisfy { $0 == expected })
    }
}
