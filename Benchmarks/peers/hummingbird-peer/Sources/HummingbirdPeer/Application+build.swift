import Foundation
import GRDB
import Hummingbird
import Mustache

/// Builds the peer: one router, the three TechEmpower endpoints, a GRDB pool and a Mustache template.
func buildApplication(
    host: String, port: Int, databasePath: String, root: String
) async throws -> some ApplicationProtocol {
    let benchmarks = URL(fileURLWithPath: root).appendingPathComponent("Benchmarks")
    let seed = try String(contentsOf: benchmarks.appendingPathComponent("fortunes.sql"), encoding: .utf8)
    let source = try String(contentsOf: benchmarks.appendingPathComponent("fortunes.mustache"), encoding: .utf8)

    let dbPool = try DatabasePool(path: databasePath)
    try await dbPool.write { db in try db.execute(sql: seed) }
    let template = try MustacheTemplate(string: source)

    let router = Router()
    router.get("plaintext") { _, _ in
        Response(
            status: .ok,
            headers: [.contentType: "text/plain"],
            body: .init(byteBuffer: ByteBuffer(string: "Hello, World!"))
        )
    }
    router.get("json") { _, _ in
        Message(message: "Hello, World!")
    }
    router.get("fortunes") { _, _ -> HTML in
        var fortunes = try await dbPool.read { db in try Fortune.fetchAll(db) }
        fortunes.append(Fortune(id: 0, message: "Additional fortune added at request time."))
        fortunes.sort { $0.message < $1.message }
        return HTML(template.render(["fortunes": fortunes]))
    }

    return Application(
        router: router,
        configuration: .init(address: .hostname(host, port: port), serverName: "Hummingbird")
    )
}
