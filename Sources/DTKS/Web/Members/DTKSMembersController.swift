package import Core
package import Database
import Documents
import Foundation
import HTTPServer
package import Web

/// The DTKS/DTSEN members list under `/dtks/anggota` with its CSV and XLSX exports. Everything
/// reads through the user's area scope; a registration without an area (a NIK the register does
/// not know) shows only to users who cover the whole deployment.
package struct DTKSMembersController: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let clock: Clock

    package init(pool: DatabasePool, pages: PageRenderer, clock: Clock) {
        self.pool = pool
        self.pages = pages
        self.clock = clock
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let view = RouteAccess.requires(Action.viewDTKSMembers)
        routes.get("/dtks/anggota", access: view) { request, context in try list(request, context) }
        routes.get("/dtks/anggota/ekspor.csv", access: view) { request, context in try exportCSV(request, context) }
        routes.get("/dtks/anggota/ekspor.xlsx", access: view) { request, context in try exportXLSX(request, context) }
    }

    private func list(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let query = try request.queryParameters()
        let requested = Paging(page: query["halaman"])
        let (choices, rows, total, paging, counts) = try pool.read { db in
            let choices = try MemberListChoices(query: query, scope: user.scope, in: db)
            let total = try DTKSMemberStore.count(choices.filter, scope: user.scope, in: db)
            let paging = requested.clamped(toTotal: total)
            let rows = try DTKSMemberStore.page(choices.filter, scope: user.scope, paging: paging, in: db)
            let counts = try DTKSMemberStore.desilCounts(choices.filter, scope: user.scope, in: db)
            return (choices, rows, total, paging, counts)
        }
        let view = MemberListView(
            choices: choices, rows: rows, pager: paging.pager(total: total, query: choices.query), desilCounts: counts,
            canImport: user.may(Action.importDTSEN), words: pages.settings.current)
        return try pages.render("dtks/anggota", title: "Peserta DTKS/DTSEN", view, context: context)
    }

    /// Resolves the filter and writes the audit row of the export.
    private func planExport(
        _ request: Request, _ context: RequestContext, format: String
    ) throws -> (MemberListChoices, CurrentUser, Bool) {
        let user = try context.signedInUser()
        let query = try request.queryParameters()
        let (choices, total) = try pool.read { db in
            let choices = try MemberListChoices(query: query, scope: user.scope, in: db)
            return (choices, try DTKSMemberStore.count(choices.filter, scope: user.scope, in: db))
        }
        let fullNumbers = user.may(Action.viewFullNIK)
        var changes = AuditChanges()
        changes.set("format", to: format)
        changes.set("filter", to: choices.query)
        changes.set("baris", to: String(total))
        changes.set("nomor_lengkap", to: fullNumbers ? "ya" : "tidak")
        let actor = Actor.user(user, address: request.remoteAddress, requestID: context.requestID)
        let entry = AuditEntry(
            action: "dtks.anggota.ekspor", entity: DTKSMembers.auditEntity, areaCode: choices.filter.areaCode ?? "",
            changes: changes)
        _ = try pool.write { db in try AuditLog.record(entry, by: actor, in: db, at: clock.now) }
        return (choices, user, fullNumbers)
    }

    private func filename(_ ext: String) -> String {
        "peserta-dtks-\(CalendarDate(clock.now, timeZone: pages.settings.current.timeZone).iso).\(ext)"
    }

    private func exportCSV(_ request: Request, _ context: RequestContext) throws -> Response {
        let (choices, user, fullNumbers) = try planExport(request, context, format: "csv")
        let source = MemberRowSource(pool: pool, filter: choices.filter, scope: user.scope)
        var writer = CSVWriter(delimiter: .comma, byteOrderMark: true)
        writer.write(MemberExport.columns.map(\.title))
        var finished = false
        return .download(filename: filename("csv"), contentType: "text/csv; charset=utf-8") {
            guard !finished else { return nil }
            for _ in 0..<500 {
                guard let row = try source.next() else {
                    finished = true
                    break
                }
                writer.write(MemberExport.fields(row, fullNumbers: fullNumbers))
            }
            let bytes = writer.takeBytes()
            return bytes.isEmpty && finished ? nil : bytes
        }
    }

    private func exportXLSX(_ request: Request, _ context: RequestContext) throws -> Response {
        let (choices, user, fullNumbers) = try planExport(request, context, format: "xlsx")
        let source = MemberRowSource(pool: pool, filter: choices.filter, scope: user.scope)
        let producer = XLSXChunkProducer(
            sheetName: "Peserta DTKS", columns: MemberExport.columns, options: XLSXSheetOptions(freezesHeader: true),
            timeZone: TimeZone(identifier: pages.settings.current.timeZone) ?? .current, created: clock.now
        ) {
            try source.next().map { MemberExport.cells($0, fullNumbers: fullNumbers) }
        }
        return .download(filename: filename("xlsx"), contentType: XLSXWriter.contentType) { try producer.nextChunk() }
    }

}
