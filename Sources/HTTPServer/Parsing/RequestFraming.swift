/// What the header section says about the message's body and the connection, worked out by
/// the parser once the header section is complete.
package struct RequestFraming: Sendable, Equatable {
    /// The declared body length; nil when the body is chunked or absent.
    package var contentLength: Int?
    /// Whether the body uses the chunked transfer coding.
    package var isChunked: Bool
    /// Whether the connection may stay open after the response (RFC 9112 §9.3).
    package var keepAlive: Bool
    /// Whether the client waits for `100 Continue` before sending the body (RFC 9110 §10.1.1).
    package var expectsContinue: Bool

    /// Framing with the given facts (tests build these by hand).
    package init(contentLength: Int? = nil, isChunked: Bool = false, keepAlive: Bool = true, expectsContinue: Bool = false) {
        self.contentLength = contentLength
        self.isChunked = isChunked
        self.keepAlive = keepAlive
        self.expectsContinue = expectsContinue
    }

    /// Whether body bytes follow the header section.
    package var hasBody: Bool { isChunked || (contentLength ?? 0) > 0 }
}
