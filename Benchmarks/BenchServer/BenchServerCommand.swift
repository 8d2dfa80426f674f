import ArgumentParser
import Foundation
import HTTPServer

/// `bench-server [--host] [--port] [--db] [--root]`: the TechEmpower endpoints on our own server,
/// measured against the Hummingbird peer by `make bench` (Benchmarks/server_bench.py).
struct BenchServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-server",
        abstract: "Serves /plaintext, /json and /fortunes for the load benchmark."
    )

    @Option(help: "Address to bind.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "SQLite file holding the fortune table; created and filled when missing.")
    var db = "./data/bench.sqlite"

    @Option(help: "I/O event loops (default: one per core).")
    var eventLoops: Int?

    @Option(help: "Handler threads; 0 runs handlers on the event loops.")
    var workers = 0

    @Option(help: "Repository root, where Benchmarks/fortunes.mustache and Benchmarks/fortunes.sql live.")
    var root = "."

    func run() throws {
        let benchmarks = URL(fileURLWithPath: root).appendingPathComponent("Benchmarks")
        let seed = try String(contentsOf: benchmarks.appendingPathComponent("fortunes.sql"), encoding: .utf8)
        let source = try String(contentsOf: benchmarks.appendingPathComponent("fortunes.mustache"), encoding: .utf8)

        let folder = URL(fileURLWithPath: db).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try FortuneStore(path: db, seed: seed)
        let page = try FortunesPage(templateSource: source)

        let responder = BenchResponder(store: store, page: page)
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.eventLoops = eventLoops ?? ServerConfiguration.availableCores
        configuration.workers = workers
        // TechEmpower servers do not log each request; neither does the peer.
        configuration.accessLog = .none
        let server = Server(configuration: configuration, responder: responder)
        try installShutdownSignalHandlers(for: server)
        try server.start()
        server.waitUntilStopped()
    }
}
