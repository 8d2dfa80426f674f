/// Why a request was refused before it reached the responder. Each case knows its status;
/// every one of them leaves the connection's framing untrusted, so it is closed after the answer.
package enum RequestParseError: Error, Sendable, Equatable {
    case malformedRequestLine
    case invalidMethod
    case unknownMethod
    case invalidRequestTarget
    case requestTargetTooLong
    case malformedVersion
    case unsupportedVersion
    case malformedHeaderLine
    case obsoleteLineFolding
    case invalidHeaderName
    case invalidHeaderValue
    case whitespaceBeforeColon
    case headerSectionTooLarge
    case tooManyHeaderFields
    case missingHost
    case multipleHosts
    case invalidHost
    case invalidContentLength
    case conflictingContentLength
    case contentLengthWithTransferEncoding
    case unsupportedTransferCoding
    case invalidTransferEncoding
    case transferEncodingInHTTP10
    case invalidChunk
    case contentTooLarge
    case unsupportedExpectation

    /// The status the server answers with.
    package var status: HTTPStatus {
        switch self {
        case .unknownMethod, .unsupportedTransferCoding: .notImplemented
        case .requestTargetTooLong: .uriTooLong
        case .unsupportedVersion: .httpVersionNotSupported
        case .headerSectionTooLarge, .tooManyHeaderFields: .requestHeaderFieldsTooLarge
        case .contentTooLarge: .contentTooLarge
        case .unsupportedExpectation: .expectationFailed
        default: .badRequest
        }
    }
}
