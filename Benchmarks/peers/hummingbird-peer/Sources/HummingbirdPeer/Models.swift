import GRDB
import Hummingbird

/// The /json body.
struct Message: ResponseEncodable {
    let message: String
}

/// One row of the `fortune` table.
struct Fortune: Codable, FetchableRecord, TableRecord, Sendable {
    var id: Int64
    var message: String
}

/// A rendered HTML page as a response.
struct HTML: ResponseGenerator {
    let html: String

    init(_ html: String) {
        self.html = html
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html))
        )
    }
}
