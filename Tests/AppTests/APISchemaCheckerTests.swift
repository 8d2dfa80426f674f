import Testing

/// The checker the document tests rely on must itself refuse what it should.
@Suite struct APISchemaCheckerTests {
    static let document: JSONNode = .object([
        "components": .object(["schemas": .object([
            "Thing": .object([
                "type": .string("object"),
                "properties": .object([
                    "id": .object(["type": .string("integer"), "minimum": .int(1)]),
                    "kind": .object(["type": .string("string"), "enum": .array([.string("a"), .string("b")])]),
                    "note": .object(["type": .array([.string("string"), .string("null")])]),
                    "tags": .object(["type": .string("array"), "items": .object(["type": .string("string")])]),
                ]),
                "required": .array([.string("id"), .string("kind")]),
            ])
        ])])
    ])
    static let thing: JSONNode = .object(["$ref": .string("#/components/schemas/Thing")])

    let checker = APISchemaChecker(document: document)

    @Test func aValidValuePasses() {
        let value: JSONNode = .object(["id": .int(3), "kind": .string("a"), "note": .null, "tags": .array([.string("x")])])
        #expect(checker.problems(value, Self.thing).isEmpty)
    }

    @Test(arguments: [
        JSONNode.object(["kind": .string("a")]),
        .object(["id": .int(0), "kind": .string("a")]),
        .object(["id": .int(1), "kind": .string("c")]),
        .object(["id": .bool(true), "kind": .string("a")]),
        .object(["id": .int(1), "kind": .string("a"), "note": .int(5)]),
        .object(["id": .int(1), "kind": .string("a"), "tags": .array([.int(1)])]),
        .array([]),
    ])
    func anInvalidValueIsReported(_ value: JSONNode) {
        #expect(!checker.problems(value, Self.thing).isEmpty)
    }

    @Test func unknownKeywordsAndDanglingReferencesAreReported() {
        #expect(!checker.problems(.int(1), .object(["type": .string("integer"), "oneOf": .array([])])).isEmpty)
        #expect(!checker.problems(.int(1), .object(["$ref": .string("#/components/schemas/Nope")])).isEmpty)
    }
}
