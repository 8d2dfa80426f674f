package import Core
package import Database
import Foundation
import HTTPServer
package import Sidamesra
package import Web

/// The DTSEN desil import under `/dtks/dtsen`: the upload form, then a background job (its
/// progress and report on the job page `/tugas/{id}`). Needs `Action.importDTSEN`; the job works
/// inside the uploader's area scope.
package struct DtsenImportController: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let jobs: JobQueue
    let uploads: HouseholdImportUploads

    /// The largest file accepted; a larger body is answered 413 before it is read.
    static let maxFileBytes = 20 * 1_048_576

    package init(pool: DatabasePool, pages: PageRenderer, jobs: JobQueue, uploads: HouseholdImportUploads) {
        self.pool = pool
        self.pages = pages
        self.jobs = jobs
        self.uploads = uploads
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let access = RouteAccess.requires(Action.importDTSEN)
        routes.get("/dtks/dtsen", access: access) { _, context in try form(error: nil, context: context, status: .ok) }
        routes.post("/dtks/dtsen", access: access, bodyLimit: Self.maxFileBytes + 64 * 1024) { request, context in
            try upload(request, context)
        }
    }

    private func form(error: String?, context: RequestContext, status: HTTPStatus) throws -> Response {
        try pages.render(
            "dtks/dtsen", title: "Impor desil DTSEN", DtsenImportFormView(error: error, maxBytes: Self.maxFileBytes),
            context: context, status: status)
    }

    private func upload(_ request: Request, _ context: RequestContext) throws -> Response {
        guard let user = context.currentUser else { throw HTTPError(.forbidden) }
        let actor = Actor.user(user, address: request.remoteAddress, requestID: context.requestID)
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
        let parameters = DtsenImportJob.Parameters(
            file: stored, filename: file.filename.isEmpty ? "berkas" : file.filename, dryRun: form["periksa_saja"] == "1")
        let id = try pool.write { try jobs.enqueue(kind: DtsenImportJob.kind, parameters: parameters, by: actor, in: $0) }
        return .redirect(to: "/tugas/\(id)")
    }
}

/// The model of `dtks/dtsen`.
struct DtsenImportFormView: Encodable {
    struct Column: Encodable {
        let name: String
        let variants: String
        let note: String
    }

    let maxSize: String
    let error: String?
    let columns: [Column]

    init(error: String?, maxBytes: Int) {
        maxSize = "\(maxBytes / 1_048_576) MB"
        self.error = error
        columns = DtsenColumn.allCases.map {
            Column(name: $0.rawValue, variants: $0.variants.joined(separator: ", "), note: $0.note)
        }
    }
}
