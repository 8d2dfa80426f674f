/// The framing-relevant header fields, gathered while header lines are parsed and judged
/// once the header section ends.
struct HeaderFacts {
    var hostCount = 0
    var hostIsValid = true
    var contentLength: Int?
    var contentLengthError: RequestParseError?
    var sawTransferEncoding = false
    var chunkedCount = 0
    var codingCount = 0
    var chunkedIsLast = false
    var hasUnknownCoding = false
    var connectionClose = false
    var connectionKeepAlive = false
    var expectsContinue = false
    var hasUnknownExpectation = false

    /// Records one header field line whose name is one of the five framing fields.
    mutating func record(name: KnownField, value: UnsafeRawBufferPointer) {
        switch name {
        case .host:
            hostCount += 1
            if !HostSyntax.isValid(value) { hostIsValid = false }
        case .contentLength:
            recordContentLength(value)
        case .transferEncoding:
            sawTransferEncoding = true
            forEachListElement(value) { element in
                // RFC 9112 §7: transfer-coding = token *( OWS ";" OWS transfer-parameter )
                let name = element.prefix { $0 != UInt8(ascii: ";") }
                codingCount += 1
                if asciiLowercaseEquals(name, "chunked") && name.count == element.count {
                    chunkedCount += 1
                    chunkedIsLast = true
                } else {
                    hasUnknownCoding = true
                    chunkedIsLast = false
                }
            }
        case .connection:
            forEachListElement(value) { element in
                if asciiLowercaseEquals(element, "close") { connectionClose = true }
                if asciiLowercaseEquals(element, "keep-alive") { connectionKeepAlive = true }
            }
        case .expect:
            forEachListElement(value) { element in
                if asciiLowercaseEquals(element, "100-continue") {
                    expectsContinue = true
                } else {
                    hasUnknownExpectation = true
                }
            }
        }
    }

    /// RFC 9110 §8.6: Content-Length = 1*DIGIT. A list of identical values (from a proxy that
    /// merged fields) is accepted as that value; differing values are refused (RFC 9112 §6.3).
    private mutating func recordContentLength(_ value: UnsafeRawBufferPointer) {
        var sawElement = false
        forEachListElement(value) { element in
            sawElement = true
            guard !element.isEmpty, element.allSatisfy(ByteClass.isDigit) else {
                contentLengthError = contentLengthError ?? .invalidContentLength
                return
            }
            var number = 0
            for digit in element {
                let (times10, o1) = number.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(Int(digit &- UInt8(ascii: "0")))
                // A length no Int can hold is still a plain number; it saturates and fails the body limit (413).
                number = (o1 || o2) ? Int.max : sum
                if number == Int.max { break }
            }
            if let existing = contentLength, existing != number {
                contentLengthError = contentLengthError ?? .conflictingContentLength
            }
            contentLength = number
        }
        if !sawElement { contentLengthError = contentLengthError ?? .invalidContentLength }
    }

    /// Judges the gathered fields (RFC 9112 §3.2, §6.1, §6.3, RFC 9110 §10.1.1).
    func framing(version: HTTPVersion) throws(RequestParseError) -> RequestFraming {
        // RFC 9112 §3.2: 400 for an HTTP/1.1 request without Host, any request with more than one
        // Host line, and a Host with an invalid value.
        if hostCount > 1 { throw .multipleHosts }
        if !hostIsValid { throw .invalidHost }
        if hostCount == 0 && version.minor >= 1 { throw .missingHost }
        if let contentLengthError { throw contentLengthError }
        var result = RequestFraming()
        if sawTransferEncoding {
            // RFC 9112 §6.1: an HTTP/1.0 message with Transfer-Encoding has faulty framing.
            if version.minor == 0 { throw .transferEncodingInHTTP10 }
            // RFC 9112 §6.1 allows rejecting Content-Length with Transfer-Encoding; we do, as a
            // request-smuggling guard.
            if contentLength != nil { throw .contentLengthWithTransferEncoding }
            // RFC 9112 §6.1: a coding we do not understand is 501.
            if hasUnknownCoding { throw .unsupportedTransferCoding }
            // RFC 9112 §6.1: chunked must be final and applied only once.
            guard codingCount > 0, chunkedCount == 1, chunkedIsLast else { throw .invalidTransferEncoding }
            result.isChunked = true
        } else {
            result.contentLength = contentLength
        }
        // RFC 9112 §9.3: HTTP/1.1 persists unless "close"; HTTP/1.0 only with "keep-alive".
        result.keepAlive = connectionClose ? false : (version.minor >= 1 || connectionKeepAlive)
        // RFC 9110 §10.1.1: ignore 100-continue in HTTP/1.0; other expectations may be refused with 417.
        if hasUnknownExpectation { throw .unsupportedExpectation }
        result.expectsContinue = expectsContinue && version.minor >= 1
        return result
    }
}

/// The header fields whose values decide framing and connection handling.
enum KnownField {
    case host, contentLength, transferEncoding, connection, expect

    init?(name: UnsafeRawBufferPointer) {
        switch name.count {
        case 4 where asciiLowercaseEquals(name, "host"): self = .host
        case 6 where asciiLowercaseEquals(name, "expect"): self = .expect
        case 10 where asciiLowercaseEquals(name, "connection"): self = .connection
        case 14 where asciiLowercaseEquals(name, "content-length"): self = .contentLength
        case 17 where asciiLowercaseEquals(name, "transfer-encoding"): self = .transferEncoding
        default: return nil
        }
    }
}

/// Calls `body` with each element of a comma-separated list, OWS trimmed, empty elements
/// skipped (RFC 9110 §5.6.1).
func forEachListElement(_ value: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Void) {
    var start = 0
    var index = 0
    while index <= value.count {
        if index == value.count || value[index] == UInt8(ascii: ",") {
            let element = trimmingWhitespace(UnsafeRawBufferPointer(rebasing: value[start..<index]))
            if !element.isEmpty { body(element) }
            start = index + 1
        }
        index += 1
    }
}

/// The bytes without leading and trailing SP / HTAB (OWS, RFC 9110 §5.6.3).
func trimmingWhitespace(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
    var lower = 0
    var upper = bytes.count
    while lower < upper, bytes[lower] == ByteClass.space || bytes[lower] == ByteClass.tab { lower += 1 }
    while upper > lower, bytes[upper - 1] == ByteClass.space || bytes[upper - 1] == ByteClass.tab { upper -= 1 }
    return UnsafeRawBufferPointer(rebasing: bytes[lower..<upper])
}

/// ASCII case-insensitive comparison of raw bytes with a lowercase literal.
func asciiLowercaseEquals(_ bytes: some Collection<UInt8>, _ lowercase: StaticString) -> Bool {
    guard bytes.count == lowercase.utf8CodeUnitCount else { return false }
    return lowercase.withUTF8Buffer { expected in
        var index = 0
        for byte in bytes {
            if ByteClass.lowercased(byte) != expected[index] { return false }
            index += 1
        }
        return true
    }
}
