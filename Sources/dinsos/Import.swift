import App
import ArgumentParser

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import a file, with a per-row report.",
        discussion: """
            wilayah: areas from CSV with the columns code,name,parent_code,level (comma or semicolon \
            separated, UTF-8). Every row is checked first; when any row has a problem, nothing is saved \
            and every problem is listed with its line. Exits 1 then. dukcapil, households and dtsen are \
            not available yet (exit 2).
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case wilayah, dukcapil, households, dtsen
    }

    @Argument(help: "What the file holds: wilayah (dukcapil, households, dtsen: not yet).") var kind: Kind
    @Argument(help: "The file to import.") var file: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var rootOptions: RootOptions

    func run() throws {
        switch kind {
        case .wilayah:
            try runReportingFailure {
                try ImportCommand.wilayah(file: file, databasePath: database.db, root: rootOptions.root)
            }
        case .dukcapil, .households, .dtsen:
            printToStandardError("dinsos: impor \(kind.rawValue) belum tersedia")
            throw ExitCode(2)
        }
    }
}
