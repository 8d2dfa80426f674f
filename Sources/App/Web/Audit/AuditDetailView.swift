import Core

/// The model of `audit/rincian`: one row in full.
struct AuditDetailView: Encodable {
    struct Change: Encodable {
        let field: String
        let before: String
        let after: String
    }

    let id: Int64
    let time: String
    let storedAt: String
    let actor: String
    let userID: Int64?
    let role: String
    let action: String
    let entity: String
    let entityID: String
    let area: String
    let address: String
    let requestID: String
    let changes: [Change]
    let hasChanges: Bool
    /// The stored text, shown when it is not the usual field list.
    let rawChanges: String?
    let prevHash: String
    let rowHash: String
    /// `/audit?entitas=…&id_entitas=…`: every row about the same record.
    let historyLink: String?

    init(_ record: AuditRecord, timeZone: String, areaNames: [String: String]) {
        id = record.id
        time = AuditRowText.time(record.at, timeZone: timeZone)
        storedAt = record.at
        actor = AuditRowText.actor(record)
        userID = record.userID
        role = AuditRowText.role(record)
        action = record.action
        entity = record.entity
        entityID = record.entityID.isEmpty ? "—" : record.entityID
        area = AuditRowText.area(record.areaCode, names: areaNames)
        address = record.address.isEmpty ? "—" : record.address
        requestID = record.requestID.isEmpty ? "—" : record.requestID
        let stored = AuditChanges.storedFields(record.changes)
        changes = (stored ?? []).map {
            Change(field: $0.name, before: Self.valueText($0.before), after: Self.valueText($0.after))
        }
        hasChanges = !changes.isEmpty
        rawChanges = stored == nil ? record.changes : nil
        prevHash = record.prevHash
        rowHash = record.rowHash
        historyLink = record.entityID.isEmpty
            ? nil
            : "/audit?" + QueryString.encode([
                (AuditFilterForm.Name.entity, record.entity), (AuditFilterForm.Name.entityID, record.entityID),
            ])
    }

    /// `—` for no value (a field that did not exist before), `(kosong)` for an empty one.
    static func valueText(_ value: String?) -> String {
        guard let value else { return "—" }
        return value.isEmpty ? "(kosong)" : value
    }
}
