import Core

/// The model of `admin/pengguna/daftar`.
struct UserListView: Encodable {
    struct Badge: Encodable {
        let tone: String
        let label: String
    }

    struct Row: Encodable {
        let id: Int64
        let username: String
        let fullName: String
        let roleLabel: String
        let areas: String
        let badge: Badge

        init(_ user: User, words: Settings) {
            id = user.id
            username = user.username
            fullName = user.fullName
            roleLabel = user.role.label
            areas = UserListView.areasText(user, words: words)
            badge = UserListView.statusBadge(user.isActive)
        }
    }

    /// The list's columns; three of them sort.
    static let columns = [
        TableColumn("Nama pengguna", sort: UserStore.Sort.username),
        TableColumn("Nama lengkap", sort: UserStore.Sort.fullName),
        TableColumn("Peran", sort: UserStore.Sort.role),
        TableColumn("Wilayah"),
        TableColumn("Status"),
    ]

    let filters: [FormField]
    let head: TableHead
    let rows: [Row]
    let pager: Pager
    var hasRows: Bool { !rows.isEmpty }

    private enum CodingKeys: String, CodingKey { case filters, head, rows, pager, hasRows }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(filters, forKey: .filters)
        try container.encode(head, forKey: .head)
        try container.encode(rows, forKey: .rows)
        try container.encode(pager, forKey: .pager)
        try container.encode(hasRows, forKey: .hasRows)
    }

    static func filterFields(search: String, role: Role?, status: ListStatus) -> [FormField] {
        let roles = FormField.Option.list(Role.allCases, label: \.label, selected: role?.rawValue ?? "", empty: "Semua peran")
        let statuses = ListStatus.allCases.map {
            FormField.Option(value: $0.rawValue, label: $0.label, selected: $0 == status)
        }
        return [
            FormField(name: "q", label: "Cari nama pengguna atau nama", value: search, type: "search"),
            FormField(name: "peran", label: "Peran", type: "select", options: roles),
            FormField(name: "status", label: "Status", type: "select", options: statuses),
        ]
    }

    /// "Kalurahan Poncosari", "Kapanewon Srandakan", or the whole deployment.
    static func areasText(_ user: User, words: Settings) -> String {
        guard !user.areas.isEmpty else { return user.role.isAreaBound ? "—" : "Seluruh wilayah" }
        return user.areas.map { "\(words.word(for: $0.level)) \($0.name)" }.joined(separator: ", ")
    }

    static func statusBadge(_ active: Bool) -> Badge {
        active ? Badge(tone: "ok", label: "Aktif") : Badge(tone: "danger", label: "Nonaktif")
    }
}
