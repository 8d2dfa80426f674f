package import HTTPServer

/// Why a query string or form body could not be read. Each is the client's fault, so a 4xx page.
package enum FormError: HTTPResponseError, Sendable, Equatable {
    /// A `%` without two hex digits, or bytes that are not UTF-8.
    case invalidEncoding
    case missingField(String)
    /// The body's `Content-Type` is not one this request accepts.
    case unsupportedContentType(String?)
    /// The `Content-Type` field itself cannot be read (RFC 9110 §8.3.1 syntax).
    case invalidContentType(String)
    case malformedMultipart(String)
    /// A multipart limit (parts, header size, field size) was exceeded.
    case multipartLimitExceeded(String)
    /// The server could not store an uploaded part (disk full, temporary folder missing).
    case storageFailed(String)

    package var status: HTTPStatus {
        switch self {
        case .invalidEncoding, .missingField, .invalidContentType, .malformedMultipart: .badRequest
        case .unsupportedContentType: .unsupportedMediaType
        case .multipartLimitExceeded: .contentTooLarge
        case .storageFailed: .internalServerError
        }
    }
}
