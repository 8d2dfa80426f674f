import Core
import Foundation

/// The model of `dtks/finalisasi-daftar`.
struct BatchListView: Encodable {
    struct Row: Encodable {
        let id: Int64
        let number: String
        let period: String
        let badge: Badge
    }

    let rows: [Row]
    let hasRows: Bool
    let waiting: String
    let canOpen: Bool
    let error: String?
    let start: String
    let end: String

    init(batches: [FinalisationBatch], waiting: Int, canOpen: Bool, error: String?, today: CalendarDate) {
        rows = batches.map {
            Row(id: $0.id, number: $0.number, period: "\($0.periodStart.indonesian) – \($0.periodEnd.indonesian)",
                badge: Badge(tone: $0.state.tone, label: $0.state.label))
        }
        hasRows = !rows.isEmpty
        self.waiting = IndonesianFormat.number(waiting)
        self.canOpen = canOpen && waiting > 0
        self.error = error
        start = CalendarDate(year: today.year, month: today.month, day: 1)?.iso ?? today.iso
        end = today.iso
    }
}

/// The model of `dtks/finalisasi` and `dtks/finalisasi-cetak`.
struct BatchPageView: Encodable {
    struct Line: Encodable {
        let cells: [String]
    }

    /// A scanned reference document of the batch.
    struct Document: Encodable {
        let path: String
        let name: String
    }

    struct Event: Encodable {
        let at: String
        let text: String
        let by: String
    }

    let id: Int64
    let number: String
    let version: Int
    let badge: Badge
    let period: String
    let facts: [Fact]
    let titles: [String]
    let lines: [Line]
    let proposals: String
    let persons: String
    let events: [Event]
    let errors: [String: String]
    let meeting: String
    let memoNumber: String
    let memoDate: String
    let decreeNumber: String
    let decreeDate: String
    let canEdit: Bool
    let canRefill: Bool
    let canApprove: Bool
    let canUpload: Bool
    let canManageDocuments: Bool
    /// Set by the controller (the print view shows none).
    var documents: [Document] = []
    var hasDocuments = false

    init(_ batch: FinalisationBatch, rows: [BatchExport.Row], events: [WorkflowEvent], user: CurrentUser, errors: [String: String], timeZone: String) {
        id = batch.id
        number = batch.number
        version = batch.version
        badge = Badge(tone: batch.state.tone, label: batch.state.label)
        period = "\(batch.periodStart.indonesian) – \(batch.periodEnd.indonesian)"
        let refs = batch.references
        facts = [
            Fact(term: "Nomor", value: batch.number), Fact(term: "Periode", value: period), Fact(term: "Status", value: batch.state.label),
            Fact(term: "Musyawarah desa / SPTJM", value: refs.meeting.isEmpty ? "—" : refs.meeting),
            Fact(term: "Nota dinas", value: refs.memoNumber.isEmpty ? "—" : "\(refs.memoNumber), \(refs.memoDate?.indonesian ?? "")"),
            Fact(term: "Surat pengesahan", value: refs.decreeNumber.isEmpty ? "—" : "\(refs.decreeNumber), \(refs.decreeDate?.indonesian ?? "")"),
        ]
        titles = BatchExport.titles
        let full = user.may(Action.viewFullNIK)
        lines = rows.enumerated().map { Line(cells: BatchExport.fields($1, number: $0 + 1, fullNumbers: full)) }
        proposals = IndonesianFormat.number(Set(rows.map(\.proposalID)).count)
        persons = IndonesianFormat.number(rows.count)
        self.events = events.map {
            Event(at: IndonesianFormat.dateTime($0.at, timeZone: timeZone), text: BatchWorkflow.definition.label(of: $0.to), by: $0.username)
        }
        self.errors = errors
        meeting = refs.meeting
        memoNumber = refs.memoNumber
        memoDate = refs.memoDate?.iso ?? ""
        decreeNumber = refs.decreeNumber
        decreeDate = refs.decreeDate?.iso ?? ""
        let manage = user.may(Action.manageDTKSFinalisation)
        canEdit = manage && batch.state != .uploaded
        canRefill = manage && batch.state == .draft
        canApprove = user.may(Action.approveDTKSFinalisation) && batch.state == .draft
        canUpload = manage && batch.state == .approved
        canManageDocuments = manage
    }
}

/// The model of `dtks/hasil`.
struct ResultImportView: Encodable {
    struct Unmatched: Encodable {
        let row: Int
        let identifier: String
        let message: String
    }

    let waiting: String
    let error: String?
    let done: Bool
    let registered: String
    let refused: String
    let unmatched: [Unmatched]
    let hasUnmatched: Bool

    init(report: ProposalResults.Report?, error: String?, waiting: Int) {
        self.waiting = IndonesianFormat.number(waiting)
        self.error = error
        done = report != nil
        registered = IndonesianFormat.number(report?.registered ?? 0)
        refused = IndonesianFormat.number(report?.refused ?? 0)
        unmatched = report?.unmatched.map { Unmatched(row: $0.row, identifier: $0.identifier, message: $0.message) } ?? []
        hasUnmatched = !unmatched.isEmpty
    }
}
