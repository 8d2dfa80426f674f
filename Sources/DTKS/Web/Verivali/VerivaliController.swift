package import Core
package import Database
import Documents
import Foundation
import HTTPServer
package import Web

/// Verivali rounds under `/dtks/verivali`: the list, opening a round (`Action.manageVerivali`),
/// the round page where field officers record results (`Action.recordVerivali`), closing it
/// (applies the results), and the report per kalurahan as a print view and XLSX. Every round and
/// entry is read through the user's area scope.
package struct VerivaliController: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let service: VerivaliService

    package init(pool: DatabasePool, pages: PageRenderer, clock: Clock) {
        self.pool = pool
        self.pages = pages
        service = VerivaliService(pool: pool, clock: clock, settings: pages.settings)
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let view = RouteAccess.requires(Action.viewVerivali)
        let manage = RouteAccess.requires(Action.manageVerivali)
        routes.get("/dtks/verivali", access: view) { _, context in try list(context) }
        routes.get("/dtks/verivali/baru", access: manage) { _, context in
            try newRound(name: "", day: service.today.iso, chosen: [], errors: [:], context: context, status: .ok)
        }
        routes.post("/dtks/verivali/baru", access: manage) { request, context in try open(request, &context) }
        routes.get("/dtks/verivali/:id", access: view) { request, context in try roundPage(request, context) }
        routes.post("/dtks/verivali/:id/hasil", access: .requires(Action.recordVerivali)) { request, context in
            try record(request, &context)
        }
        routes.post("/dtks/verivali/:id/tutup", access: manage) { request, context in try close(request, &context) }
        routes.get("/dtks/verivali/:id/laporan", access: view) { _, context in try report(context) }
        routes.get("/dtks/verivali/:id/laporan.xlsx", access: view) { _, context in try reportXLSX(context) }
    }

    private func list(_ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let (rounds, names) = try pool.read { db in
            let rounds = try VerivaliStore.rounds(in: user.scope, db: db)
            return (rounds, try Self.areaNames(rounds.flatMap(\.areaCodes), in: db))
        }
        return try pages.render(
            "dtks/verivali-daftar", title: "Verivali DTKS",
            VerivaliListView(rounds: rounds, names: names, canManage: user.may(Action.manageVerivali)), context: context)
    }

    private func newRound(
        name: String, day: String, chosen: Set<String>, errors: [String: String], context: RequestContext,
        status: HTTPStatus
    ) throws -> Response {
        let user = try context.signedInUser()
        let desa = try pool.read { try AreaStore.all(level: .desa, in: $0) }.filter { user.scope.contains($0.code) }
        return try pages.render(
            "dtks/verivali-baru", title: "Putaran verivali baru",
            VerivaliNewView(name: name, day: day, chosen: chosen, desa: desa, errors: errors), context: context, status: status)
    }

    private func open(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let form = try request.urlEncodedForm()
        let name = form["nama"] ?? ""
        let day = form["tanggal"] ?? ""
        let codes = form.all("wilayah")
        do {
            let id = try service.open(name: name, on: day, areaCodes: codes, by: actor, scope: user.scope)
            context.flash(.success, "Putaran verivali \(name) dibuka.")
            return .redirect(to: "/dtks/verivali/\(id)")
        } catch VerivaliError.invalid(let errors) {
            return try newRound(
                name: name, day: day, chosen: Set(codes), errors: errors, context: context, status: .unprocessableContent)
        }
    }

    /// Households shown per page of the round page (the report shows them all).
    static let entriesPerPage = 50

    private func loadRound(_ context: RequestContext, areaCode: String?, page: String? = nil, paged: Bool = false) throws
        -> VerivaliRoundView
    {
        let user = try context.signedInUser()
        let id = try context.parameters.require("id", as: Int64.self)
        let words = pages.settings.current
        let today = service.today
        return try pool.read { db in
            guard let round = try VerivaliStore.round(id, in: user.scope, db: db) else { throw VerivaliError.notFound }
            let summary = try VerivaliStore.summary(of: id, in: user.scope, db: db)
            let area = areaCode.flatMap { code in summary.contains { $0.areaCode == code } ? code : nil }
            var pager: Pager?
            var paging: Paging?
            if paged {
                let total = try VerivaliStore.entryCount(of: id, areaCode: area, in: user.scope, db: db)
                let clamped = Paging(page: Int(page ?? "") ?? 1, pageSize: Self.entriesPerPage).clamped(toTotal: total)
                paging = clamped
                pager = clamped.pager(total: total, query: area.map { "wilayah=\($0)" } ?? "")
            }
            let entries = try VerivaliStore.entries(of: id, areaCode: area, in: user.scope, paging: paging, db: db)
            return VerivaliRoundView(
                round: round, summary: summary, entries: entries, pager: pager, names: try Self.areaNames(round.areaCodes, in: db),
                areaCode: area, canRecord: user.may(Action.recordVerivali),
                canClose: user.may(Action.manageVerivali) && round.areaCodes.allSatisfy(user.scope.contains),
                words: words, today: today)
        }
    }

    private func roundPage(_ request: Request, _ context: RequestContext) throws -> Response {
        let query = try request.queryParameters()
        let view = try loadRound(context, areaCode: query["wilayah"], page: query["halaman"], paged: true)
        return try pages.render("dtks/verivali", title: "Verivali: \(view.name)", view, context: context)
    }

    private func record(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let id = try context.parameters.require("id", as: Int64.self)
        let form = try request.urlEncodedForm()
        let area = form["wilayah"].flatMap { $0.isEmpty ? nil : $0 }
        var kept: [String] = []
        if let area { kept.append("wilayah=\(area)") }
        if let page = form["halaman"].flatMap(Int.init), page > 1 { kept.append("halaman=\(page)") }
        let back = "/dtks/verivali/\(id)" + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
        var recordings: [VerivaliService.Recording] = []
        for text in form.all("entri") {
            guard let entryID = Int64(text) else { throw HTTPError(.badRequest) }
            let code = form["hasil-\(entryID)"] ?? ""
            let result = Int(code).flatMap(VerivaliResult.init(rawValue:))
            guard code.isEmpty || result != nil else { throw HTTPError(.badRequest) }
            let day = (form["tanggal-\(entryID)"] ?? "").trimmingCharacters(in: .whitespaces)
            let visited = CalendarDate(iso: day)
            guard day.isEmpty || visited != nil else {
                context.flash(.error, "Tanggal kunjungan \(day) tidak sah (tttt-bb-hh); tidak ada yang disimpan.")
                return .redirect(to: back)
            }
            recordings.append(.init(
                entryID: entryID, result: result, note: form["catatan-\(entryID)"] ?? "", visitedOn: visited))
        }
        do {
            let changed = try service.record(recordings, in: id, by: actor, scope: user.scope)
            context.flash(.success, "\(changed) hasil kunjungan disimpan.")
        } catch VerivaliError.invalid(let errors) {
            context.flash(.error, errors.values.sorted().joined(separator: " "))
        }
        return .redirect(to: back)
    }

    private func close(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let id = try context.parameters.require("id", as: Int64.self)
        do {
            let counts = try service.close(id, by: actor, scope: user.scope)
            let ended = counts.filter { $0.key.endsRegistration }.map(\.value).reduce(0, +)
            context.flash(
                .success, "Putaran ditutup: \(counts[.verified] ?? 0) keluarga tetap terdaftar, \(ended) keluarga dinonaktifkan.")
        } catch let error as VerivaliError {
            guard case .notFound = error else {
                context.flash(.error, error.message)
                return .redirect(to: "/dtks/verivali/\(id)")
            }
            throw error
        }
        return .redirect(to: "/dtks/verivali/\(id)")
    }

    private func report(_ context: RequestContext) throws -> Response {
        let view = try loadRound(context, areaCode: nil)
        return try pages.render("dtks/verivali-laporan", title: "Laporan verivali: \(view.name)", view, context: context)
    }

    private func reportXLSX(_ context: RequestContext) throws -> Response {
        let view = try loadRound(context, areaCode: nil)
        let settings = pages.settings.current
        var bytes: [UInt8] = []
        let writer = XLSXWriter(
            sink: ByteSink { bytes += $0 }, timeZone: TimeZone(identifier: settings.timeZone) ?? .current, created: service.clock.now)
        let codeColumns = VerivaliResult.allCases.map { XLSXColumn("Kode \($0.rawValue)", width: 9) }
        try writer.startSheet(
            named: "Rekap",
            columns: [XLSXColumn("Kode Kalurahan", width: 15), XLSXColumn("Kalurahan", width: 22), XLSXColumn("Keluarga", width: 10)]
                + codeColumns + [XLSXColumn("Belum diisi", width: 11)])
        for line in view.summary + [view.total] {
            try writer.addRow(
                [.text(line.code), .text(line.name), .integer(line.households)] + line.counts.map { .integer($0) }
                    + [.integer(line.unrecorded)])
        }
        try writer.startSheet(
            named: "Rincian",
            columns: [
                XLSXColumn("Kalurahan", width: 22), XLSXColumn("No KK", width: 19), XLSXColumn("Kepala Keluarga", width: 28),
                XLSXColumn("Hasil", width: 40), XLSXColumn("Tanggal Kunjungan", width: 16), XLSXColumn("Catatan", width: 40),
            ])
        for entry in view.entries {
            try writer.addRow([
                .text(entry.areaName), .text(entry.noKK), .text(entry.headName), .text(entry.result), .text(entry.visitedOn),
                .text(entry.note),
            ])
        }
        try writer.finish()
        return .download(bytes, filename: "verivali-\(view.id).xlsx", contentType: XLSXWriter.contentType)
    }

    private static func areaNames(_ codes: [String], in db: Connection) throws -> [String: String] {
        Dictionary(try AreaStore.areas(Array(Set(codes)), in: db).map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    static func actor(_ request: Request, _ context: RequestContext) throws -> (CurrentUser, Actor) {
        let user = try context.signedInUser()
        return (user, .user(user, address: request.remoteAddress, requestID: context.requestID))
    }
}
