/// Everything `dinsos serve` is told on its command line.
package struct ServeOptions: Sendable {
    package var host: String
    package var port: Int
    package var databasePath: String
    package var root: String
    package var uploadsDirectory: String?
    package var migrate: Bool
    package var maxBody: Int
    package var maxConnections: Int
    package var workers: Int?
    package var dev: Bool
    package var secureCookies: Bool

    package init(
        host: String = "127.0.0.1", port: Int = 8080, databasePath: String = "./data/dinsos.sqlite",
        root: String = ".", uploadsDirectory: String? = nil, migrate: Bool = false,
        maxBody: Int = 10_485_760, maxConnections: Int = 10_000, workers: Int? = nil,
        dev: Bool = false, secureCookies: Bool = false
    ) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.root = root
        self.uploadsDirectory = uploadsDirectory
        self.migrate = migrate
        self.maxBody = maxBody
        self.maxConnections = maxConnections
        self.workers = workers
        self.dev = dev
        self.secureCookies = secureCookies
    }

    /// Uploads live beside the database file unless told otherwise (DESIGN.md §3).
    package var resolvedUploadsDirectory: String {
        if let uploadsDirectory { return uploadsDirectory }
        let folder = databasePath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return (folder.isEmpty ? "." : folder) + "/uploads"
    }
}
