import Core
import Database
import Foundation
import HTTPServer
package import Web

/// Complaints (pengaduan): list, new complaint, the complaint page with follow-up and closing.
package struct ComplaintsController: RouteCollection {
    let slrt: SLRTPages

    package init(_ slrt: SLRTPages) {
        self.slrt = slrt
    }

    var service: ComplaintService { ComplaintService(pool: slrt.pool, clock: slrt.clock, settings: slrt.settings) }

    package func addRoutes(to routes: inout RouteBuilder) {
        let view = RouteAccess.requires(Action.slrtView)
        let work = RouteAccess.requires(Action.slrtComplaints)
        routes.get("/slrt/pengaduan", access: view) { request, context in try list(request, context) }
        routes.get("/slrt/pengaduan/baru", access: work) { _, context in
            try form(ComplaintInput(complainant: "", contact: "", areaCode: "", subject: "", category: "", description: ""),
                     errors: [:], context: context, status: .ok)
        }
        routes.post("/slrt/pengaduan", access: work) { request, context in try create(request, &context) }
        routes.get("/slrt/pengaduan/:id", access: view) { _, context in try show(context) }
        routes.post("/slrt/pengaduan/:id/langkah/:step", access: work) { request, context in try move(request, &context) }
    }

    private func list(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let query = try request.queryParameters()
        let state = query["status"].flatMap(ComplaintState.init(rawValue:))
        let paging = Paging(page: query["halaman"])
        let (rows, total) = try service.list(state: state, scope: user.scope, paging: paging)
        let view = ComplaintListView(
            rows: rows.map {
                ComplaintListView.Row(
                    id: $0.id, receivedOn: CalendarDate(iso: $0.receivedOn)?.indonesian ?? $0.receivedOn,
                    complainant: $0.complainant, subject: $0.subject, category: $0.category,
                    badge: ReferralListView.Badge(tone: $0.state.badge, label: $0.state.label))
            },
            filter: FormField(
                name: "status", label: "Status", value: state?.rawValue ?? "", type: "select",
                options: FormField.Option.list(ComplaintState.allCases, label: \.label, selected: state?.rawValue ?? "", empty: "Semua")),
            pager: paging.clamped(toTotal: total).pager(total: total, query: state.map { "status=" + $0.rawValue } ?? ""),
            canCreate: user.may(Action.slrtComplaints))
        return try slrt.pages.render("slrt/pengaduan-daftar", title: "Pengaduan", view, context: context)
    }

    private func form(_ input: ComplaintInput, errors: [String: String], context: RequestContext, status: HTTPStatus) throws -> Response {
        let settings = try slrt.slrtSettings()
        let fields = [
            FormField(name: "pengadu", label: "Nama pengadu", value: input.complainant, required: true, error: errors["pengadu"]),
            FormField(name: "kontak", label: "Kontak (telepon/alamat)", value: input.contact),
            FormField(name: "wilayah", label: "Kode wilayah (bila ada)", value: input.areaCode, error: errors["wilayah"]),
            FormField(name: "perihal", label: "Perihal", value: input.subject, required: true, error: errors["perihal"]),
            FormField(
                name: "kategori", label: "Kategori", value: input.category, type: "select", required: true, error: errors["kategori"],
                options: [FormField.Option(value: "", label: "Pilih kategori", selected: input.category.isEmpty)]
                    + settings.complaintCategories.map { FormField.Option(value: $0, label: $0, selected: $0 == input.category) }),
            FormField(name: "uraian", label: "Uraian", value: input.description, type: "textarea"),
        ]
        return try slrt.pages.render("slrt/pengaduan-baru", title: "Pengaduan baru", ComplaintFormView(fields: fields), context: context, status: status)
    }

    private func create(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let form = try request.urlEncodedForm()
        let input = ComplaintInput(
            complainant: form["pengadu"] ?? "", contact: form["kontak"] ?? "", areaCode: form["wilayah"] ?? "",
            subject: form["perihal"] ?? "", category: form["kategori"] ?? "", description: form["uraian"] ?? "")
        do {
            let complaint = try service.create(input, by: request.slrtActor(user, context), scope: user.scope)
            context.flash(.success, "Pengaduan #\(complaint.id) tercatat.")
            return .redirect(to: "/slrt/pengaduan/\(complaint.id)")
        } catch let error as RequestError {
            guard case .invalid(let errors) = error else { throw error }
            return try self.form(input, errors: errors, context: context, status: .unprocessableContent)
        }
    }

    private func show(_ context: RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let id = try context.slrtID()
        guard let complaint = try slrt.pool.read({ try service.find(id, scope: user.scope, in: $0) }) else {
            throw RequestError.notFound
        }
        let steps = ComplaintWorkflow.definition.available(from: complaint.state.rawValue, for: user.role)
        let view = ComplaintPageView(complaint: complaint, steps: steps)
        return try slrt.pages.render("slrt/pengaduan", title: "Pengaduan #\(id)", view, context: context)
    }

    private func move(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let id = try context.slrtID()
        let step = try context.parameters.require("step", as: String.self)
        let form = try request.urlEncodedForm()
        do {
            let after = try service.move(
                id, transition: step, note: form["catatan"] ?? "", version: Int(form["versi"] ?? "") ?? -1,
                by: request.slrtActor(user, context), scope: user.scope)
            context.flash(.success, "Pengaduan kini: \(after.state.label.lowercased()).")
        } catch let error as RequestError {
            guard case .notFound = error else {
                context.flash(.error, error.publicMessage ?? "Langkah tidak dapat dicatat.")
                return .redirect(to: "/slrt/pengaduan/\(id)")
            }
            throw error
        }
        return .redirect(to: "/slrt/pengaduan/\(id)")
    }
}
