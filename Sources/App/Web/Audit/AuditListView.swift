import Core

/// The model of `audit/daftar`.
struct AuditListView: Encodable {
    struct Row: Encodable {
        let id: Int64
        let time: String
        let actor: String
        let role: String
        let action: String
        let entity: String
        let area: String
        let address: String
    }

    let filters: [FormField]
    let head: TableHead
    let rows: [Row]
    /// Nil while a filter does not hold (nothing was fetched).
    let pager: Pager?
    let hasErrors: Bool
    let hasRows: Bool

    init(filters: [FormField], head: TableHead, rows: [Row], pager: Pager?) {
        self.filters = filters
        self.head = head
        self.rows = rows
        self.pager = pager
        hasErrors = filters.hasErrors
        hasRows = !rows.isEmpty
    }

    static func row(_ record: AuditRecord, timeZone: String, areaNames: [String: String]) -> Row {
        Row(
            id: record.id, time: AuditRowText.time(record.at, timeZone: timeZone), actor: AuditRowText.actor(record),
            role: AuditRowText.role(record), action: record.action, entity: AuditRowText.entity(record),
            area: AuditRowText.area(record.areaCode, names: areaNames),
            address: record.address.isEmpty ? "—" : record.address)
    }
}
