import Testing

@testable import HTTPServer

/// Mutates valid requests and generates random ones, deterministically.
struct RequestMutator {
    var generator: SplitMix64

    private static let interesting: [UInt8] = Array("\r\n\0 \t:;,/?#%@[]\"\u{7F}0123456789abcdefABCDEF-".utf8) + [0x80, 0xFF, 0x01]
    private static let fragments: [String] = [
        "\r\n", "\r\n\r\n", "Host: a\r\n", "Content-Length: 5\r\n", "Content-Length: -1\r\n",
        "Transfer-Encoding: chunked\r\n", "Transfer-Encoding: gzip\r\n", "Expect: 100-continue\r\n",
        "0\r\n\r\n", "5\r\nhello\r\n", "ffffffffffffffffff\r\n", " ", "\t", "HTTP/1.1", "HTTP/1.0", "HTTP/2.0",
        "GET ", "POST ", "http://x/", "*", "Connection: close\r\n", " folded\r\n",
    ]

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    mutating func number(below bound: Int) -> Int {
        Int(generator.next() % UInt64(max(bound, 1)))
    }

    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...number(below: 2) {
            let position = number(below: bytes.count + 1)
            switch number(below: 7) {
            case 0 where !bytes.isEmpty:
                bytes[min(position, bytes.count - 1)] = UInt8(truncatingIfNeeded: generator.next())
            case 1:
                bytes.insert(Self.interesting[number(below: Self.interesting.count)], at: position)
            case 2 where !bytes.isEmpty:
                let end = min(bytes.count, position + number(below: 8) + 1)
                bytes.removeSubrange(min(position, bytes.count - 1)..<end)
            case 3:
                bytes.insert(contentsOf: Self.fragments[number(below: Self.fragments.count)].utf8, at: position)
            case 4 where !bytes.isEmpty:
                let start = min(position, bytes.count - 1)
                let end = min(bytes.count, start + number(below: 32) + 1)
                bytes.insert(contentsOf: bytes[start..<end], at: end)
            case 5:
                bytes = Array(bytes.prefix(position))
            default:
                if !bytes.isEmpty {
                    bytes[min(position, bytes.count - 1)] = Self.interesting[number(below: Self.interesting.count)]
                }
            }
        }
        return bytes
    }

    mutating func randomBytes() -> [UInt8] {
        (0..<number(below: 200)).map { _ in
            number(below: 3) == 0
                ? Self.interesting[number(below: Self.interesting.count)] : UInt8(truncatingIfNeeded: generator.next())
        }
    }

    mutating func randomRequest() -> [UInt8] {
        var text = ["GET", "POST", "HEAD", "PUT", "X", "OPTIONS"][number(below: 6)] + " "
        text += ["/", "/a?b=c", "*", "http://h/p", "/%41"][number(below: 5)] + " HTTP/1." + String(number(below: 3)) + "\r\n"
        for _ in 0..<number(below: 6) {
            text += Self.fragments[number(below: Self.fragments.count)]
        }
        text += "\r\n"
        if number(below: 2) == 0 { text += "hello" }
        return Array(text.utf8)
    }
}

@Test("fuzz: thousands of mutated and random requests never crash, hang or depend on how they were split")
func parserFuzz() {
    let seeds = acceptanceCases.map { Array($0.raw.utf8) } + rejectionCases.filter { $0.raw.count < 2000 }.map(\.raw)
    var mutator = RequestMutator(seed: 0xD1_5505)
    let allowedStatuses: Set<Int> = [400, 413, 414, 417, 431, 501, 505]
    var inputs: [[UInt8]] = []
    for _ in 0..<3000 { inputs.append(mutator.mutate(seeds[mutator.number(below: seeds.count)])) }
    for _ in 0..<500 { inputs.append(mutator.randomBytes()) }
    for _ in 0..<500 { inputs.append(mutator.randomRequest()) }
    var accepted = 0
    var refused = 0
    let limits = ParserLimits(maxRequestTargetLength: 128, maxHeaderSectionSize: 1024, maxHeaderCount: 16, defaultMaxBodySize: 256)
    for (index, input) in inputs.enumerated() {
        let whole = parseAll(input, split: .whole, limits: limits)
        let random = parseAll(input, split: .random(seed: UInt64(index)), limits: limits)
        #expect(whole == random, "split changed the outcome of \(String(decoding: input, as: UTF8.self).debugDescription)")
        if index % 4 == 0 {
            let bytewise = parseAll(input, split: .byteByByte, limits: limits)
            #expect(whole == bytewise, "byte-by-byte changed the outcome of \(String(decoding: input, as: UTF8.self).debugDescription)")
        }
        for outcome in whole {
            switch outcome {
            case .request: accepted += 1
            case .failure(let error):
                refused += 1
                #expect(allowedStatuses.contains(error.status.code))
            }
        }
    }
    // The corpus exercises both paths.
    #expect(accepted > 200)
    #expect(refused > 1000)
}
