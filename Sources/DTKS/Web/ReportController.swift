package import Core
package import Database
import Documents
import Foundation
import HTTPServer
package import Web

/// `/dtks/laporan`: the rekap usulan per kalurahan and status for a period and the funnel, on
/// the page (printable) and as CSV, inside the user's area scope.
package struct ReportController: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let clock: Clock

    package init(pool: DatabasePool, pages: PageRenderer, clock: Clock) {
        self.pool = pool
        self.pages = pages
        self.clock = clock
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let access = RouteAccess.requires(Action.viewDTKSReports)
        routes.get("/dtks/laporan", access: access) { request, context in
            let (from, to, report) = try load(request, context)
            return try pages.render("dtks/laporan", title: "Laporan usulan DTKS", ReportView(from: from, to: to, report: report), context: context)
        }
        routes.get("/dtks/laporan/rekap.csv", access: access) { request, context in
            let (from, to, report) = try load(request, context)
            let view = ReportView(from: from, to: to, report: report)
            let records = [view.titles] + view.rows.map(\.cells) + [view.totalCells]
            return .download(
                CSVWriter.encode(records, byteOrderMark: true), filename: "rekap-usulan-dtks-\(from.iso)-\(to.iso).csv",
                contentType: "text/csv; charset=utf-8")
        }
    }

    private func load(_ request: Request, _ context: RequestContext) throws -> (CalendarDate, CalendarDate, ProposalReport) {
        let user = try context.signedInUser()
        let query = try request.queryParameters()
        let timeZone = pages.settings.current.timeZone
        let today = CalendarDate(clock.now, timeZone: timeZone)
        let from = query["awal"].flatMap(CalendarDate.init(iso:)) ?? CalendarDate(year: today.year, month: 1, day: 1) ?? today
        let to = query["akhir"].flatMap(CalendarDate.init(iso:)) ?? today
        let report = try pool.read { try ProposalReport.load(from: from, to: to, timeZone: timeZone, scope: user.scope, in: $0) }
        return (from, to, report)
    }
}

/// The model of `dtks/laporan`.
struct ReportView: Encodable {
    struct Row: Encodable {
        let cells: [String]
    }

    struct Stage: Encodable {
        let label: String
        let count: String
        let share: String
    }

    let from: String
    let to: String
    let period: String
    let titles: [String]
    let rows: [Row]
    let hasRows: Bool
    let totalCells: [String]
    let funnel: [Stage]
    let query: String

    init(from: CalendarDate, to: CalendarDate, report: ProposalReport) {
        self.from = from.iso
        self.to = to.iso
        period = "\(from.indonesian) – \(to.indonesian)"
        let states = ProposalState.allCases
        titles = ["Kode", "Kalurahan", "Kapanewon"] + states.map(\.label) + ["Jumlah"]
        rows = report.rows.map { row in
            Row(cells: [row.areaCode, row.areaName, row.kecamatanName] + states.map { String(row.counts[$0] ?? 0) } + [String(row.total)])
        }
        hasRows = !rows.isEmpty
        let totals = report.totals
        totalCells = ["", "Jumlah", ""] + states.map { String(totals[$0] ?? 0) } + [String(totals.values.reduce(0, +))]
        let f = report.funnel
        func share(_ count: Int) -> String { f.proposed == 0 ? "—" : "\(count * 100 / f.proposed)%" }
        funnel = [
            ("Diusulkan", f.proposed), ("Layak", f.eligible), ("Padan", f.matched), ("Difinalisasi", f.finalised), ("Ber-ID DTKS", f.registered),
        ].map { Stage(label: $0.0, count: IndonesianFormat.number($0.1), share: share($0.1)) }
        query = "awal=\(from.iso)&akhir=\(to.iso)"
    }
}
