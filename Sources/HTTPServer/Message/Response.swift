/// A response produced by a responder. The server adds `Date`, `Content-Length` or
/// `Transfer-Encoding: chunked`, and `Connection` itself.
package struct Response: Sendable {
    package var status: HTTPStatus
    package var headers: HTTPHeaders
    package var body: ResponseBody

    package init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: ResponseBody = .empty) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    package init(status: HTTPStatus = .ok, contentType: String, body: [UInt8]) {
        self.init(status: status, headers: ["Content-Type": contentType], body: .bytes(body))
    }

    package init(status: HTTPStatus = .ok, contentType: String = "text/plain; charset=utf-8", text: String) {
        self.init(status: status, contentType: contentType, body: Array(text.utf8))
    }
}

package enum ResponseBody: Sendable {
    case empty
    case bytes([UInt8])
    /// A file sent from disk in pieces; `length` bytes from the start.
    case file(path: String, length: Int)
    /// A body produced piece by piece and sent with chunked transfer coding.
    case stream(ResponseStream)

    /// The length when it is known before sending.
    package var knownLength: Int? {
        switch self {
        case .empty: 0
        case .bytes(let b): b.count
        case .file(_, let length): length
        case .stream: nil
        }
    }
}

/// A pull-based body: the connection asks for the next piece when the socket can take it.
/// `next` returns nil at the end. Used by one connection at a time, never concurrently,
/// which is why the unchecked conformance is safe.
package final class ResponseStream: @unchecked Sendable {
    private let produce: () throws -> [UInt8]?
    package init(_ produce: @escaping () throws -> [UInt8]?) { self.produce = produce }
    package func next() throws -> [UInt8]? { try produce() }
}
