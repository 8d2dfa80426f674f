import Core
import Foundation
import Registry
import Sidamesra

/// One term and its value in a `dl.facts`.
struct Fact: Encodable {
    let term: String
    let value: String
}

/// A status badge.
struct Badge: Encodable {
    let tone: String
    let label: String
}

/// The model of `dtks/usulan-daftar`.
struct ProposalListView: Encodable {
    struct Row: Encodable {
        let id: Int64
        let badge: Badge
        let overdue: Bool
        let areaName: String
        let noKK: String
        let headName: String
        let proposer: String
        let since: String
    }

    let rows: [Row]
    let hasRows: Bool
    let filters: [FormField]
    let pager: Pager
    let canPropose: Bool

    init(
        rows: [ProposalList.Row], areas: [Area], filter: ProposalList.Filter, total: Int, paging: Paging, user: CurrentUser,
        sla: WorkflowSLA, now: Date, timeZone: String
    ) {
        let full = user.may(Action.viewFullNIK)
        self.rows = rows.map { row in
            Row(
                id: row.id, badge: Badge(tone: row.state.tone, label: row.state.label),
                overdue: sla.isOverdue(state: row.state.rawValue, since: row.stateSince, now: now), areaName: row.areaName,
                noKK: full ? row.noKK : IdentityNumberText.masked(row.noKK), headName: row.headName, proposer: row.proposerType.label,
                since: IndonesianFormat.date(row.stateSince, timeZone: timeZone))
        }
        hasRows = !rows.isEmpty
        let state = filter.state?.rawValue ?? ""
        let area = filter.areaCode ?? ""
        filters = [
            FormField(
                name: "status", label: "Status", value: state, type: "select",
                options: [.init(value: "", label: "Semua status", selected: state.isEmpty)]
                    + ProposalState.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: $0.rawValue == state) }),
            FormField(
                name: "wilayah", label: "Wilayah", value: area, type: "select",
                options: [.init(value: "", label: "Semua wilayah", selected: area.isEmpty)]
                    + areas.map { .init(value: $0.code, label: "\($0.name) (\($0.code))", selected: $0.code == area) }),
        ]
        var kept: [String] = []
        if !state.isEmpty { kept.append("status=\(state)") }
        if !area.isEmpty { kept.append("wilayah=\(area)") }
        pager = paging.pager(total: total, query: kept.joined(separator: "&"))
        canPropose = user.may(Action.proposeDTKS)
    }
}

/// The model of `dtks/usulan-baru`.
struct ProposalFormView: Encodable {
    struct Found: Encodable {
        let id: Int64
        let text: String
    }

    let search: String
    let found: [Found]
    let searched: Bool
    let householdID: Int64?
    let household: [Fact]
    let fields: [FormField]
    let householdError: String?
    let documentsError: String?

    init(form: ProposalForm, household: Household?, head: Person?, search: String, found: [Found]) {
        self.search = search
        self.found = found
        searched = !search.isEmpty
        householdID = household?.id
        self.household = household.map { household in
            [
                Fact(term: "No KK", value: household.maskedNoKK),
                Fact(term: "Kepala/anggota", value: head?.name ?? "—"),
                Fact(term: "Alamat", value: "\(household.address), RT \(household.rt)/RW \(household.rw), \(household.dusun)"),
            ]
        } ?? []
        fields = form.fields
        householdError = form.errors["keluarga"]
        documentsError = form.errors["dokumen"]
    }
}
