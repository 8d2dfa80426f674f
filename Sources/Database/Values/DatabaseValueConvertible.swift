/// A Swift type that binds to a statement parameter and reads back from a column.
///
/// Reads are strict: an `Int64` reads only an INTEGER, a `String` only TEXT. STRICT tables store
/// exactly the declared type, so a mismatch means a wrong query, reported instead of coerced.
package protocol DatabaseValueConvertible {
    /// The value bound for this Swift value.
    var databaseValue: DatabaseValue { get }
    /// Reads a value; `nil` when the stored value cannot represent `Self`.
    init?(databaseValue: DatabaseValue)
}

/// Positional statement arguments; `nil` binds SQL NULL.
package typealias StatementArguments = [(any DatabaseValueConvertible)?]

extension DatabaseValue: DatabaseValueConvertible {
    package var databaseValue: DatabaseValue { self }
    package init?(databaseValue: DatabaseValue) { self = databaseValue }
}

extension Int64: DatabaseValueConvertible {
    package var databaseValue: DatabaseValue { .integer(self) }
    package init?(databaseValue: DatabaseValue) {
        guard case .integer(let value) = databaseValue else { return nil }
        self = value
    }
}

extension Int: DatabaseValueConvertible {
    package var databaseValue: DatabaseValue { .integer(Int64(self)) }
    package init?(databaseValue: DatabaseValue) {
        guard case .integer(let value) = databaseValue, let exact = Int(exactly: value) else { return nil }
        self = exact
    }
}

extension Int32: DatabaseValueConvertible {
    package var databaseValue: DatabaseValue { .integer(Int64(self)) }
    package init?(databaseValue: DatabaseValue) {
        guard case .integer(let value) = databaseValue, let exact = Int32(exactly: value) else { return nil }
        self = exact
    }
}

extension Double: DatabaseValueConvertible {
    package var databaseValue: DatabaseValue { .real(self) }
    /// Also reads an INTEGER: aggregates such as `sum()` over REAL columns may return one.
    package init?(databaseValue: DatabaseValue) {
        switch databaseValue {
        case .real(let value): self = value
        case .integer(let value): self = Double(value)
        default: return nil
        }
    }
}

extension Bool: DatabaseValueConvertible {
    /// SQLite has no boolean type; booleans are the integers 0 and 1 (https://sqlite.org/datatype3.html §2.1).
    package var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
    package init?(databaseValue: DatabaseValue) {
        guard case .integer(let value) = databaseValue else { return nil }
        self = value != 0
    }
}

extension String: DatabaseValueConvertible {
    package var databaseValue: DatabaseValue { .text(self) }
    package init?(databaseValue: DatabaseValue) {
        guard case .text(let value) = databaseValue else { return nil }
        self = value
    }
}

extension Substring: DatabaseValueConvertible {
    package var databaseValue: DatabaseValue { .text(String(self)) }
    package init?(databaseValue: DatabaseValue) {
        guard case .text(let value) = databaseValue else { return nil }
        self = value[...]
    }
}

extension Array: DatabaseValueConvertible where Element == UInt8 {
    package var databaseValue: DatabaseValue { .blob(self) }
    package init?(databaseValue: DatabaseValue) {
        guard case .blob(let value) = databaseValue else { return nil }
        self = value
    }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    package var databaseValue: DatabaseValue {
        switch self {
        case .none: .null
        case .some(let wrapped): wrapped.databaseValue
        }
    }
    package init?(databaseValue: DatabaseValue) {
        if case .null = databaseValue {
            self = .none
            return
        }
        guard let wrapped = Wrapped(databaseValue: databaseValue) else { return nil }
        self = .some(wrapped)
    }
}

/// Enums with a raw value (`enum Status: String, DatabaseValueConvertible {}`) store their raw value.
extension DatabaseValueConvertible where Self: RawRepresentable, RawValue: DatabaseValueConvertible {
    package var databaseValue: DatabaseValue { rawValue.databaseValue }
    package init?(databaseValue: DatabaseValue) {
        guard let raw = RawValue(databaseValue: databaseValue) else { return nil }
        self.init(rawValue: raw)
    }
}
