import Core
import Database
import HTTPServer
import Web

/// The audit browser: `GET /audit` (filtered, sorted, paged) and `GET /audit/:id` (one row in
/// full). Both need `Action.viewAudit` (admin, kasi).
struct AuditController: RouteCollection {
    static let pageSize = 50

    let pages: PageRenderer
    let pool: DatabasePool
    let settings: SettingsCache

    init(environment: AppEnvironment) {
        pages = environment.pages
        pool = environment.pool
        settings = environment.settings
    }

    /// The columns of the list, in order; four of them sort.
    static let columns = [
        TableColumn("Waktu", sort: AuditStore.Sort.time),
        TableColumn("Pengguna", sort: AuditStore.Sort.user),
        TableColumn("Peran"),
        TableColumn("Aksi", sort: AuditStore.Sort.action),
        TableColumn("Entitas", sort: AuditStore.Sort.entity),
        TableColumn("Wilayah"),
        TableColumn("Alamat"),
    ]

    func addRoutes(to routes: inout RouteBuilder) {
        let access = RouteAccess.requires(Action.viewAudit)
        routes.get("/audit", access: access) { request, context in try list(request, context) }
        routes.get("/audit/:id", access: access) { _, context in try show(context) }
    }

    /// The deployment's time zone: dates typed in the filters and times shown are read in it.
    private func timeZone() -> String { settings.current.timeZone }

    private func list(_ request: Request, _ context: RequestContext) throws -> Response {
        let query = try request.queryParameters()
        let form = AuditFilterForm(query)
        let sort = TableSort(
            columns: Self.columns, default: AuditStore.Sort.time, sort: query[TableSort.keyParameter],
            direction: query[TableSort.directionParameter])
        let paging = Paging(page: Int(query["halaman"] ?? "") ?? 1, pageSize: Self.pageSize)
        let zone = timeZone()
        let words = settings.current
        let view = try pool.read { db -> AuditListView in
            let actions = try AuditStore.actions(in: db)
            let entities = try AuditStore.entities(in: db)
            let (filter, problems) = try form.validated(actions: actions, entities: entities, timeZone: zone, in: db)
            let fields = form.fields(actions: actions, entities: entities, problems: problems)
            let head = sort.head(keeping: form.parameters)
            guard problems.isEmpty else { return AuditListView(filters: fields, head: head, rows: [], pager: nil) }
            let (records, total) = try AuditStore.list(filter, sort: sort, paging: paging, in: db)
            let names = try AuditRowText.areaNames(records.map(\.areaCode), words: words, in: db)
            return AuditListView(
                filters: fields, head: head,
                rows: records.map { AuditListView.row($0, timeZone: zone, areaNames: names) },
                pager: paging.pager(total: total, query: QueryString.encode(form.parameters + sort.parameters)))
        }
        return try pages.render("audit/daftar", title: "Jejak Audit", view, context: context)
    }

    private func show(_ context: RequestContext) throws -> Response {
        let id = try context.parameters.require("id", as: Int64.self)
        let words = settings.current
        let zone = timeZone()
        let view = try pool.read { db -> AuditDetailView? in
            guard let record = try AuditStore.find(id, in: db) else { return nil }
            let names = try AuditRowText.areaNames([record.areaCode], words: words, in: db)
            return AuditDetailView(record, timeZone: zone, areaNames: names)
        }
        guard let view else { throw HTTPError(.notFound) }
        return try pages.render("audit/rincian", title: "Catatan audit #\(id)", view, context: context)
    }
}
