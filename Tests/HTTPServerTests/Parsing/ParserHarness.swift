import Testing

@testable import HTTPServer

/// How a test feeds bytes to the parser: the whole buffer, one byte at a time, or in random pieces.
enum Split: Sendable, CustomTestStringConvertible {
    case whole
    case byteByByte
    case random(seed: UInt64)

    static let all: [Split] = [.whole, .byteByByte, .random(seed: 1), .random(seed: 42), .random(seed: 2025)]

    var testDescription: String {
        switch self {
        case .whole: "whole"
        case .byteByByte: "byte by byte"
        case .random(let seed): "random splits (seed \(seed))"
        }
    }

    func pieces(of bytes: [UInt8]) -> [[UInt8]] {
        switch self {
        case .whole:
            return [bytes]
        case .byteByByte:
            return bytes.map { [$0] }
        case .random(let seed):
            var generator = SplitMix64(seed: seed)
            var pieces: [[UInt8]] = []
            var index = 0
            while index < bytes.count {
                let length = Int(generator.next() % 17) + 1
                pieces.append(Array(bytes[index..<min(bytes.count, index + length)]))
                index += length
            }
            return pieces
        }
    }
}

/// A small deterministic random number generator for reproducible tests.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// What the parser made of one request, in comparable form.
struct ParsedRequest: Equatable, Sendable, CustomStringConvertible {
    var method: String
    var target: String
    var path: String
    var query: String?
    var version: String
    var headers: [String]
    var body: String
    var keepAlive = true
    var chunked = false
    var expectsContinue = false

    init(
        _ method: String, _ target: String, path: String? = nil, query: String? = nil, version: String = "HTTP/1.1",
        headers: [String] = ["Host: example.com"], body: String = "", keepAlive: Bool = true, chunked: Bool = false,
        expectsContinue: Bool = false
    ) {
        self.method = method
        self.target = target
        self.path = path ?? target
        self.query = query
        self.version = version
        self.headers = headers
        self.body = body
        self.keepAlive = keepAlive
        self.chunked = chunked
        self.expectsContinue = expectsContinue
    }

    init(head: RequestHead, framing: RequestFraming, body: [UInt8]) {
        method = head.method.rawValue
        target = head.target
        path = head.path
        query = head.query
        version = head.version.description
        headers = head.headers.map { "\($0.name): \($0.value)" }
        self.body = String(decoding: body, as: UTF8.self)
        keepAlive = framing.keepAlive
        chunked = framing.isChunked
        expectsContinue = framing.expectsContinue
    }

    var description: String { "\(method) \(target) \(version) \(headers) body=\(body.debugDescription)" }
}

enum ParseOutcome: Equatable, Sendable, CustomStringConvertible {
    case request(ParsedRequest)
    case failure(RequestParseError)

    var description: String {
        switch self {
        case .request(let request): request.description
        case .failure(let error): "failure(\(error), \(error.status.code))"
        }
    }
}

/// Feeds `bytes` to a parser in pieces and collects every message and the first failure.
/// `bodyLimit` plays the responder's part after each head. Traps if the parser stops making
/// progress, so a hang shows up as a failing test instead of a stuck run.
func parseAll(
    _ bytes: [UInt8], split: Split = .whole, limits: ParserLimits = ParserLimits(), bodyLimit: Int? = nil
) -> [ParseOutcome] {
    var parser = RequestParser(limits: limits)
    var outcomes: [ParseOutcome] = []
    var head: (RequestHead, RequestFraming)?
    for piece in split.pieces(of: bytes) {
        var offset = 0
        var stalls = 0
        while true {
            let (consumed, event) = piece.withUnsafeBytes { raw in
                parser.feed(UnsafeRawBufferPointer(rebasing: raw[offset...]))
            }
            offset += consumed
            switch event {
            case .needMoreData:
                precondition(offset == piece.count, "needMoreData before consuming the input")
            case .head(let parsedHead, let framing):
                head = (parsedHead, framing)
                if let bodyLimit { parser.bodyLimit = bodyLimit }
            case .message(let body):
                if let (parsedHead, framing) = head {
                    outcomes.append(.request(ParsedRequest(head: parsedHead, framing: framing, body: body)))
                }
                head = nil
            case .failure(let error):
                outcomes.append(.failure(error))
                return outcomes
            }
            if case .needMoreData = event { break }
            stalls = consumed == 0 ? stalls + 1 : 0
            precondition(stalls < 4, "parser made no progress")
        }
    }
    return outcomes
}

extension String {
    /// The UTF-8 bytes, for raw test input.
    var bytes: [UInt8] { Array(utf8) }
}
