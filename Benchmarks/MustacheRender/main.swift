// bench-mustache [--fixtures DIR] [--iterations N] [--output FILE]
//
// Renders fixtures/page.mustache (a layout through inheritance and a 100-row table, one partial per row)
// with fixtures/data.json N times and prints one JSON line. Benchmarks/peers/mustache-peer renders the
// same files with hummingbird-project/swift-mustache; --output writes one render's bytes for comparing.
import Foundation
import Mustache

struct Options {
    var fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("fixtures").path
    var iterations = 5000
    var output: String?

    init(arguments: [String]) throws {
        var remaining = arguments.makeIterator()
        while let argument = remaining.next() {
            guard let value = remaining.next() else { throw UsageError(message: "\(argument) needs a value") }
            switch argument {
            case "--fixtures": fixtures = value
            case "--iterations":
                guard let count = Int(value), count > 0 else { throw UsageError(message: "bad --iterations") }
                iterations = count
            case "--output": output = value
            default: throw UsageError(message: "unknown option \(argument)")
            }
        }
    }
}

struct UsageError: Error, CustomStringConvertible {
    let message: String
    var description: String { "\(message)\nusage: bench-mustache [--fixtures DIR] [--iterations N] [--output FILE]" }
}

func run() throws {
    let options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
    let library = try TemplateLibrary(directory: options.fixtures)
    let data = try MustacheValue(json: Data(contentsOf: URL(fileURLWithPath: options.fixtures + "/data.json")))

    let first = try library.render("page", data)
    if let output = options.output { try Data(first).write(to: URL(fileURLWithPath: output)) }
    for _ in 0..<min(500, options.iterations) { _ = try library.render("page", data) }

    var bytes = 0
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
        for _ in 0..<options.iterations { bytes &+= try library.render("page", data).count }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let perSecond = Double(options.iterations) / seconds
    let line: [String: Any] = [
        "benchmark": "mustache-render", "engine": "dinsos-mustache", "iterations": options.iterations,
        "renders_per_second": (perSecond * 10).rounded() / 10,
        "microseconds_per_render": (seconds / Double(options.iterations) * 1e7).rounded() / 10,
        "output_bytes": bytes / options.iterations,
    ]
    let json = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
    print(String(decoding: json, as: UTF8.self))
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("bench-mustache: \(error)\n".utf8))
    exit(1)
}
