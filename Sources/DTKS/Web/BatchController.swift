package import Core
package import Database
import Documents
import Foundation
import HTTPServer
package import Web

/// Finalisation batches under `/dtks/finalisasi` (list, open, references, approve, upload, the A4
/// print view and the CSV/XLSX attachment list) and the Ministry's result under `/dtks/hasil`.
package struct BatchController: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let clock: Clock
    let service: BatchService
    let attachments: AttachmentService

    package init(pool: DatabasePool, pages: PageRenderer, settings: SettingsCache, clock: Clock, attachments: AttachmentService) {
        self.pool = pool
        self.pages = pages
        self.clock = clock
        self.attachments = attachments
        service = BatchService(pool: pool, clock: clock, settings: settings)
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let view = RouteAccess.requires(Action.viewDTKSFinalisation)
        let manage = RouteAccess.requires(Action.manageDTKSFinalisation)
        routes.get("/dtks/finalisasi", access: view) { _, context in try list(context, error: nil, status: .ok) }
        routes.post("/dtks/finalisasi", access: manage) { request, context in try open(request, &context) }
        routes.get("/dtks/finalisasi/:id", access: view) { _, context in try page(context, errors: [:], status: .ok) }
        routes.get("/dtks/finalisasi/:id/cetak", access: view) { _, context in try printView(context) }
        routes.get("/dtks/finalisasi/:id/lampiran.csv", access: view) { request, context in try export(request, context, xlsx: false) }
        routes.get("/dtks/finalisasi/:id/lampiran.xlsx", access: view) { request, context in try export(request, context, xlsx: true) }
        routes.post("/dtks/finalisasi/:id/rujukan", access: manage) { request, context in try saveReferences(request, &context) }
        routes.post("/dtks/finalisasi/:id/dokumen", access: manage, bodyLimit: AttachmentKind.document.maxByteCount + 64 * 1024) {
            request, context in try attachDocument(request, &context)
        }
        routes.get("/dtks/finalisasi/:id/dokumen/:lampiran", access: view) { request, context in try document(request, context) }
        routes.post("/dtks/finalisasi/:id/perbarui", access: manage) { request, context in
            try act(request, &context) { id, version, actor in
                "\(try service.refill(id, version: version, by: actor)) usulan ditambahkan."
            }
        }
        routes.post("/dtks/finalisasi/:id/sahkan", access: .requires(Action.approveDTKSFinalisation)) { request, context in
            try act(request, &context) { id, version, actor in
                try service.approve(id, version: version, by: actor)
                return "Berkas disahkan."
            }
        }
        routes.post("/dtks/finalisasi/:id/unggah", access: manage) { request, context in
            try act(request, &context) { id, version, actor in
                try service.markUploaded(id, version: version, by: actor)
                return "Berkas ditandai diunggah; usulannya menunggu ID DTKS."
            }
        }
        let results = RouteAccess.requires(Action.importDTKSResult)
        routes.get("/dtks/hasil", access: results) { _, context in try resultPage(context, report: nil, error: nil, status: .ok) }
        routes.post("/dtks/hasil", access: results, bodyLimit: 10 * 1_048_576) { request, context in try importResult(request, context) }
    }

    private func list(_ context: RequestContext, error: String?, status: HTTPStatus) throws -> Response {
        let user = try context.signedInUser()
        let (batches, waiting) = try pool.read { db in (try BatchStore.all(in: db), try BatchStore.waitingCount(in: db)) }
        let view = BatchListView(
            batches: batches, waiting: waiting, canOpen: user.may(Action.manageDTKSFinalisation), error: error,
            today: CalendarDate(clock.now, timeZone: pages.settings.current.timeZone))
        return try pages.render("dtks/finalisasi-daftar", title: "Finalisasi DTKS", view, context: context, status: status)
    }

    private func open(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try DTKSWeb.actor(request, context)
        let form = try request.urlEncodedForm()
        do {
            let id = try service.open(
                from: CalendarDate(iso: form["awal"] ?? ""), to: CalendarDate(iso: form["akhir"] ?? ""),
                meeting: form["musdes"] ?? "", by: actor)
            context.flash(.success, "Berkas finalisasi dibuat.")
            return .redirect(to: "/dtks/finalisasi/\(id)")
        } catch let error as BatchError {
            if case .notFound = error { throw error }
            return try list(context, error: error.message, status: .unprocessableContent)
        }
    }

    private func load(_ context: RequestContext) throws -> (FinalisationBatch, [BatchExport.Row], [WorkflowEvent]) {
        let id = try DTKSWeb.id(context)
        return try pool.read { db in
            guard let batch = try BatchStore.find(id, in: db) else { throw BatchError.notFound }
            return (batch, try BatchExport.rows(of: id, in: db), try WorkflowHistory.events(workflow: BatchWorkflow.kind, itemID: id, in: db))
        }
    }

    private func page(_ context: RequestContext, errors: [String: String], status: HTTPStatus) throws -> Response {
        let user = try context.signedInUser()
        let (batch, rows, events) = try load(context)
        var view = BatchPageView(
            batch, rows: rows, events: events, user: user, errors: errors, timeZone: pages.settings.current.timeZone)
        view.documents = try pool.read { try service.documents(of: batch.id, attachments: attachments, in: $0) }.map {
            BatchPageView.Document(path: "/dtks/finalisasi/\(batch.id)/dokumen/\($0.id)", name: $0.fileName)
        }
        view.hasDocuments = !view.documents.isEmpty
        return try pages.render("dtks/finalisasi", title: "Berkas \(batch.number)", view, context: context, status: status)
    }

    private func printView(_ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let (batch, rows, events) = try load(context)
        let view = BatchPageView(batch, rows: rows, events: events, user: user, errors: [:], timeZone: pages.settings.current.timeZone)
        return try pages.render("dtks/finalisasi-cetak", title: "Lampiran \(batch.number)", view, context: context)
    }

    private func export(_ request: Request, _ context: RequestContext, xlsx: Bool) throws -> Response {
        let user = try context.signedInUser()
        let actor = try DTKSWeb.actor(request, context)
        let (batch, rows, _) = try load(context)
        let full = user.may(Action.viewFullNIK)
        var changes = AuditChanges()
        changes.set("format", to: xlsx ? "xlsx" : "csv")
        changes.set("baris", to: String(rows.count))
        changes.set("nomor_lengkap", to: full ? "ya" : "tidak")
        _ = try pool.write { db in
            try AuditLog.record(
                AuditEntry(action: "dtks_finalisasi.ekspor", entity: BatchWorkflow.kind, entityID: String(batch.id), changes: changes),
                by: actor, in: db, at: clock.now)
        }
        let stem = "lampiran-" + batch.number.replacingOccurrences(of: "/", with: "-")
        if xlsx {
            let bytes = try XLSXWriter.encode(
                sheetNamed: "Lampiran", columns: BatchExport.columns,
                rows: rows.enumerated().map { BatchExport.cells($1, number: $0 + 1, fullNumbers: full) },
                options: XLSXSheetOptions(freezesHeader: true),
                timeZone: TimeZone(identifier: pages.settings.current.timeZone) ?? .current, created: clock.now)
            return .download(bytes, filename: stem + ".xlsx", contentType: XLSXWriter.contentType)
        }
        let records = [BatchExport.titles] + rows.enumerated().map { BatchExport.fields($1, number: $0 + 1, fullNumbers: full) }
        return .download(CSVWriter.encode(records, byteOrderMark: true), filename: stem + ".csv", contentType: "text/csv; charset=utf-8")
    }

    /// A scanned reference (minutes, nota dinas, approval letter): a wrong or oversized file is an
    /// error next to the upload field.
    private func attachDocument(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try DTKSWeb.actor(request, context)
        let id = try DTKSWeb.id(context)
        let form = try request.formData()
        do {
            guard let file = form.file("dokumen"), file.size > 0 else {
                return try page(context, errors: ["dokumen": "Pilih berkas pindaian (PDF, JPEG atau PNG)."], status: .unprocessableContent)
            }
            let upload = try AttachmentService.check(AttachmentUpload(file), kind: .document)
            try service.attachDocument(upload, to: id, by: actor, attachments: attachments)
        } catch let error as AttachmentError where error.isFieldError {
            return try page(context, errors: ["dokumen": error.message], status: .unprocessableContent)
        }
        context.flash(.success, "Dokumen tersimpan.")
        return .redirect(to: "/dtks/finalisasi/\(id)")
    }

    private func document(_ request: Request, _ context: RequestContext) throws -> Response {
        let id = try DTKSWeb.id(context)
        let attachmentID = try context.parameters.require("lampiran", as: Int64.self)
        guard let contents = try attachments.open(attachmentID), contents.attachment.owner == BatchService.owner(id)
        else { throw BatchError.notFound }
        return contents.response(to: request)
    }

    private func saveReferences(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try DTKSWeb.actor(request, context)
        let id = try DTKSWeb.id(context)
        let form = try request.urlEncodedForm()
        let references = BatchReferences(
            meeting: (form["musdes"] ?? "").trimmingCharacters(in: .whitespaces),
            memoNumber: (form["nota_dinas"] ?? "").trimmingCharacters(in: .whitespaces), memoDate: CalendarDate(iso: form["tanggal_nota_dinas"] ?? ""),
            decreeNumber: (form["sk"] ?? "").trimmingCharacters(in: .whitespaces), decreeDate: CalendarDate(iso: form["tanggal_sk"] ?? ""))
        try service.saveReferences(id, references, version: form["versi"].flatMap { Int($0) } ?? 0, by: actor)
        context.flash(.success, "Rujukan tersimpan.")
        return .redirect(to: "/dtks/finalisasi/\(id)")
    }

    private func act(
        _ request: Request, _ context: inout RequestContext, _ body: (Int64, Int, Actor) throws -> String
    ) throws -> Response {
        let actor = try DTKSWeb.actor(request, context)
        let id = try DTKSWeb.id(context)
        let form = try request.urlEncodedForm()
        do {
            context.flash(.success, try body(id, form["versi"].flatMap { Int($0) } ?? 0, actor))
            return .redirect(to: "/dtks/finalisasi/\(id)")
        } catch let error as BatchError {
            guard case .invalid(let field, let message) = error else { throw error }
            return try page(context, errors: [field: message, "umum": message], status: .unprocessableContent)
        }
    }

    private func resultPage(_ context: RequestContext, report: ProposalResults.Report?, error: String?, status: HTTPStatus) throws -> Response {
        let waiting = try pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM dtks_proposals WHERE status = 'menunggu_id'") }
        return try pages.render(
            "dtks/hasil", title: "Hasil Kemensos (ID DTKS)", ResultImportView(report: report, error: error, waiting: waiting),
            context: context, status: status)
    }

    private func importResult(_ request: Request, _ context: RequestContext) throws -> Response {
        let actor = try DTKSWeb.actor(request, context)
        let form = try request.formData()
        guard let file = form.file("berkas"), file.size > 0 else {
            return try resultPage(context, report: nil, error: "Pilih berkas hasil (CSV atau XLSX).", status: .unprocessableContent)
        }
        do {
            let report = try ProposalResults(pool: pool, clock: clock, timeZone: pages.settings.current.timeZone).importFile(try file.bytes(), by: actor)
            return try resultPage(context, report: report, error: nil, status: .ok)
        } catch let error as ProposalError {
            return try resultPage(context, report: nil, error: error.message, status: .unprocessableContent)
        }
    }
}
