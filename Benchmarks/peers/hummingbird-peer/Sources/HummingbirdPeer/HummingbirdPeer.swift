import ArgumentParser
import Hummingbird

/// `hummingbird-peer --host --port --db --root`: the Hummingbird side of `make bench`.
@main
struct HummingbirdPeer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hummingbird-peer",
        abstract: "Serves /plaintext, /json and /fortunes with Hummingbird, for comparison with bench-server."
    )

    @Option(help: "Address to bind.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8081

    @Option(help: "SQLite file holding the fortune table; created and filled when missing.")
    var db = "./data/bench-peer.sqlite"

    @Option(help: "Repository root, where Benchmarks/fortunes.mustache and Benchmarks/fortunes.sql live.")
    var root = "."

    func run() async throws {
        let app = try await buildApplication(
            host: host, port: port, databasePath: db, root: root)
        try await app.runService()
    }
}
