package import Foundation

/// What the audit browser shows: already checked values, each nil when not filtered on.
package struct AuditFilter: Sendable, Equatable {
    /// Rows done by this account (`audit_log.user_id`).
    package var userID: Int64?
    /// Rows about this kind of record (`user`, `area`).
    package var entity: String?
    /// Rows about this record (with `entity`).
    package var entityID: String?
    /// Rows of this action (`user.buat`, `login.gagal`).
    package var action: String?
    /// Rows at or after this instant.
    package var from: Date?
    /// Rows before this instant (the start of the day after the last day asked for).
    package var before: Date?

    package init(
        userID: Int64? = nil, entity: String? = nil, entityID: String? = nil, action: String? = nil,
        from: Date? = nil, before: Date? = nil
    ) {
        self.userID = userID
        self.entity = entity
        self.entityID = entityID
        self.action = action
        self.from = from
        self.before = before
    }
}
