package import Core
package import Database
import Foundation
import HTTPServer
package import Web

/// The civil-registry pages: loading an extract (`/dtks/pemadanan/impor`, a background job with a
/// per-row report) and the matching page (`/dtks/pemadanan`): the loaded extract, a check of one
/// person, and matching every proposal waiting for it as one job.
package struct DukcapilController: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let jobs: JobQueue
    let clock: Clock
    let uploads: DukcapilUploads

    /// The largest extract accepted from the browser (about a million rows of CSV).
    static let maxFileBytes = 200 * 1_048_576

    package init(pool: DatabasePool, pages: PageRenderer, jobs: JobQueue, clock: Clock, uploadsDirectory: String) {
        self.pool = pool
        self.pages = pages
        self.jobs = jobs
        self.clock = clock
        uploads = DukcapilUploads(uploadsDirectory: uploadsDirectory)
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let load = RouteAccess.requires(Action.importDukcapil)
        let match = RouteAccess.requires(Action.matchDTKSProposals)
        routes.get("/dtks/pemadanan/impor", access: load) { _, context in
            try uploadForm(error: nil, context: context, status: .ok)
        }
        routes.post("/dtks/pemadanan/impor", access: load, bodyLimit: Self.maxFileBytes + 64 * 1024) { request, context in
            try upload(request, context)
        }
        routes.get("/dtks/pemadanan", access: match) { _, context in
            try matchingPage(check: DukcapilCheckForm(), result: nil, context: context, status: .ok)
        }
        routes.post("/dtks/pemadanan/cek", access: match) { request, context in try check(request, context) }
        routes.post("/dtks/pemadanan/padankan", access: match) { request, context in try queueMatching(request, &context) }
    }

    private func uploadForm(error: String?, context: RequestContext, status: HTTPStatus) throws -> Response {
        let load = try pool.read { try DukcapilStore.latestLoad(in: $0) }
        let view = DukcapilUploadView(load: load, error: error, maxBytes: Self.maxFileBytes, timeZone: pages.settings.current.timeZone)
        return try pages.render("dtks/pemadanan-impor", title: "Impor data Dukcapil", view, context: context, status: status)
    }

    private func upload(_ request: Request, _ context: RequestContext) throws -> Response {
        let actor = try DTKSWeb.actor(request, context)
        let form = try request.formData()
        guard let file = form.file("berkas"), file.size > 0 else {
            return try uploadForm(error: "Pilih berkas CSV atau Excel (.xlsx).", context: context, status: .unprocessableContent)
        }
        let bytes = try file.bytes()
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || String(validating: bytes, as: UTF8.self) != nil else {
            return try uploadForm(
                error: "Berkas harus CSV dengan huruf UTF-8 atau buku kerja Excel (.xlsx).", context: context,
                status: .unprocessableContent)
        }
        let stored = try uploads.store(bytes)
        let parameters = DukcapilImportJob.Parameters(
            file: stored, filename: file.filename.isEmpty ? "dukcapil.csv" : file.filename, validOnly: form["valid_saja"] == "1")
        let id = try pool.write { try jobs.enqueue(kind: DukcapilImportJob.kind, parameters: parameters, by: actor, in: $0) }
        return .redirect(to: "/tugas/\(id)")
    }

    private func matchingPage(
        check: DukcapilCheckForm, result: DukcapilMatch?, context: RequestContext, status: HTTPStatus
    ) throws -> Response {
        let (load, waiting) = try pool.read { db in
            (try DukcapilStore.latestLoad(in: db), try ProposalMatching.waitingCount(in: db))
        }
        let view = DukcapilMatchingView(
            load: load, waiting: waiting, check: check, result: result, timeZone: pages.settings.current.timeZone,
            canLoad: context.currentUser?.may(Action.importDukcapil) ?? false)
        return try pages.render("dtks/pemadanan", title: "Pemadanan Dukcapil", view, context: context, status: status)
    }

    private func check(_ request: Request, _ context: RequestContext) throws -> Response {
        let actor = try DTKSWeb.actor(request, context)
        var form = DukcapilCheckForm(try request.urlEncodedForm())
        guard let query = form.query() else {
            return try matchingPage(check: form, result: nil, context: context, status: .unprocessableContent)
        }
        let result = try pool.write { db in
            let result = try DTKSReadAPI().dukcapilCheck(query, in: db)
            var changes = AuditChanges()
            changes.set("nik", to: IdentityNumberText.masked(query.nik))
            changes.set("hasil", to: result.text)
            try AuditLog.record(
                AuditEntry(action: "dtks.dukcapil.cek", entity: "dukcapil", changes: changes), by: actor, in: db, at: clock.now)
            return result
        }
        return try matchingPage(check: form, result: result, context: context, status: .ok)
    }

    private func queueMatching(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try DTKSWeb.actor(request, context)
        let loaded = try pool.read { try DukcapilStore.latestLoad(in: $0) } != nil
        guard loaded else {
            context.flash(.error, "Data Dukcapil belum dimuat: impor ekstrak Dukcapil dahulu.")
            return .redirect(to: "/dtks/pemadanan")
        }
        let id = try pool.write { try jobs.enqueue(kind: ProposalMatchingJob.kind, by: actor, in: $0) }
        return .redirect(to: "/tugas/\(id)")
    }
}
