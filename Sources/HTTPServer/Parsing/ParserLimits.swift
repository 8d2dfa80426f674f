/// Every size limit the request parser enforces, in one place.
///
/// The defaults follow the project's rules: a request-target over 8 KiB is 414, a header
/// section over 32 KiB or over 100 fields is 431, a body over 10 MiB is 413 (the responder
/// may choose another limit per request).
package struct ParserLimits: Sendable, Equatable {
    /// The longest request-target accepted (RFC 9112 §3: a longer one is answered 414).
    package var maxRequestTargetLength: Int = 8 * 1024
    /// The most bytes of header field lines (request line excluded), CRLFs included (431 beyond).
    package var maxHeaderSectionSize: Int = 32 * 1024
    /// The most header field lines in one request (431 beyond).
    package var maxHeaderCount: Int = 100
    /// The body limit used until the connection sets the responder's limit for the request.
    package var defaultMaxBodySize: Int = 10 * 1024 * 1024
    /// The longest chunk-size line, extensions included (400 beyond).
    package var maxChunkLineLength: Int = 4 * 1024
    /// Empty lines ignored before a request line (RFC 9112 §2.2 says to ignore at least one).
    package var maxLeadingEmptyLines: Int = 4

    /// The standard limits.
    package init() {}

    /// Custom limits; the chunk line and empty-line limits keep their defaults.
    package init(
        maxRequestTargetLength: Int = 8 * 1024, maxHeaderSectionSize: Int = 32 * 1024,
        maxHeaderCount: Int = 100, defaultMaxBodySize: Int = 10 * 1024 * 1024
    ) {
        self.maxRequestTargetLength = maxRequestTargetLength
        self.maxHeaderSectionSize = maxHeaderSectionSize
        self.maxHeaderCount = maxHeaderCount
        self.defaultMaxBodySize = defaultMaxBodySize
    }

    /// Method, two spaces, `HTTP/x.y` and CRLF on top of the target: 414 is decided once the
    /// partial request line passes this length without a line end.
    var maxRequestLineLength: Int { maxRequestTargetLength + 32 }
}
