/// The request line once parsed.
struct RequestLine {
    var method: HTTPMethod
    var target: RequestTarget
    var version: HTTPVersion
}

extension RequestParser {
    /// request-line = method SP request-target SP HTTP-version (RFC 9112 §3).
    mutating func handleRequestLine(_ line: UnsafeRawBufferPointer) throws(RequestParseError) -> LineStep {
        if line.isEmpty {
            // RFC 9112 §2.2: ignore at least one empty line before the request line.
            leadingEmptyLines += 1
            guard leadingEmptyLines <= limits.maxLeadingEmptyLines else { throw .malformedRequestLine }
            return .next
        }
        guard let firstSpace = line.firstIndex(of: ByteClass.space) else { throw .malformedRequestLine }
        let methodBytes = UnsafeRawBufferPointer(rebasing: line[..<firstSpace])
        // RFC 9110 §9.1: method = token.
        guard !methodBytes.isEmpty, methodBytes.allSatisfy(ByteClass.isTokenCharacter) else { throw .invalidMethod }
        let afterMethod = firstSpace + 1
        guard let secondSpace = line[afterMethod...].firstIndex(of: ByteClass.space) else { throw .malformedRequestLine }
        let targetBytes = UnsafeRawBufferPointer(rebasing: line[afterMethod..<secondSpace])
        guard !targetBytes.isEmpty else { throw .malformedRequestLine }
        // RFC 9112 §3: 414 when the request-target is longer than we wish to parse.
        if targetBytes.count > limits.maxRequestTargetLength { throw .requestTargetTooLong }
        guard targetBytes.allSatisfy(ByteClass.isTargetCharacter) else { throw .invalidRequestTarget }
        let version = try Self.parseVersion(UnsafeRawBufferPointer(rebasing: line[(secondSpace + 1)...]))
        // RFC 9110 §9.1: an unrecognised method is 501.
        guard let method = Self.knownMethod(methodBytes) else { throw .unknownMethod }
        let target = try RequestTarget.parse(targetBytes, method: method)
        requestLine = RequestLine(method: method, target: target, version: version)
        headers.reserveCapacity(8)
        state = .headerLines
        return .next
    }

    /// HTTP-version = "HTTP/" DIGIT "." DIGIT (RFC 9112 §2.3). Major versions other than 1 are
    /// 505 (RFC 9110 §15.6.6); a higher 1.x minor is served as HTTP/1.1 (RFC 9110 §6.2).
    static func parseVersion(_ bytes: UnsafeRawBufferPointer) throws(RequestParseError) -> HTTPVersion {
        guard bytes.count == 8, bytes[0] == UInt8(ascii: "H"), bytes[1] == UInt8(ascii: "T"),
            bytes[2] == UInt8(ascii: "T"), bytes[3] == UInt8(ascii: "P"), bytes[4] == UInt8(ascii: "/"),
            ByteClass.isDigit(bytes[5]), bytes[6] == UInt8(ascii: "."), ByteClass.isDigit(bytes[7])
        else { throw .malformedVersion }
        let major = Int(bytes[5] &- UInt8(ascii: "0"))
        let minor = Int(bytes[7] &- UInt8(ascii: "0"))
        guard major == 1 else { throw .unsupportedVersion }
        return minor == 0 ? .http1_0 : .http1_1
    }

    /// The method when it is one this server implements (`HTTPMethod.known`), TRACE or QUERY.
    static func knownMethod(_ bytes: UnsafeRawBufferPointer) -> HTTPMethod? {
        func matches(_ literal: StaticString) -> Bool {
            literal.withUTF8Buffer { expected in bytes.elementsEqual(expected) }
        }
        switch bytes.count {
        case 3: return matches("GET") ? .GET : matches("PUT") ? .PUT : nil
        case 4: return matches("HEAD") ? .HEAD : matches("POST") ? .POST : nil
        case 5: return matches("PATCH") ? .PATCH : matches("TRACE") ? .TRACE : matches("QUERY") ? .QUERY : nil
        case 6: return matches("DELETE") ? .DELETE : nil
        case 7: return matches("OPTIONS") ? .OPTIONS : nil
        default: return nil
        }
    }

    /// field-line = field-name ":" OWS field-value OWS (RFC 9112 §5).
    mutating func handleHeaderLine(_ line: UnsafeRawBufferPointer) throws(RequestParseError) -> LineStep {
        if line.isEmpty { return try finishHead() }
        let (name, value) = try Self.splitFieldLine(line)
        // RFC 6585 §5: 431 when there are too many header fields.
        guard headers.count < limits.maxHeaderCount else { throw .tooManyHeaderFields }
        if let known = KnownField(name: name) {
            facts.record(name: known, value: value)
            if known == .host, facts.hostCount > 1 { throw .multipleHosts }
        }
        headers.add(String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
        return .next
    }

    /// Checks a field line and returns its name and its value without OWS.
    static func splitFieldLine(
        _ line: UnsafeRawBufferPointer
    ) throws(RequestParseError) -> (name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) {
        // RFC 9112 §5.2: obs-fold (a line starting with whitespace) is refused with 400; so is
        // whitespace between the start-line and the first field (RFC 9112 §2.2).
        if line[0] == ByteClass.space || line[0] == ByteClass.tab { throw .obsoleteLineFolding }
        var colon = 0
        while colon < line.count {
            let byte = line[colon]
            if byte == ByteClass.colon { break }
            guard ByteClass.isTokenCharacter(byte) else {
                // RFC 9112 §5.1: no whitespace is allowed between the field name and colon.
                if byte == ByteClass.space || byte == ByteClass.tab {
                    let rest = line[colon...]
                    if let next = rest.first(where: { $0 != ByteClass.space && $0 != ByteClass.tab }), next == ByteClass.colon {
                        throw .whitespaceBeforeColon
                    }
                }
                throw rawContainsColon(line) ? .invalidHeaderName : .malformedHeaderLine
            }
            colon += 1
        }
        guard colon < line.count else { throw .malformedHeaderLine }
        guard colon > 0 else { throw .invalidHeaderName }
        let value = trimmingWhitespace(UnsafeRawBufferPointer(rebasing: line[(colon + 1)...]))
        // RFC 9110 §5.5: NUL, CR, LF and other controls in a field value are refused.
        guard value.allSatisfy(ByteClass.isFieldValueCharacter) else { throw .invalidHeaderValue }
        return (UnsafeRawBufferPointer(rebasing: line[..<colon]), value)
    }

    private static func rawContainsColon(_ line: UnsafeRawBufferPointer) -> Bool {
        line.contains(ByteClass.colon)
    }

    /// The empty line ends the header section: judge the framing fields and report the head.
    private mutating func finishHead() throws(RequestParseError) -> LineStep {
        guard let requestLine else { throw .malformedRequestLine }
        framing = try facts.framing(version: requestLine.version)
        if let authority = requestLine.target.authority {
            headers.set("Host", authority)
        }
        let head = RequestHead(
            method: requestLine.method, target: requestLine.target.target, path: requestLine.target.path,
            query: requestLine.target.query, version: requestLine.version, headers: headers)
        headers = HTTPHeaders()
        state = .bodyPending
        return .event(.head(head, framing))
    }
}
