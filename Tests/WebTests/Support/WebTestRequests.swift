import CZlib
import HTTPServer
import Web

/// A request as the server would hand it over: `target` split into path and query.
func makeRequest(
    _ method: HTTPMethod = .GET, _ target: String, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = [],
    id: String = "req-test-1"
) -> Request {
    let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    let head = RequestHead(
        method: method, target: target, path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : nil,
        headers: headers)
    return Request(head: head, body: body, remoteAddress: "192.0.2.10", id: id)
}

func makeRequest(
    _ method: HTTPMethod = .GET, _ target: String, headers: HTTPHeaders = HTTPHeaders(), body: String, id: String = "req-test-1"
) -> Request {
    makeRequest(method, target, headers: headers, body: Array(body.utf8), id: id)
}

extension Response {
    var bodyBytes: [UInt8] {
        switch body {
        case .bytes(let bytes): bytes
        case .empty: []
        case .file, .stream: []
        }
    }

    var bodyText: String { String(decoding: bodyBytes, as: UTF8.self) }

    /// Every value of a header, for asserting that it is present exactly once.
    func all(_ name: String) -> [String] { headers.values(for: name) }
}

/// Inflates gzip (or zlib) data with windowBits 15 + 32 (automatic header detection).
func inflate(_ data: [UInt8]) -> [UInt8]? {
    var stream = z_stream()
    guard czlib_inflateInit2(&stream, 15 + 32) == Z_OK else { return nil }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    var input = data
    return input.withUnsafeMutableBufferPointer { source -> [UInt8]? in
        stream.next_in = source.baseAddress
        stream.avail_in = uInt(source.count)
        while true {
            let (status, produced) = chunk.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(buffer.count)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                return (status, buffer.count - Int(stream.avail_out))
            }
            output += chunk[0..<produced]
            if status == Z_STREAM_END { return output }
            if status != Z_OK { return nil }
        }
    }
}

/// A handler that answers with a fixed text, for route tables in tests.
func text(_ body: String) -> RouteHandler {
    { _, _ in Response(text: body) }
}

/// Lets every route run: the guard tests replace it with stricter ones.
struct AllowEverything: RouteGuard {
    func check(_ access: RouteAccess, _ request: Request, _ context: inout RequestContext) throws -> Response? {
        nil
    }
}

extension ApplicationConfiguration {
    static func testing(guard routeGuard: any RouteGuard = AllowEverything(), log: ErrorLog = ErrorLog { _ in })
        -> ApplicationConfiguration
    {
        var configuration = ApplicationConfiguration()
        configuration.routeGuard = routeGuard
        configuration.errorLog = log
        return configuration
    }
}
