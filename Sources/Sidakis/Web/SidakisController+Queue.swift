import Core
import Database
import Foundation
import HTTPServer
import Web

extension SidakisController {
    struct QueueCount: Encodable {
        let label: String
        let count: String
        let link: String
        let current: Bool
    }

    struct QueueRow: Encodable {
        let id: Int64
        let number: String
        let name: String
        let nik: String
        let area: String
        let kind: String
        let source: String
        let badge: Badge
        let since: String
        let waited: String
        let overdue: Bool
        let kis: String?
        let proposer: String
    }

    struct Badge: Encodable {
        let tone: String
        let label: String
    }

    struct QueueView: Encodable {
        let counts: [QueueCount]
        let filters: [FormField]
        let rows: [QueueRow]
        let hasRows: Bool
        let pager: Pager
        let canSubmit: Bool
        let canActivate: Bool
        let canSettings: Bool
        let canBudget: Bool
        let overdueCount: Int
    }

    /// The statuses a role works on first, for the counts at the top of its queue.
    static func focus(for role: Role) -> [ProposalStatus] {
        switch role {
        case .staf: [.submitted, .awaitingVerification, .approved, .activating, .returned]
        case .kasi: [.awaitingApproval, .awaitingVerification, .approved]
        case .operator, .pendamping: [.returned, .submitted, .awaitingVerification, .awaitingApproval, .succeeded]
        default: [.submitted, .awaitingVerification, .awaitingApproval, .approved, .activating]
        }
    }

    func queue(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let query = try request.queryParameters()
        let zone = TimeZone(identifier: timeZone) ?? .current
        var filter = ProposalFilter()
        var kept: [(String, String)] = []
        if let status = query["status"].flatMap(ProposalStatus.init(rawValue:)) {
            filter.status = status
            kept.append(("status", status.rawValue))
        }
        if let kind = query["jenis"].flatMap(ProposalKind.init(rawValue:)) {
            filter.kind = kind
            kept.append(("jenis", kind.rawValue))
        }
        if let source = query["sumber"].flatMap(ProposalSource.init(rawValue:)) {
            filter.source = source
            kept.append(("sumber", source.rawValue))
        }
        if let from = query["dari"].flatMap({ CalendarDate(iso: $0) }) {
            filter.submittedFrom = ISO8601Timestamp.format(from.start(in: zone))
            kept.append(("dari", from.iso))
        }
        if let until = query["sampai"].flatMap({ CalendarDate(iso: $0) }) {
            filter.submittedUntil = ISO8601Timestamp.format(until.end(in: zone))
            kept.append(("sampai", until.iso))
        }
        if query["saya"] == "1" {
            filter.proposerID = user.id
            kept.append(("saya", "1"))
        }
        let requested = Paging(page: query["halaman"])
        let now = clock.now
        let sla = WorkflowSLA(SidakisWorkflow.definition, settings: pages.settings.current)
        let (areas, counts, total, paging, proposals, areaNames) = try pool.read { db in
            let areas = try (AreaStore.all(level: .kecamatan, in: db) + AreaStore.all(level: .desa, in: db))
                .filter { user.scope.contains($0.code) }.sorted { $0.code < $1.code }
            filter.areaCode = query["wilayah"].flatMap { code in areas.contains { $0.code == code } ? code : nil }
            let counts = try ProposalStore.countsByStatus(scope: user.scope, in: db)
            let total = try ProposalStore.count(filter, scope: user.scope, in: db)
            let paging = requested.clamped(toTotal: total)
            let proposals = try ProposalStore.page(filter, scope: user.scope, limit: paging.limit, offset: paging.offset, in: db)
            let names = Dictionary(
                try AreaStore.areas(Array(Set(proposals.map(\.areaCode))), in: db).map { ($0.code, $0.name) },
                uniquingKeysWith: { a, _ in a })
            return (areas, counts, total, paging, proposals, names)
        }
        if let area = filter.areaCode { kept.append(("wilayah", area)) }
        let rows = proposals.map { proposal in
            let overdue = sla.isOverdue(state: proposal.status.rawValue, since: proposal.statusSince, now: now)
            return QueueRow(
                id: proposal.id, number: proposal.registrationNumber, name: proposal.name,
                nik: IdentityNumberText.masked(proposal.nik), area: areaNames[proposal.areaCode] ?? proposal.areaCode,
                kind: proposal.kind.label, source: proposal.source.label,
                badge: Badge(tone: proposal.status.tone, label: proposal.status.label), since: dateTime(proposal.statusSince),
                waited: WorkingDuration.text(sla.workingMinutes(from: proposal.statusSince, to: now)), overdue: overdue,
                kis: proposal.kisNumber, proposer: proposal.proposerName)
        }
        let focus = Self.focus(for: user.role)
        let ordered = focus + ProposalStatus.allCases.filter { !focus.contains($0) }
        let countViews = ordered.map { status in
            QueueCount(
                label: status.label, count: IndonesianFormat.number(counts[status] ?? 0),
                link: "/sidakis?status=\(status.rawValue)", current: filter.status == status)
        }
        let words = pages.settings.current
        let filters = [
            FormField(name: "status", label: "Status", value: filter.status?.rawValue ?? "", type: "select",
                      options: FormField.Option.list(ProposalStatus.allCases, label: \.label, selected: filter.status?.rawValue ?? "", empty: "Semua")),
            FormField(name: "wilayah", label: "\(words.kecamatanWord)/\(words.desaWord)", value: filter.areaCode ?? "", type: "select",
                      options: [FormField.Option(value: "", label: "Semua", selected: filter.areaCode == nil)]
                        + areas.map { FormField.Option(value: $0.code, label: $0.name + " (" + $0.code + ")", selected: $0.code == filter.areaCode) }),
            FormField(name: "jenis", label: "Jenis", value: filter.kind?.rawValue ?? "", type: "select",
                      options: FormField.Option.list(ProposalKind.allCases, label: \.label, selected: filter.kind?.rawValue ?? "", empty: "Semua")),
            FormField(name: "sumber", label: "Sumber", value: filter.source?.rawValue ?? "", type: "select",
                      options: FormField.Option.list(ProposalSource.allCases, label: \.label, selected: filter.source?.rawValue ?? "", empty: "Semua")),
            FormField(name: "dari", label: "Diajukan dari", value: query["dari"] ?? "", type: "date"),
            FormField(name: "sampai", label: "sampai", value: query["sampai"] ?? "", type: "date"),
            FormField(name: "saya", label: "Hanya usulan saya", type: "checkbox", checked: filter.proposerID != nil),
        ]
        let view = QueueView(
            counts: countViews, filters: filters, rows: rows, hasRows: !rows.isEmpty,
            pager: paging.pager(total: total, query: Self.queryString(kept)), canSubmit: user.may(Action.submitProposal),
            canActivate: user.may(Action.activateProposals), canSettings: user.may(Action.manageSidakisSettings),
            canBudget: user.may(Action.viewPBIBudget), overdueCount: rows.filter(\.overdue).count)
        return try pages.render("sidakis/antrian", title: "Usulan PBI APBD", view, context: context)
    }
}
