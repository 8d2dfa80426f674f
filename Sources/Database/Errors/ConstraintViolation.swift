import Foundation

/// The detail of a constraint violation, parsed from SQLite's message so that a service can name
/// the field: `UNIQUE constraint failed: person.nik` becomes table `person`, columns `["nik"]`.
package struct ConstraintViolation: Sendable, Equatable {
    /// Which kind of constraint failed.
    package enum Kind: Sendable, Equatable {
        case unique, primaryKey, foreignKey, check, notNull, datatype, trigger, other
    }

    /// Which kind of constraint failed.
    package let kind: Kind
    /// The table, when SQLite names it (UNIQUE, PRIMARY KEY, NOT NULL, datatype).
    package let table: String?
    /// The columns, in constraint order; empty when SQLite does not name them (FOREIGN KEY, CHECK).
    package let columns: [String]
    /// The constraint's name or expression for CHECK (`CONSTRAINT status_known CHECK (…)` gives
    /// `status_known`), the message for triggers; otherwise `nil`.
    package let name: String?

    /// Parses SQLite's message for an extended constraint code.
    ///
    /// Message shapes are those of SQLite 3.40: `UNIQUE constraint failed: t.a, t.b`,
    /// `NOT NULL constraint failed: t.a`, `CHECK constraint failed: name`,
    /// `FOREIGN KEY constraint failed`, `cannot store TEXT value in INTEGER column t.a`.
    package init(code: ResultCode, message: String) {
        switch code {
        case .constraintUnique: kind = .unique
        case .constraintPrimaryKey: kind = .primaryKey
        case .constraintForeignKey: kind = .foreignKey
        case .constraintCheck: kind = .check
        case .constraintNotNull: kind = .notNull
        case .constraintDatatype: kind = .datatype
        case .constraintTrigger: kind = .trigger
        default: kind = .other
        }

        switch kind {
        case .unique, .primaryKey, .notNull:
            let qualified = Self.detail(after: "constraint failed: ", in: message)?
                .split(separator: ",")
                .map { $0.trimmingSpaces() } ?? []
            let split = qualified.map(Self.splitQualified)
            table = split.first?.table
            columns = split.map(\.column)
            name = nil
        case .datatype:
            let qualified = Self.detail(after: " column ", in: message).map { $0.trimmingSpaces() }
            let split = qualified.map(Self.splitQualified)
            table = split?.table
            columns = split.map { [$0.column] } ?? []
            name = nil
        case .check:
            table = nil
            columns = []
            name = Self.detail(after: "constraint failed: ", in: message)
        case .trigger:
            table = nil
            columns = []
            name = message
        case .foreignKey, .other:
            table = nil
            columns = []
            name = nil
        }
    }

    private static func detail(after marker: String, in message: String) -> String? {
        guard let range = message.range(of: marker) else { return nil }
        let rest = message[range.upperBound...]
        return rest.isEmpty ? nil : String(rest)
    }

    private static func splitQualified(_ qualified: String) -> (table: String?, column: String) {
        guard let dot = qualified.lastIndex(of: ".") else { return (nil, qualified) }
        return (String(qualified[..<dot]), String(qualified[qualified.index(after: dot)...]))
    }
}

extension StringProtocol {
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
