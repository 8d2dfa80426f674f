import Core

/// The model of `dtks/anggota`.
struct MemberListView: Encodable {
    struct Badge: Encodable {
        let tone: String
        let label: String
    }

    struct Row: Encodable {
        let nik: String
        let name: String
        let noKK: String
        let householdID: Int64?
        let idDTKS: String
        let desil: String
        let areaName: String
        let since: String
        let source: String
        let badge: Badge
        let reason: String
    }

    let filters: [FormField]
    let householdID: Int64?
    let rows: [Row]
    let hasRows: Bool
    let pager: Pager
    let csvLink: String
    let xlsxLink: String
    let canImport: Bool
    /// "Desil 1: 12" … for the filter without its desil; empty when nothing is registered.
    let desilCounts: [DesilCount]

    struct DesilCount: Encodable {
        let label: String
        let count: String
    }

    init(
        choices: MemberListChoices, rows: [DTKSMemberRow], pager: Pager, desilCounts: [Int: Int], canImport: Bool,
        words: Settings
    ) {
        self.desilCounts = (Array(1...10) + [0]).compactMap { desil in
            desilCounts[desil].map {
                DesilCount(label: desil == 0 ? "Belum ada desil" : "Desil \(desil)", count: IndonesianFormat.number($0))
            }
        }
        filters = choices.fields(words: words)
        householdID = choices.filter.householdID
        self.rows = rows.map { row in
            let member = row.member
            return Row(
                nik: member.maskedNIK, name: member.name, noKK: IdentityNumberText.masked(member.noKK),
                householdID: member.householdID, idDTKS: member.idDTKS ?? "—", desil: member.desil.map(String.init) ?? "—",
                areaName: row.areaName.isEmpty ? "—" : row.areaName, since: member.since.indonesian,
                source: member.source.label,
                badge: Badge(tone: member.status == .active ? "ok" : "muted", label: member.status.label),
                reason: member.deactivationReason)
        }
        hasRows = !rows.isEmpty
        self.pager = pager
        let suffix = choices.query.isEmpty ? "" : "?" + choices.query
        csvLink = "/dtks/anggota/ekspor.csv" + suffix
        xlsxLink = "/dtks/anggota/ekspor.xlsx" + suffix
        self.canImport = canImport
    }
}
