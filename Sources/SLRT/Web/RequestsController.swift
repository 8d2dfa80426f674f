import Core
import Database
import Foundation
import HTTPServer
import Registry
package import Web

/// The SLRT front and back office pages: the queue `/slrt`, a new request, the request page with
/// its workflow buttons, the document files, the kasi's exception.
package struct RequestsController: RouteCollection {
    let slrt: SLRTPages

    package init(_ slrt: SLRTPages) {
        self.slrt = slrt
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let view = RouteAccess.requires(Action.slrtView)
        let frontOffice = RouteAccess.requires(Action.slrtFrontOffice)
        routes.get("/slrt", access: view) { request, context in try queue(request, context) }
        routes.get("/slrt/permohonan/baru", access: frontOffice) { request, context in try newForm(request, context) }
        routes.post("/slrt/permohonan", access: frontOffice) { request, context in try create(request, &context) }
        routes.get("/slrt/permohonan/:id", access: view) { _, context in try show(context) }
        routes.post("/slrt/permohonan/:id/berkas", access: frontOffice) { request, context in
            try updateDetails(request, &context)
        }
        routes.get("/slrt/permohonan/:id/berkas/:file", access: view) { request, context in try file(request, context) }
        routes.post("/slrt/permohonan/:id/langkah/:step", access: view) { request, context in try move(request, &context) }
        routes.post("/slrt/permohonan/:id/pengecualian", access: .requires(Action.slrtDecide)) { request, context in
            try override(request, &context)
        }
    }

    private func queue(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let query = try request.queryParameters()
        let now = slrt.clock.now
        let sla = WorkflowSLA(SLRTWorkflow.definition, settings: slrt.settings.current)
        var filter = RequestFilter(
            state: query["status"].flatMap(RequestState.init(rawValue:)),
            letterType: query["jenis"].flatMap(LetterType.init(rawValue:)), search: query["q"] ?? "",
            personID: query["pemohon"].flatMap { Int64($0) }, overdueOnly: query["terlambat"] == "1")
        for state in RequestState.allCases {
            guard let standard = sla.standardMinutes(of: state.rawValue) else { continue }
            filter.overdueSince[state] = sla.calendar.instant(workingMinutes: standard, before: now)
        }
        let paging = Paging(page: query["halaman"])
        let counts = try slrt.pool.read { try WorkflowQueues.counts(workflow: SLRTWorkflow.kind, scope: user.scope, in: $0) }
        let (rows, total) = try slrt.pool.read { try RequestStore.list(filter, in: user.scope, paging: paging, db: $0) }
        let view = RequestQueueView(
            filter: filter, rows: rows, total: total, counts: counts, paging: paging.clamped(toTotal: total), sla: sla, now: now,
            timeZone: slrt.settings.current.timeZone, user: user)
        return try slrt.pages.render("slrt/daftar", title: "Layanan SLRT", view, context: context)
    }

    private func newForm(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let query = try request.queryParameters()
        let type = query["jenis"].flatMap(LetterType.init(rawValue:))
        let nik = (query["nik"] ?? "").filter(\.isASCIIDigit)
        let input = RequestInput(letterType: type, nik: nik, purpose: [:], documents: [])
        return try renderForm(input, errors: [:], user: user, context: context, status: .ok)
    }

    private func renderForm(
        _ input: RequestInput, errors: [String: String], user: CurrentUser, context: RequestContext, status: HTTPStatus
    ) throws -> Response {
        let applicant: NewRequestView.Applicant? = try slrt.pool.read { db in
            guard input.nik.count == 16, let found = try PersonStore.find(nik: input.nik, in: db) else { return nil }
            guard user.scope.contains(found.areaCode) else { return NewRequestView.Applicant(name: "", outside: true) }
            return NewRequestView.Applicant(name: found.person.name, outside: false)
        }
        let areas = try slrt.pool.read { try AreaStore.all(level: .desa, in: $0) }.filter { user.scope.contains($0.code) }
        let view = NewRequestView(
            input: input, errors: errors, applicant: applicant, desaOptions: areas, settings: slrt.settings.current)
        return try slrt.pages.render("slrt/baru", title: "Permohonan layanan baru", view, context: context, status: status)
    }

    private func create(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let form = try request.formData()
        let type = form["jenis"].flatMap(LetterType.init(rawValue:))
        var input = RequestInput(
            letterType: type, nik: (form["nik"] ?? "").filter(\.isASCIIDigit),
            purpose: Self.purpose(form.fields, type: type), documents: form.fields.all("berkas"))
        if form["daftar"] == "1" { input.registration = NewRequestView.registration(form.fields) }
        var errors: [String: String] = [:]
        let uploads = Self.uploads(form, type: type, errors: &errors)
        guard errors.isEmpty else {
            return try renderForm(input, errors: errors, user: user, context: context, status: .unprocessableContent)
        }
        do {
            let created = try slrt.requests.create(input, uploads: uploads, by: request.slrtActor(user, context), scope: user.scope)
            context.flash(.success, "Permohonan #\(created.id) \(created.letterType.shortLabel) untuk \(created.applicantName) diterima.")
            return .redirect(to: "/slrt/permohonan/\(created.id)")
        } catch let error as RequestError {
            guard case .invalid(let fields) = error else { throw error }
            return try renderForm(input, errors: fields, user: user, context: context, status: .unprocessableContent)
        }
    }

    private func show(_ context: RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let id = try context.slrtID()
        let now = slrt.clock.now
        let page = try slrt.pool.read { db -> RequestPageView? in
            guard let request = try RequestStore.find(id, in: user.scope, db: db) else { return nil }
            let files = try request.letterType.requiredDocuments.map { document in
                (document, try slrt.attachments.attachments(of: RequestService.owner(request: id, document: document.key), in: db))
            }
            let events = try WorkflowHistory.events(workflow: SLRTWorkflow.kind, itemID: id, in: db)
            let rules = try SLRTSettingsStore.load(in: db).settings
            return RequestPageView(
                request: request, files: files, letter: try LetterStore.find(request: id, in: db),
                timings: WorkflowSLA(SLRTWorkflow.definition, settings: slrt.settings.current).timings(events, now: now),
                events: events, rule: rules.rule(request.letterType), user: user, timeZone: slrt.settings.current.timeZone)
        }
        guard let page else { throw RequestError.notFound }
        return try slrt.pages.render("slrt/permohonan", title: "Permohonan #\(id) · \(page.typeLabel)", page, context: context)
    }

    private func updateDetails(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let id = try context.slrtID()
        let form = try request.formData()
        let current = try slrt.requests.request(id, scope: user.scope)
        var errors: [String: String] = [:]
        let uploads = Self.uploads(form, type: current.letterType, errors: &errors)
        guard errors.isEmpty else { throw RequestError.invalid(errors) }
        _ = try slrt.requests.updateDetails(
            id, purpose: Self.purpose(form.fields, type: current.letterType), documents: form.fields.all("berkas"),
            uploads: uploads, version: Int(form["versi"] ?? "") ?? -1, by: request.slrtActor(user, context),
            scope: user.scope)
        context.flash(.success, "Berkas permohonan tersimpan.")
        return .redirect(to: "/slrt/permohonan/\(id)")
    }

    private func file(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let id = try context.slrtID()
        let fileID = try context.slrtID("file")
        _ = try slrt.requests.request(id, scope: user.scope)
        guard let contents = try slrt.attachments.open(fileID), contents.attachment.owner.entity == RequestService.attachmentEntity,
            contents.attachment.owner.id.hasPrefix("\(id)/")
        else { throw RequestError.notFound }
        return contents.response(to: request)
    }

    private func move(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let id = try context.slrtID()
        let step = try context.parameters.require("step", as: String.self)
        guard let transition = SLRTWorkflow.definition.transition(named: step) else { throw RequestError.notFound }
        guard user.may(transition.action) else { throw HTTPError(.forbidden) }
        let form = try request.urlEncodedForm()
        do {
            let after = try slrt.requests.move(
                id, transition: step, note: form["catatan"] ?? "", version: Int(form["versi"] ?? "") ?? -1,
                by: request.slrtActor(user, context), scope: user.scope)
            context.flash(.success, "\(transition.label): permohonan kini \(after.state.label.lowercased()).")
        } catch let error as RequestError {
            switch error {
            case .invalid, .refused, .changed:
                context.flash(.error, error.publicMessage ?? "Langkah tidak dapat dilakukan.")
            case .notFound, .notPermitted:
                throw error
            }
        }
        return .redirect(to: "/slrt/permohonan/\(id)")
    }

    private func override(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let id = try context.slrtID()
        let form = try request.urlEncodedForm()
        do {
            _ = try slrt.requests.override(
                id, reason: form["alasan"] ?? "", version: Int(form["versi"] ?? "") ?? -1,
                by: request.slrtActor(user, context), scope: user.scope)
            context.flash(.success, "Pengecualian tercatat: permohonan dapat direkomendasikan.")
        } catch let error as RequestError {
            guard case .notFound = error else {
                context.flash(.error, error.publicMessage ?? "Pengecualian tidak dapat dicatat.")
                return .redirect(to: "/slrt/permohonan/\(id)")
            }
            throw error
        }
        return .redirect(to: "/slrt/permohonan/\(id)")
    }

    /// The purpose inputs `tujuan.<key>` of `type`.
    static func purpose(_ fields: FormFields, type: LetterType?) -> [String: String] {
        var purpose: [String: String] = [:]
        for field in type?.purposeFields ?? [] { purpose[field.key] = fields["tujuan." + field.key] ?? "" }
        return purpose
    }

    /// The checked files `file.<key>` of the type's documents; a file that breaks its rule is an error on its input.
    static func uploads(_ form: FormData, type: LetterType?, errors: inout [String: String]) -> [String: CheckedUpload] {
        var uploads: [String: CheckedUpload] = [:]
        for document in type?.requiredDocuments ?? [] {
            guard let file = form.file("file." + document.key), file.size > 0 else { continue }
            do {
                uploads[document.key] = try AttachmentService.check(AttachmentUpload(file), kind: .document)
            } catch {
                errors["file." + document.key] = error.message
            }
        }
        return uploads
    }
}
