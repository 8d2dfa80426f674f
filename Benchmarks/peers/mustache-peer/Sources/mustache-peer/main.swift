// mustache-peer --fixtures DIR [--iterations N] [--output FILE]
//
// Renders DIR/page.mustache with DIR/data.json through hummingbird-project/swift-mustache 2.1.1, exactly as
// bench-mustache does with the in-repo engine, and prints the same JSON line.
import Foundation
import Mustache

/// JSON decoded into the plain Swift values swift-mustache reads (String, Int, Double, Bool, arrays,
/// dictionaries), so numbers and booleans print the same as in the in-repo engine.
enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    var plain: Any? {
        switch self {
        case .null: nil
        case .bool(let value): value
        case .int(let value): value
        case .double(let value): value
        case .string(let value): value
        case .array(let items): items.map { $0.plain as Any }
        case .object(let members): members.compactMapValues { $0.plain }
        }
    }
}

struct PeerError: Error, CustomStringConvertible {
    let description: String
}

func run() async throws {
    var fixtures: String?
    var iterations = 5000
    var outputPath: String?
    var arguments = CommandLine.arguments.dropFirst().makeIterator()
    while let argument = arguments.next() {
        guard let value = arguments.next() else { throw PeerError(description: "\(argument) needs a value") }
        switch argument {
        case "--fixtures": fixtures = value
        case "--iterations": iterations = Int(value) ?? iterations
        case "--output": outputPath = value
        default: throw PeerError(description: "unknown option \(argument)")
        }
    }
    guard let fixtures else { throw PeerError(description: "usage: mustache-peer --fixtures DIR [--iterations N]") }

    let library = try await MustacheLibrary(directory: fixtures)
    let json = try Data(contentsOf: URL(fileURLWithPath: fixtures + "/data.json"))
    guard let data = try JSONDecoder().decode(JSONValue.self, from: json).plain else {
        throw PeerError(description: "data.json is null")
    }
    guard let first = library.render(data, withTemplate: "page") else { throw PeerError(description: "no page") }
    if let outputPath { try Data(first.utf8).write(to: URL(fileURLWithPath: outputPath)) }
    for _ in 0..<min(500, iterations) { _ = library.render(data, withTemplate: "page") }

    var bytes = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        for _ in 0..<iterations { bytes &+= library.render(data, withTemplate: "page")?.utf8.count ?? 0 }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let perSecond = Double(iterations) / seconds
    let line: [String: Any] = [
        "benchmark": "mustache-render", "engine": "hummingbird-project/swift-mustache 2.1.1",
        "iterations": iterations, "renders_per_second": (perSecond * 10).rounded() / 10,
        "microseconds_per_render": (seconds / Double(iterations) * 1e7).rounded() / 10,
        "output_bytes": bytes / iterations,
    ]
    let output = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
    print(String(decoding: output, as: UTF8.self))
}

do {
    try await run()
} catch {
    FileHandle.standardError.write(Data("mustache-peer: \(error)\n".utf8))
    exit(1)
}
