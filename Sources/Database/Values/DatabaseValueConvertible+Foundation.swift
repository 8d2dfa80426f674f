package import Foundation

extension Date: DatabaseValueConvertible {
    /// Stored as ISO-8601 UTC text with whole seconds, `2026-11-24T13:05:00Z`.
    package var databaseValue: DatabaseValue { .text(ISO8601Timestamp.format(self)) }
    package init?(databaseValue: DatabaseValue) {
        guard case .text(let text) = databaseValue, let date = ISO8601Timestamp.parse(text) else { return nil }
        self = date
    }
}

extension Data: DatabaseValueConvertible {
    package var databaseValue: DatabaseValue { .blob([UInt8](self)) }
    package init?(databaseValue: DatabaseValue) {
        guard case .blob(let bytes) = databaseValue else { return nil }
        self = Data(bytes)
    }
}
