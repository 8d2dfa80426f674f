package import Core
package import Database
import Foundation
import HTTPServer
package import Web

/// The indicator pages under `/sidamesra/indikator`: the versions, one set grouped by theme, and
/// for those who manage them copy-to-draft, the draft's edit forms and activation.
package struct IndicatorSetsController: RouteCollection {
    let pages: PageRenderer
    let pool: DatabasePool
    let service: IndicatorSetService

    package init(pages: PageRenderer, pool: DatabasePool, clock: Clock) {
        self.pages = pages
        self.pool = pool
        service = IndicatorSetService(pool: pool, clock: clock)
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let view = RouteAccess.requires(Action.viewIndicators)
        let manage = RouteAccess.requires(Action.manageIndicators)
        routes.get("/sidamesra/indikator", access: view) { _, context in try list(context) }
        routes.get("/sidamesra/indikator/:id", access: view) { _, context in try show(context) }
        routes.post("/sidamesra/indikator/:id/salin", access: manage) { request, context in try copy(request, &context) }
        routes.get("/sidamesra/indikator/:id/ubah", access: manage) { _, context in
            let set = try editableSet(context)
            return try renderMetadata(set, form: MetadataForm(set), problems: [:], conflict: false, context: context, status: .ok)
        }
        routes.post("/sidamesra/indikator/:id/ubah", access: manage) { request, context in
            try saveMetadata(request, &context)
        }
        routes.get("/sidamesra/indikator/:id/indikator/:indicator", access: manage) { _, context in
            let (set, indicator) = try editableIndicator(context)
            return try renderIndicator(
                set, indicator, form: IndicatorForm(indicator, version: set.version), problems: [:], conflict: false,
                context: context, status: .ok)
        }
        routes.post("/sidamesra/indikator/:id/indikator/:indicator", access: manage) { request, context in
            try saveIndicator(request, &context)
        }
        routes.get("/sidamesra/indikator/:id/kategori", access: manage) { _, context in
            let set = try editableSet(context)
            return try renderBands(set, form: BandsForm(set), problems: [:], conflict: false, context: context, status: .ok)
        }
        routes.post("/sidamesra/indikator/:id/kategori", access: manage) { request, context in
            try saveBands(request, &context)
        }
        routes.get("/sidamesra/indikator/:id/aktifkan", access: manage) { _, context in
            try renderActivation(try editableSet(context), context: context)
        }
        routes.post("/sidamesra/indikator/:id/aktifkan", access: manage) { request, context in
            try activate(request, &context)
        }
    }

    private func list(_ context: RequestContext) throws -> Response {
        let summaries = try pool.read(IndicatorSetStore.summaries)
        let view = IndicatorSetListView(
            rows: summaries.map(IndicatorSetListView.Row.init), canManage: context.currentUser?.may(Action.manageIndicators) ?? false)
        return try pages.render("sidamesra/indikator/daftar", title: "Indikator IKS", view, context: context)
    }

    private func show(_ context: RequestContext) throws -> Response {
        let set = try find(context)
        let canManage = context.currentUser?.may(Action.manageIndicators) ?? false
        let (activeName, outdated) = try pool.read { db in
            (
                try IndicatorSetStore.active(in: db)?.name,
                set.status == .active && canManage ? try Rescoring.outdatedCount(activeSetID: set.id, in: db) : 0
            )
        }
        var view = IndicatorSetPageView(
            set, canManage: canManage, activeName: activeName, timeZone: pages.settings.current.timeZone)
        view.outdatedScores = outdated > 0 ? IndonesianFormat.number(outdated) : nil
        return try pages.render("sidamesra/indikator/set", title: set.name, view, context: context)
    }

    private func copy(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let id = try context.parameters.require("id", as: Int64.self)
        let draft = try service.copyToDraft(id, by: actor)
        context.flash(.success, "Draf baru dibuat dari salinan set \(id). Ubah isinya, lalu aktifkan bila sudah benar.")
        return .redirect(to: "/sidamesra/indikator/\(draft.id)")
    }

    private func activate(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let id = try context.parameters.require("id", as: Int64.self)
        let fields = try request.urlEncodedForm()
        guard let version = fields["version"].flatMap({ Int($0) }) else { throw HTTPError(.badRequest) }
        do {
            let set = try service.activate(id, version: version, by: actor)
            context.flash(.success, "\(set.name) sekarang aktif; set sebelumnya tidak berlaku lagi.")
        } catch let error as IndicatorSetError {
            guard error != .notFound else { throw error }
            context.flash(.error, error.message)
        }
        return .redirect(to: "/sidamesra/indikator/\(id)")
    }

    func find(_ context: RequestContext) throws -> IndicatorSet {
        let id = try context.parameters.require("id", as: Int64.self)
        guard let set = try pool.read({ try IndicatorSetStore.find(id, in: $0) }) else {
            throw IndicatorSetError.notFound
        }
        return set
    }

    /// The set of the path when it is a draft; otherwise a 409 page saying why.
    func editableSet(_ context: RequestContext) throws -> IndicatorSet {
        let set = try find(context)
        guard set.status == .draft else { throw IndicatorSetError.notDraft(set.status) }
        return set
    }

    func editableIndicator(_ context: RequestContext) throws -> (IndicatorSet, Indicator) {
        let set = try editableSet(context)
        let indicatorID = try context.parameters.require("indicator", as: Int64.self)
        guard let indicator = set.indicator(id: indicatorID) else { throw IndicatorSetError.notFound }
        return (set, indicator)
    }

    static func actor(_ request: Request, _ context: RequestContext) throws -> Actor {
        guard let user = context.currentUser else { throw HTTPError(.forbidden) }
        return .user(user, address: request.remoteAddress, requestID: context.requestID)
    }
}
