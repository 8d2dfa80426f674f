import Foundation
package import HTTPServer

extension Response {
    /// A JSON body from any `Encodable`, through one encoder configured once.
    package static func json<Value: Encodable>(_ value: Value, status: HTTPStatus = .ok) throws -> Response {
        let data = try JSONCoding.encoder.encode(value)
        return Response(
            status: status, headers: ["Content-Type": "application/json; charset=utf-8"], body: .bytes(Array(data)))
    }
}

enum JSONCoding {
    /// Configured here only and never mutated afterwards, so one instance serves every thread.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()
}
