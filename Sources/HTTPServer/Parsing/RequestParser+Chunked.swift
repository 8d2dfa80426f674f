extension RequestParser {
    /// chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF; last-chunk = 1*("0") [ chunk-ext ] CRLF
    /// (RFC 9112 §7.1).
    mutating func handleChunkSizeLine(_ line: UnsafeRawBufferPointer) throws(RequestParseError) -> LineStep {
        var size = 0
        var index = 0
        while index < line.count, let digit = ByteClass.hexValue(line[index]) {
            // Sixteen hex digits would overflow; no acceptable body is that large anyway.
            guard index < 15 else { throw .invalidChunk }
            size = size << 4 | digit
            index += 1
        }
        guard index > 0 else { throw .invalidChunk }
        try Self.checkChunkExtensions(UnsafeRawBufferPointer(rebasing: line[index...]))
        if size == 0 {
            state = .trailerLines
            return .next
        }
        // RFC 9110 §15.5.14: refuse a chunked body as soon as it would grow past the limit.
        guard size <= bodyLimit - body.count else { throw .contentTooLarge }
        body.reserveCapacity(body.count + min(size, 64 * 1024))
        state = .chunkData(remaining: size)
        return .next
    }

    /// chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] ). Extensions are
    /// ignored (RFC 9112 §7.1.1), but must start with ";" and hold no control characters.
    static func checkChunkExtensions(_ rest: UnsafeRawBufferPointer) throws(RequestParseError) {
        let trimmed = trimmingWhitespace(rest)
        if trimmed.isEmpty {
            guard rest.isEmpty else { throw .invalidChunk }
            return
        }
        guard trimmed[0] == UInt8(ascii: ";"), rest.allSatisfy(ByteClass.isFieldValueCharacter) else {
            throw .invalidChunk
        }
    }

    /// trailer-section = *( field-line CRLF ). Trailer fields are checked like header fields
    /// and then dropped (RFC 9112 §7.1.2 lets a recipient discard them).
    mutating func handleTrailerLine(_ line: UnsafeRawBufferPointer) throws(RequestParseError) -> LineStep {
        if line.isEmpty { return .event(completeMessage()) }
        _ = try Self.splitFieldLine(line)
        return .next
    }
}
