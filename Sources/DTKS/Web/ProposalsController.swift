package import Core
package import Database
import Foundation
import HTTPServer
import Registry
package import Web

/// The proposal pages under `/dtks/usulan`: the queue, the proposal form (SOP step 1), the
/// proposal page with the form of each step the user may take, and its documents. Every lookup
/// goes through the user's area scope (an id outside it is a 404); the workflow engine refuses a
/// step the user's role may not take (403) or the state does not allow (409).
package struct ProposalsController: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let settings: SettingsCache
    let clock: Clock
    let service: ProposalService

    /// Documents and photos: five files of at most 5 MB each, plus the form.
    static let maxBody = 26 * 1_048_576

    package init(pool: DatabasePool, pages: PageRenderer, settings: SettingsCache, clock: Clock, attachments: AttachmentService) {
        self.pool = pool
        self.pages = pages
        self.settings = settings
        self.clock = clock
        service = ProposalService(pool: pool, clock: clock, attachments: attachments)
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let view = RouteAccess.requires(Action.viewDTKSProposals)
        let propose = RouteAccess.requires(Action.proposeDTKS)
        routes.get("/dtks/usulan", access: view) { request, context in try list(request, context) }
        routes.get("/dtks/usulan/baru", access: propose) { request, context in try newForm(request, context) }
        routes.post("/dtks/usulan/baru", access: propose, bodyLimit: Self.maxBody) { request, context in
            try create(request, &context)
        }
        routes.get("/dtks/usulan/:id", access: view) { _, context in try page(context, form: nil) }
        routes.post("/dtks/usulan/:id/langkah", access: view, bodyLimit: Self.maxBody) { request, context in
            try step(request, &context)
        }
        routes.get("/dtks/usulan/:id/lampiran/:lampiran", access: view) { request, context in try document(request, context) }
    }

    private func list(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let query = try request.queryParameters()
        let state = query["status"].flatMap(ProposalState.init(rawValue:))
        let requested = Paging(page: query["halaman"])
        let (areas, filter, total, paging, rows) = try pool.read { db in
            let areas = try (AreaStore.all(level: .kecamatan, in: db) + AreaStore.all(level: .desa, in: db))
                .filter { user.scope.contains($0.code) }.sorted { $0.code < $1.code }
            let area = query["wilayah"].flatMap { code in areas.contains { $0.code == code } ? code : nil }
            let filter = ProposalList.Filter(state: state, areaCode: area)
            let total = try ProposalList.count(filter, scope: user.scope, in: db)
            let paging = requested.clamped(toTotal: total)
            return (areas, filter, total, paging, try ProposalList.page(filter, scope: user.scope, paging: paging, in: db))
        }
        let view = ProposalListView(
            rows: rows, areas: areas, filter: filter, total: total, paging: paging, user: user,
            sla: WorkflowSLA(ProposalWorkflow.definition, settings: settings.current), now: clock.now,
            timeZone: settings.current.timeZone)
        return try pages.render("dtks/usulan-daftar", title: "Usulan DTKS", view, context: context)
    }

    private func newForm(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let query = try request.queryParameters()
        var form = ProposalForm()
        form.householdID = query["keluarga"].flatMap { Int64($0) }
        let search = (query["cari"] ?? "").trimmingCharacters(in: .whitespaces)
        return try renderForm(form, search: search, user: user, context: context, status: .ok)
    }

    private func renderForm(
        _ form: ProposalForm, search: String, user: CurrentUser, context: RequestContext, status: HTTPStatus
    ) throws -> Response {
        let (household, head, found) = try pool.read { db -> (Household?, Person?, [ProposalFormView.Found]) in
            var found: [ProposalFormView.Found] = []
            let digits = IdentityNumberText.normalized(search)
            if digits.count == 16 {
                if let household = try HouseholdStore.findActive(noKK: digits, in: db), user.scope.contains(household.areaCode) {
                    found.append(.init(id: household.id, text: "No KK \(household.maskedNoKK), \(household.address)"))
                } else if let person = try PersonStore.find(nik: digits, in: db), user.scope.contains(person.areaCode) {
                    found.append(.init(id: person.person.householdID, text: "Keluarga dari \(person.person.name)"))
                }
            }
            guard let id = form.householdID, let household = try HouseholdStore.find(id, in: user.scope, db: db) else {
                return (nil, nil, found)
            }
            let head = try PersonStore.members(of: id, in: db).first { $0.status == .alive }
            return (household, head, found)
        }
        let view = ProposalFormView(form: form, household: household, head: head, search: search, found: found)
        return try pages.render("dtks/usulan-baru", title: "Usulan DTKS baru", view, context: context, status: status)
    }

    private func create(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let actor = try DTKSWeb.actor(request, context)
        let data = try request.formData()
        var form = ProposalForm(data.fields)
        do {
            let new = try form.proposal()
            let documents = try ProposalForm.documents(data.files("dokumen"))
            let id = try service.propose(new, documents: documents, by: actor, scope: user.scope)
            context.flash(.success, "Usulan #\(id) tersimpan.")
            return .redirect(to: "/dtks/usulan/\(id)")
        } catch let error as ProposalError {
            guard case .invalid(let field, let message) = error else { throw error }
            form.errors[field] = message
        } catch let error as AttachmentError where error.isFieldError {
            form.errors["dokumen"] = error.message
        }
        return try renderForm(form, search: "", user: user, context: context, status: .unprocessableContent)
    }

    func page(_ context: RequestContext, form: StepForm?, status: HTTPStatus = .ok) throws -> Response {
        let user = try context.signedInUser()
        let id = try DTKSWeb.id(context)
        guard let detail = try pool.read({ try ProposalDetail.load(id, scope: user.scope, attachments: service.attachments, in: $0) })
        else { throw ProposalError.notFound }
        let sla = WorkflowSLA(ProposalWorkflow.definition, settings: settings.current)
        let view = ProposalPageView(
            detail, user: user, form: form ?? StepForm(), sla: sla, now: clock.now, timeZone: settings.current.timeZone)
        return try pages.render("dtks/usulan", title: "Usulan DTKS #\(id)", view, context: context, status: status)
    }

    private func step(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let actor = try DTKSWeb.actor(request, context)
        let id = try DTKSWeb.id(context)
        let data = try request.formData()
        var form = StepForm(data.fields)
        do {
            let message = try form.perform(id, files: data, service: service, by: actor, scope: user.scope)
            context.flash(.success, message)
            return .redirect(to: "/dtks/usulan/\(id)")
        } catch let error as ProposalError {
            guard case .invalid(let field, let message) = error else { throw error }
            form.errors[field.isEmpty ? "langkah" : field] = message
        } catch let error as AttachmentError where error.isFieldError {
            form.errors["foto"] = error.message
        }
        return try page(context, form: form, status: .unprocessableContent)
    }

    private func document(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let id = try DTKSWeb.id(context)
        let attachmentID = try context.parameters.require("lampiran", as: Int64.self)
        guard try pool.read({ try ProposalStore.find(id, scope: user.scope, in: $0) }) != nil,
            let contents = try service.attachments.open(attachmentID), contents.attachment.owner == ProposalService.owner(id)
        else { throw ProposalError.notFound }
        return contents.response(to: request)
    }
}
