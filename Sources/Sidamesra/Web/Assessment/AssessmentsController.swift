package import Core
package import Database
import Foundation
import HTTPServer
import Registry
package import Web

/// The SIDAMESRA pages about one household: the assessment form (`/keluarga/{id}/penilaian`),
/// the welfare profile (`/keluarga/{id}/profil`), and re-scoring every household under the
/// active set as a background job. Every household lookup goes through the user's area scope.
package struct AssessmentsController: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let service: AssessmentService
    let jobs: JobQueue

    package init(pool: DatabasePool, pages: PageRenderer, settings: SettingsCache, clock: Clock, jobs: JobQueue) {
        self.pool = pool
        self.pages = pages
        self.jobs = jobs
        service = AssessmentService(pool: pool, clock: clock, settings: settings)
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let assess = RouteAccess.requires(Action.assessHousehold)
        routes.get("/keluarga/:id/penilaian", access: assess) { _, context in try form(context) }
        routes.post("/keluarga/:id/penilaian", access: assess) { request, context in try submit(request, &context) }
        routes.get("/keluarga/:id/profil", access: .requires(Action.viewWelfareProfile)) { _, context in
            try profile(context)
        }
        routes.post("/sidamesra/indikator/:id/skor-ulang", access: .requires(Action.manageIndicators)) { request, context in
            try queueRescore(request, &context)
        }
    }

    private func form(_ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let page = try formPage(try Self.id(context), scope: user.scope)
        var form = AssessmentForm(answers: [:], date: service.today.iso, note: "")
        if let current = page.current, current.summary.setID == page.set.id { form.answers = current.optionIDs }
        return try render(page, form: form, error: nil, context: context, status: .ok)
    }

    private func submit(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let id = try Self.id(context)
        let form = AssessmentForm(try request.urlEncodedForm())
        let actor = Actor.user(user, address: request.remoteAddress, requestID: context.requestID)
        do {
            guard let day = form.assessedOn else {
                throw AssessmentError.invalidDate("Isi tanggal penilaian dengan format yang benar.")
            }
            let stored = try service.submit(
                household: id, answers: form.answers, assessedOn: day, note: form.note, by: actor, scope: user.scope)
            context.flash(.success, "Penilaian tersimpan: total \(stored.summary.total), \(stored.summary.bandName).")
            return .redirect(to: "/keluarga/\(id)/profil")
        } catch let error as AssessmentError {
            switch error {
            case .scoring, .invalidDate:
                let page = try formPage(id, scope: user.scope)
                return try render(page, form: form, error: error, context: context, status: .unprocessableContent)
            case .householdNotFound, .householdNotActive, .noActiveSet:
                throw error
            }
        }
    }

    private func profile(_ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let id = try Self.id(context)
        let view = try pool.read { db -> HouseholdProfileView? in
            guard let household = try HouseholdStore.find(id, in: user.scope, db: db) else { return nil }
            let current = try AssessmentStore.currentID(of: id, in: db).flatMap { try AssessmentStore.detail($0, in: db) }
            let bands = try current.flatMap { try IndicatorSetStore.find($0.summary.setID, in: db)?.bands } ?? []
            return HouseholdProfileView(
                household: household, areaName: try AreaStore.find(household.areaCode, in: db)?.name ?? household.areaCode,
                members: try PersonStore.members(of: id, in: db), current: current, bands: bands,
                activeSetID: try IndicatorSetStore.activeID(in: db), history: try AssessmentStore.history(of: id, in: db),
                canAssess: user.may(Action.assessHousehold), today: service.today)
        }
        guard let view else { throw AssessmentError.householdNotFound }
        return try pages.render("sidamesra/penilaian/profil", title: "Profil kesejahteraan keluarga \(view.noKK)", view, context: context)
    }

    private func queueRescore(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let setID = try Self.id(context)
        let actor = Actor.user(user, address: request.remoteAddress, requestID: context.requestID)
        let jobID = try pool.write { db -> Int64? in
            guard try IndicatorSetStore.activeID(in: db) == setID else { return nil }
            return try jobs.enqueue(kind: RescoreJob.name, parameters: RescoreJob.Parameters(setID: setID), by: actor, in: db)
        }
        guard let jobID else {
            context.flash(.error, RescoreError.setNotActive.message)
            return .redirect(to: "/sidamesra/indikator/\(setID)")
        }
        return .redirect(to: "/tugas/\(jobID)")
    }

    /// What the form shows besides the posted values.
    private struct FormPage {
        let household: Household
        let areaName: String
        let set: IndicatorSet
        let current: AssessmentDetail?
    }

    private func formPage(_ id: Int64, scope: AreaScope) throws -> FormPage {
        let page = try pool.read { db -> FormPage? in
            guard let household = try HouseholdStore.find(id, in: scope, db: db) else { return nil }
            guard household.status == .active else {
                throw AssessmentError.householdNotActive(statusLabel: household.status.label)
            }
            guard let set = try IndicatorSetStore.active(in: db) else { throw AssessmentError.noActiveSet }
            return FormPage(
                household: household, areaName: try AreaStore.find(household.areaCode, in: db)?.name ?? household.areaCode,
                set: set,
                current: try AssessmentStore.currentID(of: id, in: db).flatMap { try AssessmentStore.detail($0, in: db) })
        }
        guard let page else { throw AssessmentError.householdNotFound }
        return page
    }

    private func render(
        _ page: FormPage, form: AssessmentForm, error: AssessmentError?, context: RequestContext, status: HTTPStatus
    ) throws -> Response {
        let view = AssessmentFormView(
            household: page.household, areaName: page.areaName, set: page.set, form: form, error: error,
            isReassessment: error == nil && page.current?.summary.setID == page.set.id)
        return try pages.render(
            "sidamesra/penilaian/formulir", title: "Penilaian kesejahteraan", view, context: context, status: status)
    }

    static func id(_ context: RequestContext) throws -> Int64 {
        try context.parameters.require("id", as: Int64.self)
    }
}
