import Glibc

/// An incremental HTTP/1.1 request parser: a state machine fed byte buffers of any size
/// (one byte, half a header line, several pipelined requests), going
/// `requestLine → headerLines → body (fixed length | chunked) → complete` per message.
///
/// `feed` consumes input until it has something to report and then stops, so the caller can
/// act between the head and the body (ask the body limit, answer `100 Continue`) and between
/// pipelined messages. Bytes after the reported event are left for the next call.
package struct RequestParser {
    /// What one call to `feed` found.
    package enum Event: Sendable {
        /// Every byte was consumed; the message is not complete yet.
        case needMoreData
        /// The header section is complete. Set `bodyLimit` before feeding the body.
        case head(RequestHead, RequestFraming)
        /// The message is complete; the parser is ready for the next one.
        case message(body: [UInt8])
        /// The request is refused; the parser stays failed.
        case failure(RequestParseError)
    }

    enum State: Equatable {
        case requestLine
        case headerLines
        case bodyPending
        case fixedBody(remaining: Int)
        case chunkSizeLine
        case chunkData(remaining: Int)
        case chunkDataEnd
        case trailerLines
        case failed(RequestParseError)
    }

    /// The limits every message is held to.
    package let limits: ParserLimits
    /// The largest body accepted for the current message; reset to `limits.defaultMaxBodySize`
    /// for each message, and meant to be set from the responder after `.head`.
    package var bodyLimit: Int
    var state: State = .requestLine
    /// The start of a line whose end has not arrived yet.
    var partialLine: [UInt8] = []
    var leadingEmptyLines = 0
    var headerBytes = 0
    var requestLine: RequestLine?
    var headers = HTTPHeaders()
    var facts = HeaderFacts()
    var framing = RequestFraming()
    var body: [UInt8] = []

    /// A parser waiting for a request line.
    package init(limits: ParserLimits = ParserLimits()) {
        self.limits = limits
        self.bodyLimit = limits.defaultMaxBodySize
    }

    /// True when no byte of a next message has been received: the connection is idle.
    package var isAtMessageBoundary: Bool {
        state == .requestLine && partialLine.isEmpty && leadingEmptyLines == 0
    }

    /// True while the header section is being received.
    package var isReadingHead: Bool {
        (state == .requestLine && !isAtMessageBoundary) || state == .headerLines
    }

    /// Consumes bytes from `input` until an event; returns how many bytes were consumed.
    package mutating func feed(_ input: UnsafeRawBufferPointer) -> (consumed: Int, event: Event) {
        var offset = 0
        while true {
            switch state {
            case .failed(let error):
                return (offset, .failure(error))
            case .requestLine, .headerLines, .chunkSizeLine, .chunkDataEnd, .trailerLines:
                switch takeLine(input, &offset) {
                case .incomplete:
                    return (offset, .needMoreData)
                case .next:
                    continue
                case .event(let event):
                    return (offset, event)
                case .failure(let error):
                    state = .failed(error)
                    return (offset, .failure(error))
                }
            case .bodyPending:
                do throws(RequestParseError) {
                    if let event = try beginBody() { return (offset, event) }
                } catch {
                    state = .failed(error)
                    return (offset, .failure(error))
                }
            case .fixedBody(let remaining):
                if remaining == 0 { return (offset, completeMessage()) }
                let count = min(remaining, input.count - offset)
                if count == 0 { return (offset, .needMoreData) }
                body.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[offset..<(offset + count)]))
                offset += count
                state = .fixedBody(remaining: remaining - count)
            case .chunkData(let remaining):
                if remaining == 0 {
                    state = .chunkDataEnd
                    continue
                }
                let count = min(remaining, input.count - offset)
                if count == 0 { return (offset, .needMoreData) }
                body.append(contentsOf: UnsafeRawBufferPointer(rebasing: input[offset..<(offset + count)]))
                offset += count
                state = .chunkData(remaining: remaining - count)
            }
        }
    }

    /// Enters the body once the caller has had the chance to set `bodyLimit`.
    private mutating func beginBody() throws(RequestParseError) -> Event? {
        if framing.isChunked {
            state = .chunkSizeLine
            return nil
        }
        let length = framing.contentLength ?? 0
        // RFC 9110 §15.5.14: refuse a declared length over the limit before reading any of it.
        if length > bodyLimit { throw .contentTooLarge }
        if length == 0 { return completeMessage() }
        body.reserveCapacity(min(length, 64 * 1024))
        state = .fixedBody(remaining: length)
        return nil
    }

    mutating func completeMessage() -> Event {
        let completed = body
        body = []
        headers = HTTPHeaders()
        requestLine = nil
        facts = HeaderFacts()
        framing = RequestFraming()
        headerBytes = 0
        leadingEmptyLines = 0
        bodyLimit = limits.defaultMaxBodySize
        state = .requestLine
        return .message(body: completed)
    }

    enum LineStep {
        case incomplete
        case next
        case event(Event)
        case failure(RequestParseError)
    }

    /// Takes the next CRLF-terminated line from `input` (joined with a partial line from
    /// earlier input) and hands it to the current state.
    private mutating func takeLine(_ input: UnsafeRawBufferPointer, _ offset: inout Int) -> LineStep {
        let available = input.count - offset
        guard available > 0, let base = input.baseAddress.map({ $0 + offset }) else { return .incomplete }
        let maximum = maximumLineLength
        guard let newline = memchr(base, Int32(ByteClass.lf), available) else {
            partialLine.append(contentsOf: UnsafeRawBufferPointer(start: base, count: available))
            offset += available
            if partialLine.count > maximum { return .failure(lineTooLongError) }
            return .incomplete
        }
        let length = UnsafeRawPointer(newline) - base
        offset += length + 1
        if partialLine.count + length + 1 > maximum { return .failure(lineTooLongError) }
        if partialLine.isEmpty {
            return handleLine(UnsafeRawBufferPointer(start: base, count: length))
        }
        partialLine.append(contentsOf: UnsafeRawBufferPointer(start: base, count: length))
        var line = partialLine
        partialLine = []
        let step = line.withUnsafeBytes { handleLine($0) }
        line.removeAll(keepingCapacity: true)
        partialLine = line
        return step
    }

    /// The longest line (CRLF included) the current state accepts.
    private var maximumLineLength: Int {
        switch state {
        case .requestLine: limits.maxRequestLineLength
        case .headerLines, .trailerLines: limits.maxHeaderSectionSize - headerBytes
        case .chunkDataEnd: 2
        default: limits.maxChunkLineLength
        }
    }

    private var lineTooLongError: RequestParseError {
        switch state {
        // RFC 9112 §3: a request-target longer than the server wishes to parse is 414.
        case .requestLine: .requestTargetTooLong
        // RFC 6585 §5: 431 for a header section that is too large.
        case .headerLines, .trailerLines: .headerSectionTooLarge
        default: .invalidChunk
        }
    }

    /// `lineWithCR` is the line up to, not including, its LF.
    private mutating func handleLine(_ lineWithCR: UnsafeRawBufferPointer) -> LineStep {
        // RFC 9112 §2.2: lines end in CRLF. A bare LF is refused (we do not take the lenient
        // option), as is a bare CR anywhere else (rejected by the character checks below).
        guard lineWithCR.last == ByteClass.cr else {
            return .failure(state == .requestLine ? .malformedRequestLine : bareLineFeedError)
        }
        let line = UnsafeRawBufferPointer(rebasing: lineWithCR.dropLast())
        do throws(RequestParseError) {
            switch state {
            case .requestLine:
                return try handleRequestLine(line)
            case .headerLines:
                headerBytes += lineWithCR.count + 1
                return try handleHeaderLine(line)
            case .chunkSizeLine:
                return try handleChunkSizeLine(line)
            case .chunkDataEnd:
                // RFC 9112 §7.1: chunk-data is followed by CRLF and nothing else.
                guard line.isEmpty else { throw .invalidChunk }
                state = .chunkSizeLine
                return .next
            case .trailerLines:
                headerBytes += lineWithCR.count + 1
                return try handleTrailerLine(line)
            default:
                return .next
            }
        } catch {
            return .failure(error)
        }
    }

    private var bareLineFeedError: RequestParseError {
        switch state {
        case .headerLines, .trailerLines: .malformedHeaderLine
        default: .invalidChunk
        }
    }
}
