import App
import ArgumentParser

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import a file, with a per-row report.",
        discussion: """
            wilayah: areas from CSV with the columns code,name,parent_code,level (comma or semicolon \
            separated, UTF-8). Every row is checked first; when any row has a problem, nothing is saved \
            and every problem is listed with its line. Exits 1 then.
            households: households, members and answers from CSV or XLSX (columns in README, template at \
            /keluarga/impor/templat.csv). Prints the first 500 problems (row, column, message) and the \
            counts. With any problem nothing is saved and the exit status is 1, unless --valid-only is \
            given: then the valid households are saved (exit 0). Households already registered with the \
            same members are skipped, so a re-run duplicates nothing. --dry-run only checks. \
            dtsen: DTSEN desil from CSV or XLSX (at least NIK or No KK, name and desil; other columns are \
            ignored; header names matched case-insensitively with common variants). Valid rows are saved \
            and every problem row is listed (unknown NIK/KK, invalid desil, duplicates); --dry-run only \
            checks (exit 1 when any row has a problem).
            dukcapil is not available yet (exit 2).
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case wilayah, dukcapil, households, dtsen
    }

    @Argument(help: "What the file holds: wilayah, households or dtsen (dukcapil: not yet).") var kind: Kind
    @Argument(help: "The file to import.") var file: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var rootOptions: RootOptions
    @Flag(help: "households, dtsen: check only, save nothing.") var dryRun = false
    @Flag(help: "households: save the valid households even when other rows have problems.") var validOnly = false

    func run() throws {
        switch kind {
        case .wilayah:
            try runReportingFailure {
                try ImportCommand.wilayah(file: file, databasePath: database.db, root: rootOptions.root)
            }
        case .households:
            try runReportingFailure {
                try ImportCommand.households(
                    file: file, databasePath: database.db, root: rootOptions.root, dryRun: dryRun, validOnly: validOnly)
            }
        case .dtsen:
            try runReportingFailure {
                try ImportCommand.dtsen(file: file, databasePath: database.db, root: rootOptions.root, dryRun: dryRun)
            }
        case .dukcapil:
            printToStandardError("dinsos: impor \(kind.rawValue) belum tersedia")
            throw ExitCode(2)
        }
    }
}
