import Core
import Database
import Foundation
import HTTPServer
package import Web

/// Referrals (rujukan) to partner agencies: list, new referral with its letter, the referral page
/// with the partner's feedback steps.
package struct ReferralsController: RouteCollection {
    let slrt: SLRTPages

    package init(_ slrt: SLRTPages) {
        self.slrt = slrt
    }

    var service: ReferralService {
        ReferralService(pool: slrt.pool, clock: slrt.clock, settings: slrt.settings, templates: slrt.templates)
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let view = RouteAccess.requires(Action.slrtView)
        let work = RouteAccess.requires(Action.slrtReferrals)
        routes.get("/slrt/rujukan", access: view) { request, context in try list(request, context) }
        routes.get("/slrt/rujukan/baru", access: work) { request, context in
            let user = try context.slrtUser()
            let query = try request.queryParameters()
            var nik = query["nik"] ?? ""
            // From a request's page: the applicant of that request (inside the user's areas).
            if nik.isEmpty, let id = query["permohonan"].flatMap({ Int64($0) }),
                let source = try slrt.pool.read({ try RequestStore.find(id, in: user.scope, db: $0) })
            {
                nik = source.applicantNIK
            }
            return try form(nik: nik, partner: "", need: "", requestID: query["permohonan"] ?? "",
                            errors: [:], context: context, status: .ok)
        }
        routes.post("/slrt/rujukan", access: work) { request, context in try create(request, &context) }
        routes.get("/slrt/rujukan/:id", access: view) { _, context in try show(context) }
        routes.post("/slrt/rujukan/:id/langkah/:step", access: work) { request, context in try move(request, &context) }
    }

    private func list(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let query = try request.queryParameters()
        let state = query["status"].flatMap(ReferralState.init(rawValue:))
        let paging = Paging(page: query["halaman"])
        let (rows, total) = try slrt.pool.read { try ReferralStore.list(state: state, in: user.scope, paging: paging, db: $0) }
        let view = ReferralListView(
            rows: rows.map {
                ReferralListView.Row(id: $0.id, referredOn: CalendarDate(iso: $0.referredOn)?.indonesian ?? $0.referredOn,
                                     applicant: $0.applicantName, partner: $0.partner, need: $0.need,
                                     badge: ReferralListView.Badge(tone: $0.state.badge, label: $0.state.label))
            },
            filter: FormField(
                name: "status", label: "Status", value: state?.rawValue ?? "", type: "select",
                options: FormField.Option.list(ReferralState.allCases, label: \.label, selected: state?.rawValue ?? "", empty: "Semua")),
            pager: paging.clamped(toTotal: total).pager(total: total, query: state.map { "status=" + $0.rawValue } ?? ""),
            canCreate: user.may(Action.slrtReferrals))
        return try slrt.pages.render("slrt/rujukan-daftar", title: "Rujukan", view, context: context)
    }

    private func form(
        nik: String, partner: String, need: String, requestID: String, errors: [String: String], context: RequestContext,
        status: HTTPStatus
    ) throws -> Response {
        let settings = try slrt.slrtSettings()
        let fields = [
            FormField(name: "nik", label: "NIK warga", value: nik, required: true, error: errors["nik"]),
            FormField(
                name: "mitra", label: "Mitra rujukan", value: partner, type: "select", required: true, error: errors["mitra"],
                options: [FormField.Option(value: "", label: "Pilih mitra", selected: partner.isEmpty)]
                    + settings.partners.map { FormField.Option(value: $0, label: $0, selected: $0 == partner) }),
            FormField(name: "kebutuhan", label: "Kebutuhan yang dirujuk", value: need, type: "textarea", required: true,
                      error: errors["kebutuhan"]),
        ]
        return try slrt.pages.render(
            "slrt/rujukan-baru", title: "Rujukan baru", ReferralFormView(fields: fields, requestID: requestID), context: context,
            status: status)
    }

    private func create(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let form = try request.urlEncodedForm()
        let requestID = form["permohonan"] ?? ""
        do {
            let referral = try service.create(
                nik: form["nik"] ?? "", partner: form["mitra"] ?? "", need: form["kebutuhan"] ?? "",
                requestID: requestID.isEmpty ? nil : Int64(requestID), by: request.slrtActor(user, context), scope: user.scope)
            context.flash(.success, "Rujukan ke \(referral.partner) tercatat dan surat rujukan terbit.")
            return .redirect(to: "/slrt/rujukan/\(referral.id)")
        } catch let error as RequestError {
            guard case .invalid(let errors) = error else { throw error }
            return try self.form(
                nik: form["nik"] ?? "", partner: form["mitra"] ?? "", need: form["kebutuhan"] ?? "", requestID: requestID,
                errors: errors, context: context, status: .unprocessableContent)
        }
    }

    private func show(_ context: RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let id = try context.slrtID()
        let page = try slrt.pool.read { db -> ReferralPageView? in
            guard let referral = try ReferralStore.find(id, in: user.scope, db: db) else { return nil }
            return ReferralPageView(
                referral: referral, letter: try LetterStore.find(referral: id, in: db),
                steps: ReferralWorkflow.definition.available(from: referral.state.rawValue, for: user.role))
        }
        guard let page else { throw RequestError.notFound }
        return try slrt.pages.render("slrt/rujukan", title: "Rujukan #\(id) ke \(page.partner)", page, context: context)
    }

    private func move(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let id = try context.slrtID()
        let step = try context.parameters.require("step", as: String.self)
        let form = try request.urlEncodedForm()
        do {
            let after = try service.move(
                id, transition: step, feedback: form["umpan_balik"] ?? "",
                day: (form["tanggal"] ?? "").isEmpty ? nil : CalendarDate(iso: form["tanggal"] ?? ""),
                version: Int(form["versi"] ?? "") ?? -1, by: request.slrtActor(user, context), scope: user.scope)
            context.flash(.success, "Rujukan kini: \(after.state.label.lowercased()).")
        } catch let error as RequestError {
            guard case .notFound = error else {
                context.flash(.error, error.publicMessage ?? "Langkah tidak dapat dicatat.")
                return .redirect(to: "/slrt/rujukan/\(id)")
            }
            throw error
        }
        return .redirect(to: "/slrt/rujukan/\(id)")
    }
}
