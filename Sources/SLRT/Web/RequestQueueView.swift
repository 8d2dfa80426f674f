import Core
import Foundation

/// The queue page `/slrt`: filters, one row per request with its step and time in it, the pager.
struct RequestQueueView: Encodable {
    struct Row: Encodable {
        let id: Int64
        let received: String
        let type: String
        let applicant: String
        let nik: String
        let badge: Badge
        let waiting: String
        let overdue: Bool
    }

    struct Badge: Encodable {
        let tone: String
        let label: String
    }

    struct Count: Encodable {
        let label: String
        let count: Int
        let path: String
    }

    let filters: [FormField]
    /// Requests waiting in each step now (the engine's queues), linked to the filtered queue.
    let counts: [Count]
    let rows: [Row]
    let hasRows: Bool
    let pager: Pager
    let canCreate: Bool
    let canSettings: Bool
    let links: [Link]

    struct Link: Encodable {
        let label: String
        let path: String
    }

    init(
        filter: RequestFilter, rows: [ServiceRequest], total: Int, counts: [String: Int], paging: Paging, sla: WorkflowSLA, now: Date,
        timeZone: String, user: CurrentUser
    ) {
        filters = [
            FormField(
                name: "status", label: "Tahap", value: filter.state?.rawValue ?? "", type: "select",
                options: FormField.Option.list(
                    RequestState.allCases, label: \.label, selected: filter.state?.rawValue ?? "", empty: "Semua tahap")),
            FormField(
                name: "jenis", label: "Jenis surat", value: filter.letterType?.rawValue ?? "", type: "select",
                options: FormField.Option.list(
                    LetterType.allCases, label: \.shortLabel, selected: filter.letterType?.rawValue ?? "", empty: "Semua jenis")),
            FormField(name: "q", label: "NIK atau nama pemohon", value: filter.search),
            FormField(name: "terlambat", label: "Hanya yang lewat standar", type: "checkbox", checked: filter.overdueOnly),
        ]
        self.counts = RequestState.allCases.filter { !$0.isFinal }.map { state in
            Count(label: state.label, count: counts[state.rawValue] ?? 0, path: "/slrt?status=" + state.rawValue)
        }
        self.rows = rows.map { request in
            let minutes = sla.workingMinutes(from: request.statusSince, to: now)
            return Row(
                id: request.id, received: IndonesianFormat.dateTime(request.createdAt, timeZone: timeZone),
                type: request.letterType.shortLabel, applicant: request.applicantName,
                nik: IdentityNumberText.masked(request.applicantNIK),
                badge: Badge(tone: request.state.badge, label: request.state.label),
                waiting: request.state.isFinal ? "" : WorkingDuration.text(minutes),
                overdue: !request.state.isFinal && sla.isOverdue(state: request.state.rawValue, since: request.statusSince, now: now))
        }
        hasRows = !rows.isEmpty
        var query: [String] = []
        if let state = filter.state { query.append("status=" + state.rawValue) }
        if let type = filter.letterType { query.append("jenis=" + type.rawValue) }
        if !filter.search.isEmpty { query.append("q=" + (filter.search.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")) }
        if filter.overdueOnly { query.append("terlambat=1") }
        if let personID = filter.personID { query.append("pemohon=\(personID)") }
        pager = paging.pager(total: total, query: query.joined(separator: "&"))
        canCreate = user.may(Action.slrtFrontOffice)
        canSettings = user.may(Action.slrtSettings)
        var links = [Link(label: "Rujukan", path: "/slrt/rujukan"), Link(label: "Pengaduan", path: "/slrt/pengaduan"),
                     Link(label: "Buku register", path: "/slrt/register")]
        if canSettings { links.append(Link(label: "Pengaturan SLRT", path: "/slrt/pengaturan")) }
        self.links = links
    }
}
