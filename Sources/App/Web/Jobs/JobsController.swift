import Core
import Database
import Foundation
import HTTPServer
import Web

/// The background-job pages under `/tugas`: the list, a progress page that refreshes itself,
/// the result download, and cancelling. A job is visible to its creator and to roles with
/// `Action.viewAllJobs`; to anyone else it does not exist (404).
struct JobsController: RouteCollection {
    let pages: PageRenderer
    let pool: DatabasePool
    let jobs: JobQueue
    let results: JobResultFolder
    let settings: SettingsCache
    let clock: Clock

    init(environment: AppEnvironment) {
        pages = environment.pages
        pool = environment.pool
        jobs = environment.jobs
        results = environment.jobResults
        settings = environment.settings
        clock = environment.clock
    }

    func addRoutes(to routes: inout RouteBuilder) {
        let access = RouteAccess.requires(Action.viewJobs)
        routes.get("/tugas", access: access) { request, context in try list(request, context) }
        routes.get("/tugas/:id", access: access) { _, context in try show(context) }
        routes.get("/tugas/:id/hasil", access: access) { _, context in try download(context) }
        routes.post("/tugas/:id/batal", access: access) { request, context in try cancel(request, &context) }
    }

    private func list(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let seesAll = user.may(Action.viewAllJobs)
        let paging = Paging(page: try request.queryParameters()["halaman"])
        let (found, total) = try pool.read {
            try JobStore.list(createdBy: seesAll ? nil : user.id, paging: paging, in: $0)
        }
        let view = JobListView(
            rows: found.map { JobListView.Row($0, labels: jobs.registry, timeZone: settings.current.timeZone) },
            showsCreator: seesAll, pager: paging.pager(total: total, query: ""))
        return try pages.render("tugas/daftar", title: "Tugas", view, context: context)
    }

    private func show(_ context: RequestContext) throws -> Response {
        let job = try find(context)
        let view = JobPageView(
            job, label: jobs.registry.label(of: job.kind), now: clock.now, timeZone: settings.current.timeZone)
        return try pages.render("tugas/rincian", title: "Tugas #\(job.id)", view, context: context)
    }

    private func download(_ context: RequestContext) throws -> Response {
        let job = try find(context)
        guard job.status == .succeeded, let result = job.result, let path = results.file(named: result.storedName),
            let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? NSNumber
        else { throw HTTPError(.notFound, message: "Hasil tugas ini tidak tersedia.") }
        return .download(file: path, length: size.intValue, filename: result.filename, contentType: result.contentType)
    }

    private func cancel(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let job = try find(context)
        let actor = Actor.user(user, address: request.remoteAddress, requestID: context.requestID)
        do {
            let before = try pool.write { try jobs.cancel(job.id, by: actor, in: $0) }
            context.flash(
                .success,
                before == .queued
                    ? "Tugas #\(job.id) dibatalkan."
                    : "Permintaan pembatalan tugas #\(job.id) dikirim; tugas berhenti sebentar lagi.")
        } catch JobError.alreadyFinished {
            context.flash(.error, JobError.alreadyFinished.publicMessage ?? "")
        }
        return .redirect(to: "/tugas/\(job.id)")
    }

    /// The job named in the path, when the signed-in user may see it; 404 otherwise.
    private func find(_ context: RequestContext) throws -> Job {
        let user = try context.signedInUser()
        let id = try context.parameters.require("id", as: Int64.self)
        guard let job = try pool.read({ try JobStore.find(id, in: $0) }), job.isVisible(to: user) else {
            throw JobError.notFound
        }
        return job
    }

}
