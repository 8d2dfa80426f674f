package import HTTPServer
package import Web

/// The one error shape of every `/api` answer (DESIGN.md §2):
/// `{"error": {"code": "not_found", "message": "…", "fields": {"nik": "…"}, "request_id": "…"}}`.
/// `code` is stable and English (clients branch on it), `message` Indonesian (people read it),
/// `fields` names each input that breaks a rule; never a stack trace.
package struct APIError: Error, Sendable, HTTPResponseError {
    package var status: HTTPStatus
    package var code: String
    package var message: String
    package var fields: [String: String]
    package var headers: HTTPHeaders

    /// `code` defaults to the status's own (`APIError.code(for:)`), `message` to the standard text.
    package init(
        _ status: HTTPStatus, code: String? = nil, message: String? = nil, fields: [String: String] = [:],
        headers: HTTPHeaders = HTTPHeaders()
    ) {
        self.status = status
        self.code = code ?? Self.code(for: status)
        self.message = message ?? ErrorPage.message(for: status)
        self.fields = fields
        self.headers = headers
    }

    package var publicMessage: String? { message }

    /// 401 with the challenge RFC 6750 §3 asks for.
    package static func unauthorized(_ message: String) -> APIError {
        APIError(.unauthorized, message: message, headers: ["WWW-Authenticate": "Bearer realm=\"dinsos\""])
    }

    /// The stable code of each status.
    package static func code(for status: HTTPStatus) -> String {
        switch status.code {
        case 400: "bad_request"
        case 401: "unauthorized"
        case 403: "forbidden"
        case 404: "not_found"
        case 405: "method_not_allowed"
        case 409: "conflict"
        case 413: "payload_too_large"
        case 415: "unsupported_media_type"
        case 422: "validation_failed"
        case 429: "too_many_requests"
        case 503: "unavailable"
        case 500...: "internal_error"
        default: "request_failed"
        }
    }

    /// The JSON answer, with `Cache-Control: no-store` (errors describe this request only).
    package func response(requestID: String) -> Response {
        var response: Response
        do {
            response = try .json(APIErrorBody(error: .init(
                code: code, message: message, fields: fields.isEmpty ? nil : fields, requestID: requestID)), status: status)
        } catch {
            // Encoding four strings cannot fail; answer something well-formed anyway.
            response = Response(
                status: status, headers: ["Content-Type": "application/json; charset=utf-8"],
                body: .bytes(Array("{\"error\":{\"code\":\"internal_error\",\"message\":\"\"}}".utf8)))
        }
        for field in headers { response.headers.set(field.name, field.value) }
        response.headers.set("Cache-Control", "no-store")
        return response
    }

    package func response(for request: Request, context: RequestContext, pages: any ErrorPageRenderer) -> Response {
        response(requestID: context.requestID)
    }
}

/// What `APIError` encodes to.
struct APIErrorBody: Encodable {
    struct Detail: Encodable {
        let code: String
        let message: String
        let fields: [String: String]?
        let requestID: String

        enum CodingKeys: String, CodingKey {
            case code, message, fields
            case requestID = "request_id"
        }
    }

    let error: Detail
}
