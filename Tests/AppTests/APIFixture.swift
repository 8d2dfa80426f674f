import App
import Core
import Database
import Foundation
import Registry
import TestSupport

/// The real application with accounts and their API tokens, and a client that speaks JSON to
/// `/api` over loopback.
final class APIFixture {
    static let password = "Sandi-Rahasia-1"

    let app: TestApp
    let users: UserService
    let tokens: APITokenService
    let registry: RegistryService

    init(configure: (inout AppEnvironment) -> Void = { _ in }) throws {
        app = try TestApp(configure: configure)
        let pool = app.environment.pool
        users = UserService(pool: pool, hasher: .testing, clock: app.environment.clock)
        tokens = APITokenService(pool: pool, clock: app.environment.clock)
        registry = RegistryService(pool: pool, clock: app.environment.clock, settings: app.environment.settings)
    }

    var pool: DatabasePool { app.environment.pool }

    @discardableResult
    func account(_ username: String, role: Role, areas: [String] = []) throws -> User {
        try users.create(
            NewUser(username: username, fullName: username, role: role, areaCodes: areas, password: Self.password), by: .cli)
    }

    /// A new account of `role` and a token for it.
    func token(_ username: String, role: Role, areas: [String] = []) throws -> String {
        let user = try account(username, role: role, areas: areas)
        return try tokens.create(forUser: user.id, name: "Uji \(username)", by: .cli).secret
    }

    /// A household registered through the service, with its head; returns its id.
    @discardableResult
    func household(_ serial: Int, area: String = RegistryFixtures.poncosari, head name: String = "Budi") throws -> Int64 {
        try registry.createHousehold(
            RegistryFixtures.household(RegistryFixtures.noKK(serial), area: area),
            head: RegistryFixtures.person(name, serial: serial), by: .cli, scope: .everywhere
        ).household.id
    }

    /// One request; `token` goes in `Authorization: Bearer`, `json` is sent as the body.
    func call(
        _ method: String, _ path: String, token: String? = nil, json: String? = nil,
        contentType: String = "application/json", headers: [String: String] = [:]
    ) throws -> APIResponse {
        let client = try RawHTTPClient(port: app.server.port)
        defer { client.close() }
        let body = Array((json ?? "").utf8)
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if json != nil { head += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n" }
        head += "\r\n"
        try client.send(Array(head.utf8) + body)
        return APIResponse(try client.readResponse(isHead: method == "HEAD"))
    }
}

/// A response with its body parsed as JSON.
struct APIResponse {
    let raw: RawHTTPClient.Response
    let json: Any?

    init(_ raw: RawHTTPClient.Response) {
        self.raw = raw
        json = try? JSONSerialization.jsonObject(with: Data(raw.body), options: [.fragmentsAllowed])
    }

    var status: Int { raw.status }
    var object: [String: Any] { json as? [String: Any] ?? [:] }

    /// `error.code` of an error answer.
    var errorCode: String? { (object["error"] as? [String: Any])?["code"] as? String }
    var errorFields: [String: String] { (object["error"] as? [String: Any])?["fields"] as? [String: String] ?? [:] }
    var isJSON: Bool { raw.header("Content-Type")?.hasPrefix("application/json") == true && json != nil }
}
