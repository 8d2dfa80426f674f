/// One thing that happened, before it is written: what was done to which record, by whom.
package struct AuditEntry: Sendable {
    package var action: String
    package var entity: String
    package var entityID: String
    package var areaCode: String
    package var changes: AuditChanges

    package init(action: String, entity: String, entityID: String = "", areaCode: String = "", changes: AuditChanges = AuditChanges()) {
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.areaCode = areaCode
        self.changes = changes
    }
}
