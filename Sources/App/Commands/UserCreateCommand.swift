package import Core
import Database
#if canImport(Glibc)
import Glibc
#endif

/// `dinsos user create`: one account from the command line (the first admin of a new
/// installation), the password read from standard input, audited with actor `cli`.
package enum UserCreateCommand {
    /// What the command line said.
    package struct Options: Sendable {
        package var username: String
        package var role: String
        package var areas: [String]
        package var fullName: String?
        package var databasePath: String
        package var root: String

        package init(
            username: String, role: String, areas: [String] = [], fullName: String? = nil,
            databasePath: String = "./data/dinsos.sqlite", root: String = "."
        ) {
            self.username = username
            self.role = role
            self.areas = areas
            self.fullName = fullName
            self.databasePath = databasePath
            self.root = root
        }
    }

    /// The longest password line read from standard input, in bytes.
    static let maximumPasswordLineBytes = 4096

    /// Wrong usage (exit 2): an unknown role, `--area` missing for operator or pendamping,
    /// given for a role that covers the whole deployment, or repeated for an operator.
    package static func usageProblem(role text: String, areaCount: Int) -> String? {
        guard let role = Role(rawValue: text) else {
            return "--role must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'."
        }
        switch role {
        case .operator where areaCount != 1:
            return "--role operator needs exactly one --area (a desa code)."
        case .pendamping where areaCount == 0:
            return "--role pendamping needs --area: one kecamatan code, or one or more desa codes."
        case .admin, .staf, .kasi, .kadis:
            return areaCount == 0 ? nil : "--role \(role.rawValue) covers the whole deployment; leave out --area."
        default:
            return nil
        }
    }

    /// Creates the account. `passwordLine` is the first line of standard input (nil when it was
    /// empty). Refuses while migrations are pending; a refused rule is a `CommandFailure`.
    @discardableResult
    package static func run(
        _ options: Options, passwordLine: String?, hasher: PasswordHasher = PasswordHasher()
    ) throws -> User {
        if let problem = usageProblem(role: options.role, areaCount: options.areas.count) {
            throw CommandUsageError(problem)
        }
        guard let role = Role(rawValue: options.role) else { throw CommandUsageError("unknown role") }
        guard let password = passwordLine else {
            throw CommandFailure("no password on standard input (pipe it in: printf '%s\\n' \"$PASSWORD\" | dinsos user create …)")
        }
        let pool = try DatabaseOpening.open(options.databasePath)
        defer { pool.close() }
        try DatabaseOpening.refusePendingMigrations(pool, root: options.root)

        let service = UserService(pool: pool, hasher: hasher)
        let input = NewUser(
            username: options.username, fullName: options.fullName ?? options.username, role: role,
            areaCodes: options.areas, password: password)
        let user: User
        do {
            user = try service.create(input, by: .cli)
        } catch let error as UserError {
            throw CommandFailure(describe(error))
        }
        let areas = user.areaCodes.isEmpty ? "" : " (\(user.areaCodes.joined(separator: ", ")))"
        printToStandardOutput("Pengguna \(user.username) dibuat: \(user.role.label)\(areas).")
        return user
    }

    /// The first line of `descriptor` without its line ending (`\n` or `\r\n`); nil at end of
    /// input before any byte. Reads one byte at a time so nothing after the line is consumed.
    package static func readPasswordLine(from descriptor: Int32 = STDIN_FILENO) throws -> String? {
        var bytes: [UInt8] = []
        var endedWithNewline = false
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandFailure("cannot read standard input (errno \(errno))")
            }
            if count == 0 { break }
            if byte == UInt8(ascii: "\n") {
                endedWithNewline = true
                break
            }
            bytes.append(byte)
            guard bytes.count <= maximumPasswordLineBytes else {
                throw CommandFailure("the password line is longer than \(maximumPasswordLineBytes) bytes")
            }
        }
        if bytes.isEmpty && !endedWithNewline { return nil }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CommandFailure("the password on standard input is not valid UTF-8")
        }
        return text
    }

    /// The refusal as one line for stderr: each field's message, in form order.
    static func describe(_ error: UserError) -> String {
        guard case .invalid(let problems) = error else { return error.publicMessage ?? "\(error)" }
        return UserField.allCases.compactMap { field in problems[field].map { "\(field.rawValue): \($0)" } }
            .joined(separator: " ")
    }
}
