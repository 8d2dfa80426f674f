import Foundation
import HTTPServer

/// Answers the three TechEmpower endpoints by matching the path directly, without the Web router:
/// the benchmark measures the server, and the router is measured by the Web layer's own tests.
struct BenchResponder: HTTPResponder {
    let store: FortuneStore
    let page: FortunesPage

    private static let plaintextBody = Array("Hello, World!".utf8)

    func bodyLimit(for head: RequestHead) -> Int { 0 }

    /// /plaintext and /json are answered on the I/O loop; /fortunes reads SQLite, so it goes
    /// through the handler pool like any page of the application.
    func answersInline(_ head: RequestHead) -> Bool {
        head.path == "/plaintext" || head.path == "/json"
    }

    func respond(to request: Request) -> Response {
        guard request.method == .GET || request.method == .HEAD else {
            return finish(Response(status: .methodNotAllowed, headers: ["Allow": "GET, HEAD"]))
        }
        switch request.path {
        case "/plaintext":
            return finish(Response(contentType: "text/plain", body: Self.plaintextBody))
        case "/json":
            return finish(json())
        case "/fortunes":
            return finish(fortunes())
        default:
            return finish(Response(status: .notFound, text: "Not Found"))
        }
    }

    /// TechEmpower wants the object serialised on every request, not a cached body.
    private func json() -> Response {
        do {
            let body = try JSONEncoder().encode(Message(message: "Hello, World!"))
            return Response(contentType: "application/json", body: Array(body))
        } catch {
            return Response(status: .internalServerError, text: "Internal Server Error")
        }
    }

    private func fortunes() -> Response {
        do {
            var fortunes = try store.all()
            fortunes.append(Fortune(id: 0, message: "Additional fortune added at request time."))
            fortunes.sort { $0.message.utf8.lexicographicallyPrecedes($1.message.utf8) }
            return Response(contentType: "text/html; charset=utf-8", body: page.render(fortunes))
        } catch {
            return Response(status: .internalServerError, text: "Internal Server Error")
        }
    }

    /// TechEmpower requires a `Server` header; the server itself adds `Date`.
    private func finish(_ response: Response) -> Response {
        var response = response
        response.headers.add("Server", "dinsos")
        return response
    }
}

/// The /json body.
struct Message: Encodable {
    let message: String
}
