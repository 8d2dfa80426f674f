import Core
import Database
import Documents
import Foundation
import HTTPServer
import Sidamesra
import Web

/// The household import under `/keluarga/impor`: the upload form and templates, the preview
/// (a background job checking the file; its page shows the counts and the first problems), then
/// importing the valid households (a second job) or cancelling. Every route needs
/// `Action.importRegistry`; the jobs work inside the uploader's area scope.
struct HouseholdImportController: RouteCollection {
    let pages: PageRenderer
    let pool: DatabasePool
    let jobs: JobQueue
    let results: JobResultFolder
    let uploads: HouseholdImportUploads

    /// The largest file accepted; a larger body is answered 413 before it is read.
    static let maxFileBytes = 20 * 1_048_576
    /// Problems listed on the preview page; the downloadable report has them all.
    static let shownProblems = 200

    init(environment: AppEnvironment) {
        pages = environment.pages
        pool = environment.pool
        jobs = environment.jobs
        results = environment.jobResults
        uploads = HouseholdImportUploads(uploadsDirectory: environment.uploadsDirectory)
    }

    func addRoutes(to routes: inout RouteBuilder) {
        let access = RouteAccess.requires(Action.importRegistry)
        routes.get("/keluarga/impor", access: access) { _, context in try form(error: nil, context: context, status: .ok) }
        routes.post("/keluarga/impor", access: access, bodyLimit: Self.maxFileBytes + 64 * 1024) { request, context in
            try upload(request, context)
        }
        routes.get("/keluarga/impor/templat.csv", access: access) { _, _ in
            .download(HouseholdImportTemplate.csv(for: try activeSet()), filename: "templat-impor-keluarga.csv", contentType: "text/csv; charset=utf-8")
        }
        routes.get("/keluarga/impor/templat.xlsx", access: access) { _, _ in
            .download(try HouseholdImportTemplate.xlsx(for: try activeSet()), filename: "templat-impor-keluarga.xlsx", contentType: XLSXWriter.contentType)
        }
        routes.get("/keluarga/impor/:id", access: access) { _, context in try preview(context) }
        routes.post("/keluarga/impor/:id/impor", access: access) { request, context in try startImport(request, &context) }
        routes.post("/keluarga/impor/:id/batal", access: access) { _, context in try cancel(&context) }
    }

    private func form(error: String?, context: RequestContext, status: HTTPStatus) throws -> Response {
        let set = try IndicatorCatalog(pool: pool).activeSet()
        return try pages.render(
            "keluarga/impor", title: "Impor keluarga",
            HouseholdImportFormView(error: error, set: set, maxBytes: Self.maxFileBytes), context: context, status: status)
    }

    private func upload(_ request: Request, _ context: RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let form = try request.formData()
        guard let file = form.file("berkas"), file.size > 0 else {
            return try self.form(error: "Pilih berkas CSV atau Excel (.xlsx).", context: context, status: .unprocessableContent)
        }
        let bytes = try file.bytes()
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || String(validating: bytes, as: UTF8.self) != nil else {
            return try self.form(
                error: "Berkas harus CSV dengan huruf UTF-8 atau buku kerja Excel (.xlsx).", context: context,
                status: .unprocessableContent)
        }
        let stored = try uploads.store(bytes)
        let parameters = HouseholdImportJobs.Parameters(file: stored, filename: file.filename.isEmpty ? "berkas" : file.filename)
        let id = try pool.write {
            try jobs.enqueue(kind: HouseholdImportJobs.previewKind, parameters: parameters, by: actor, in: $0)
        }
        return .redirect(to: "/keluarga/impor/\(id)")
    }

    private func preview(_ context: RequestContext) throws -> Response {
        let (job, parameters) = try previewJob(context)
        var problems: [HouseholdImportPreviewView.Problem] = []
        var count = 0
        if job.status == .succeeded, let result = job.result, let path = results.file(named: result.storedName) {
            let reader = try CSVFileReader(path: path)
            _ = try reader.next()
            while let record = try reader.next() {
                count += 1
                if problems.count < Self.shownProblems {
                    problems.append(.init(row: record.field(0) ?? "", column: record.field(1) ?? "", message: record.field(2) ?? ""))
                }
            }
        }
        let view = HouseholdImportPreviewView(job, filename: parameters.filename, problems: problems, problemCount: count)
        return try pages.render("keluarga/impor-pratinjau", title: "Pratinjau impor keluarga", view, context: context)
    }

    private func startImport(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let (job, parameters) = try previewJob(context)
        guard job.status == .succeeded else {
            context.flash(.error, "Pratinjau belum selesai.")
            return .redirect(to: "/keluarga/impor/\(job.id)")
        }
        let id = try pool.write {
            try jobs.enqueue(kind: HouseholdImportJobs.importKind, parameters: parameters, by: actor, in: $0)
        }
        return .redirect(to: "/tugas/\(id)")
    }

    private func cancel(_ context: inout RequestContext) throws -> Response {
        let (_, parameters) = try previewJob(context)
        uploads.remove(parameters.file)
        context.flash(.success, "Impor dibatalkan; tidak ada yang disimpan.")
        return .redirect(to: "/keluarga")
    }

    /// The preview job named in the path, when the user may see it; 404 otherwise.
    private func previewJob(_ context: RequestContext) throws -> (Job, HouseholdImportJobs.Parameters) {
        guard let user = context.currentUser else { throw HTTPError(.forbidden) }
        let id = try context.parameters.require("id", as: Int64.self)
        guard let job = try pool.read({ try JobStore.find(id, in: $0) }), job.kind == HouseholdImportJobs.previewKind,
            job.isVisible(to: user),
            let parameters = try? JSONDecoder().decode(HouseholdImportJobs.Parameters.self, from: Data(job.parameters.utf8))
        else { throw HTTPError(.notFound, message: "Pratinjau impor tidak ditemukan.") }
        return (job, parameters)
    }

    private func activeSet() throws -> IndicatorSet {
        guard let set = try IndicatorCatalog(pool: pool).activeSet() else {
            throw HTTPError(.notFound, message: HouseholdImportError.noActiveIndicatorSet.message)
        }
        return set
    }

    private static func actor(_ request: Request, _ context: RequestContext) throws -> Actor {
        guard let user = context.currentUser else { throw HTTPError(.forbidden) }
        return .user(user, address: request.remoteAddress, requestID: context.requestID)
    }
}
