/// An SQLite result code, primary or extended (https://sqlite.org/rescode.html).
///
/// Matches errors in `catch` clauses: `catch ResultCode.constraintUnique { … }`; a primary code
/// (`ResultCode.constraint`) matches every extended code in its family.
package struct ResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The numeric code as SQLite returns it.
    package let rawValue: Int32

    /// Wraps a numeric result code.
    package init(rawValue: Int32) { self.rawValue = rawValue }

    /// The primary code: the low eight bits of an extended code (https://sqlite.org/rescode.html §2).
    package var primary: ResultCode { ResultCode(rawValue: rawValue & 0xFF) }

    /// `SQLITE_ERROR`, a generic error (syntax errors, missing tables).
    package static let error = ResultCode(rawValue: 1)
    /// `SQLITE_INTERNAL`.
    package static let `internal` = ResultCode(rawValue: 2)
    /// `SQLITE_PERM`.
    package static let permission = ResultCode(rawValue: 3)
    /// `SQLITE_ABORT`.
    package static let abort = ResultCode(rawValue: 4)
    /// `SQLITE_BUSY`: another connection holds a conflicting lock past the busy timeout.
    package static let busy = ResultCode(rawValue: 5)
    /// `SQLITE_LOCKED`.
    package static let locked = ResultCode(rawValue: 6)
    /// `SQLITE_NOMEM`.
    package static let noMemory = ResultCode(rawValue: 7)
    /// `SQLITE_READONLY`: a write was attempted on a read-only connection.
    package static let readOnly = ResultCode(rawValue: 8)
    /// `SQLITE_INTERRUPT`.
    package static let interrupt = ResultCode(rawValue: 9)
    /// `SQLITE_IOERR`.
    package static let ioError = ResultCode(rawValue: 10)
    /// `SQLITE_CORRUPT`.
    package static let corrupt = ResultCode(rawValue: 11)
    /// `SQLITE_FULL`.
    package static let full = ResultCode(rawValue: 13)
    /// `SQLITE_CANTOPEN`.
    package static let cannotOpen = ResultCode(rawValue: 14)
    /// `SQLITE_SCHEMA`.
    package static let schema = ResultCode(rawValue: 17)
    /// `SQLITE_TOOBIG`.
    package static let tooBig = ResultCode(rawValue: 18)
    /// `SQLITE_CONSTRAINT`: any constraint violation.
    package static let constraint = ResultCode(rawValue: 19)
    /// `SQLITE_MISMATCH`: also used here when a column cannot be read as the requested Swift type.
    package static let mismatch = ResultCode(rawValue: 20)
    /// `SQLITE_MISUSE`: the API was used wrongly (wrong argument count, closed pool, nested write).
    package static let misuse = ResultCode(rawValue: 21)
    /// `SQLITE_AUTH`: the authorizer refused a statement.
    package static let authorization = ResultCode(rawValue: 23)
    /// `SQLITE_RANGE`.
    package static let range = ResultCode(rawValue: 25)
    /// `SQLITE_NOTADB`.
    package static let notADatabase = ResultCode(rawValue: 26)

    /// `SQLITE_CONSTRAINT_CHECK`.
    package static let constraintCheck = ResultCode(rawValue: 19 | (1 << 8))
    /// `SQLITE_CONSTRAINT_FOREIGNKEY`.
    package static let constraintForeignKey = ResultCode(rawValue: 19 | (3 << 8))
    /// `SQLITE_CONSTRAINT_NOTNULL`.
    package static let constraintNotNull = ResultCode(rawValue: 19 | (5 << 8))
    /// `SQLITE_CONSTRAINT_PRIMARYKEY`.
    package static let constraintPrimaryKey = ResultCode(rawValue: 19 | (6 << 8))
    /// `SQLITE_CONSTRAINT_TRIGGER`: a `RAISE(ABORT, …)` in a trigger.
    package static let constraintTrigger = ResultCode(rawValue: 19 | (7 << 8))
    /// `SQLITE_CONSTRAINT_UNIQUE`.
    package static let constraintUnique = ResultCode(rawValue: 19 | (8 << 8))
    /// `SQLITE_CONSTRAINT_DATATYPE`: a value of the wrong type for a STRICT table column.
    package static let constraintDatatype = ResultCode(rawValue: 19 | (12 << 8))

    /// Whether this code is `other`, or belongs to the family of the primary code `other`.
    package func matches(_ other: ResultCode) -> Bool {
        self == other || (other.rawValue == other.primary.rawValue && primary == other)
    }

    package var description: String { "\(rawValue)" }

    /// Lets `catch ResultCode.constraintUnique` match a ``DatabaseError``.
    package static func ~= (pattern: ResultCode, error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.extendedResultCode.matches(pattern)
    }
}
