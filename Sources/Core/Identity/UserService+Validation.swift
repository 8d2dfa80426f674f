package import Database
import Foundation

extension UserService {
    /// Trimmed name and username, areas without repeats.
    func normalized(_ input: NewUser) -> NewUser {
        var input = input
        input.username = input.username.trimmingCharacters(in: .whitespacesAndNewlines)
        input.fullName = input.fullName.trimmingCharacters(in: .whitespacesAndNewlines)
        input.areaCodes = Self.distinct(input.areaCodes)
        return input
    }

    /// The rules that need no database.
    func plainProblems(_ input: NewUser) -> [UserField: String] {
        var problems: [UserField: String] = [:]
        if let problem = UserRules.usernameProblem(input.username) { problems[.username] = problem }
        if let problem = UserRules.fullNameProblem(input.fullName) { problems[.fullName] = problem }
        if let problem = UserRules.roleProblem(input.role) { problems[.role] = problem }
        if let problem = PasswordPolicy.problem(with: input.password, username: input.username) {
            problems[.password] = problem
        }
        return problems
    }

    /// The rules that read the database: a free username, areas that exist and fit the role.
    func storedProblems(_ username: String, _ role: Role?, _ areaCodes: [String], in db: Connection) throws
        -> [UserField: String]
    {
        var problems: [UserField: String] = [:]
        if UserRules.usernameProblem(username) == nil, try UserStore.usernameTaken(username, in: db) {
            problems[.username] = UserRules.usernameTaken
        }
        if let role, let problem = try areaProblem(role: role, codes: areaCodes, in: db) {
            problems[.areas] = problem
        }
        return problems
    }

    /// The message when `codes` do not fit `role` or name unknown areas, or nil.
    package func areaProblem(role: Role, codes: [String], in db: Connection) throws -> String? {
        let words = settings.current
        if let problem = UserRules.areaCountProblem(role: role, count: codes.count, words: words) { return problem }
        var areas: [Area] = []
        for code in codes {
            guard let area = try AreaStore.find(code, in: db) else { return "Wilayah dengan kode \(code) tidak dikenal." }
            areas.append(area)
        }
        return UserRules.areaLevelProblem(role: role, areas: areas, words: words)
    }

    /// `codes` without repeats or empty entries, sorted (the order `user_areas` reads back in).
    static func distinct(_ codes: [String]) -> [String] {
        Set(codes.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }).sorted()
    }

    /// Areas as the audit trail shows them.
    static func auditText(_ codes: [String]) -> String { codes.joined(separator: ", ") }
}
