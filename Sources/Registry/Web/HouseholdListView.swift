import Core

/// The model of `keluarga/daftar`.
struct HouseholdListView: Encodable {
    struct Row: Encodable {
        let id: Int64
        let noKK: String
        let headName: String
        let areaName: String
        let address: String
        let memberCount: Int
        let badge: Badge
    }

    let filters: [FormField]
    let rows: [Row]
    let pager: Pager
    let hasRows: Bool
    let canCreate: Bool
    let searched: Bool

    init(
        filters: [FormField], summaries: [HouseholdSummary], pager: Pager, canCreate: Bool, searched: Bool, words: Settings
    ) {
        self.filters = filters
        rows = summaries.map { summary in
            Row(
                id: summary.household.id, noKK: summary.household.maskedNoKK, headName: summary.headName ?? "—",
                areaName: summary.areaName, address: RegistryText.address(summary.household, words: words),
                memberCount: summary.memberCount, badge: .household(summary.household.status))
        }
        self.pager = pager
        hasRows = !rows.isEmpty
        self.canCreate = canCreate
        self.searched = searched
    }

    /// Search, area (the kecamatan and desa inside the scope) and status.
    static func filterFields(query: String, areaCode: String?, status: HouseholdStatus?, areas: [Area], words: Settings) -> [FormField] {
        let areaOptions = [FormField.Option(value: "", label: "Semua wilayah Anda", selected: areaCode == nil)]
            + areas.map {
                FormField.Option(value: $0.code, label: "\(words.word(for: $0.level)) \($0.name)", selected: $0.code == areaCode)
            }
        let statusOptions = FormField.Option.list(
            HouseholdStatus.allCases, label: \.label, selected: status?.rawValue ?? "", empty: "Semua status")
        return [
            FormField(name: "q", label: "Cari nama, NIK atau No KK", value: query, type: "search",
                      hint: "Awal kata cukup, misalnya \"sit\" atau \"3402\"."),
            FormField(name: "wilayah", label: "Wilayah", type: "select", options: areaOptions),
            FormField(name: "status", label: "Status", type: "select", options: statusOptions),
        ]
    }
}
