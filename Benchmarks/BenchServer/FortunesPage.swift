import Mustache

/// The standard TechEmpower fortunes page, rendered from Benchmarks/fortunes.mustache
/// (the same file the Hummingbird peer renders); `{{message}}` is HTML-escaped by the engine.
struct FortunesPage: Sendable {
    private let template: Template

    init(templateSource: String) throws {
        template = try Template(source: templateSource)
    }

    func render(_ fortunes: [Fortune]) -> [UInt8] {
        let rows: [MustacheValue] = fortunes.map { fortune in
            .object(["id": .int(fortune.id), "message": .string(fortune.message)])
        }
        return template.render(.object(["fortunes": .array(rows)]))
    }
}
