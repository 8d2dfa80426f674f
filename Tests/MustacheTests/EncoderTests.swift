import Foundation
import Testing

@testable import Mustache

@Suite("Encodable view models")
struct EncoderTests {
    enum Status: String, Encodable { case draft, approved }

    struct Member: Encodable {
        let name: String
        let age: Int
        let isHead: Bool
        let note: String?
    }

    struct Household: Encodable {
        let number: String
        let members: [Member]
        let address: Address
        let score: Double
        let status: Status
        let updated: Date
        let tags: [String: Int]
        let link: URL
    }

    struct Address: Encodable {
        let village: String
        let rt: UInt8
    }

    static let household = Household(
        number: "3402<01>",
        members: [
            Member(name: "Ani", age: 41, isHead: true, note: "kepala & ibu"),
            Member(name: "Budi", age: 12, isHead: false, note: nil),
        ],
        address: Address(village: "Panggungharjo", rt: 5),
        score: 72.5,
        status: .approved,
        updated: Date(timeIntervalSince1970: 1_684_141_800),
        tags: ["pkh": 1],
        link: URL(string: "https://example.org/a?b=c")!)

    @Test("structs become objects, arrays arrays, enums their raw value, dates ISO 8601")
    func valueTree() throws {
        let value = try MustacheValue(encoding: Self.household)
        #expect(value["number"] == "3402<01>")
        #expect(value["score"] == 72.5)
        #expect(value["status"] == "approved")
        #expect(value["updated"] == "2023-05-15T09:10:00Z")
        #expect(value["address"] == ["village": "Panggungharjo", "rt": 5])
        #expect(value["tags"] == ["pkh": 1])
        #expect(value["link"] == "https://example.org/a?b=c")
        #expect(
            value["members"]
                == [
                    ["name": "Ani", "age": 41, "isHead": true, "note": "kepala & ibu"],
                    ["name": "Budi", "age": 12, "isHead": false, "note": nil],
                ])
    }

    @Test("a view model renders through nested sections, Bool sections and escaping")
    func rendersModel() throws {
        let template = try Template(
            source: """
                {{number}} {{address.village}} RT {{address.rt}} ({{status}}, {{score}})
                {{#members}}
                - {{name}}, {{age}}{{#isHead}} [kepala]{{/isHead}}{{#note}}: {{note}}{{/note}}
                {{/members}}
                """)
        let output = String(decoding: template.render(try MustacheValue(encoding: Self.household)), as: UTF8.self)
        #expect(
            output == """
                3402&lt;01&gt; Panggungharjo RT 5 (approved, 72.5)
                - Ani, 41 [kepala]: kepala &amp; ibu
                - Budi, 12

                """)
    }

    @Test("a nil optional is null: the lookup stops instead of finding an outer value of that name")
    func nilStopsLookup() throws {
        struct Row: Encodable { let note: String? }
        struct Page: Encodable {
            let note: String
            let rows: [Row]
        }
        let page = Page(note: "OUTER", rows: [Row(note: nil), Row(note: "inner")])
        let template = try Template(source: "{{#rows}}[{{note}}]{{/rows}}")
        #expect(String(decoding: template.render(try MustacheValue(encoding: page)), as: UTF8.self) == "[][inner]")
    }

    @Test("top-level values of every shape")
    func topLevelValues() throws {
        #expect(try MustacheValue(encoding: [1, 2, 3]) == [1, 2, 3])
        #expect(try MustacheValue(encoding: "text") == "text")
        #expect(try MustacheValue(encoding: Optional<Int>.none) == nil)
        #expect(try MustacheValue(encoding: UInt64.max) == .string("18446744073709551615"))
        #expect(try MustacheValue(encoding: Float(0.5)) == 0.5)
        #expect(try MustacheValue(encoding: ["k": ["nested": true]] as MustacheValue) == ["k": ["nested": true]])
    }

    @Test("custom encode(to:) with nested and unkeyed containers")
    func customEncoding() throws {
        struct Custom: Encodable {
            enum Keys: String, CodingKey { case outer, list }
            enum Inner: String, CodingKey { case value }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                var inner = container.nestedContainer(keyedBy: Inner.self, forKey: .outer)
                try inner.encode("v", forKey: .value)
                var list = container.nestedUnkeyedContainer(forKey: .list)
                try list.encode(1)
                try list.encodeNil()
                var pair = list.nestedUnkeyedContainer()
                try pair.encode("a")
            }
        }
        #expect(try MustacheValue(encoding: Custom()) == ["outer": ["value": "v"], "list": [1, nil, ["a"]]])
    }

    @Test("an encoding failure is thrown, not rendered")
    func failure() {
        struct Broken: Encodable {
            func encode(to encoder: any Encoder) throws {
                throw EncodingError.invalidValue(0, .init(codingPath: [], debugDescription: "no"))
            }
        }
        #expect(throws: EncodingError.self) { try MustacheValue(encoding: Broken()) }
    }
}
