import App
import ArgumentParser

struct User: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Manage accounts from the command line.",
        subcommands: [Create.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account; the password is the first line of standard input.",
            discussion: """
                --area is required for operator (one desa code) and pendamping (a kecamatan code, or \
                repeated desa codes) and refused for admin, staf, kasi and kadis. Refuses while \
                migrations are pending. Audited with actor 'cli'.
                Example: printf '%s\\n' "$PASSWORD" | dinsos user create --username admin --role admin --password-stdin
                """)

        @Option(help: "Login name: 3–40 letters, digits, '.', '_' or '-'; unique ignoring case.") var username: String
        @Option(help: "admin, operator, pendamping, staf, kasi or kadis.") var role: String
        @Option(help: "An area code (repeat for a pendamping's desa).") var area: [String] = []
        @Option(help: "The name shown in the application (default: the username).") var fullName: String?
        @Flag(help: "Read the password from the first line of standard input (required).") var passwordStdin = false
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var rootOptions: RootOptions

        func validate() throws {
            guard passwordStdin else {
                throw ValidationError("--password-stdin is required: the password is never taken as an argument.")
            }
            if let problem = UserCreateCommand.usageProblem(role: role, areaCount: area.count) {
                throw ValidationError(problem)
            }
        }

        func run() throws {
            try runReportingFailure {
                let options = UserCreateCommand.Options(
                    username: username, role: role, areas: area, fullName: fullName,
                    databasePath: database.db, root: rootOptions.root)
                try UserCreateCommand.run(options, passwordLine: try UserCreateCommand.readPasswordLine())
            }
        }
    }
}
