import Core
import Database
import Foundation
import HTTPServer
import Web

extension SidakisController {
    struct BatchLine: Encodable {
        let id: Int64
        let number: String
        let created: String
        let by: String
        let count: String
    }

    struct BatchesView: Encodable {
        let approvedCount: String
        let canCreate: Bool
        let batches: [BatchLine]
        let hasBatches: Bool
        let columns: String
    }

    struct BatchProposalLine: Encodable {
        let id: Int64
        let number: String
        let name: String
        let nik: String
        let badge: Badge
        let kis: String
        let reason: String
    }

    struct BatchView: Encodable {
        let id: Int64
        let number: String
        let facts: [Fact]
        let proposals: [BatchProposalLine]
        let upload: FormField
        let report: [ResultImportReport.Line]
        let hasReport: Bool
        let reportSummary: String
        let error: String?
    }

    func batches(_ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let (approved, batches, settings) = try pool.read { db in
            (try ProposalStore.count(ProposalFilter(status: .approved), scope: user.scope, in: db),
             try BatchStore.all(in: db), try SidakisSettings.load(in: db))
        }
        let view = BatchesView(
            approvedCount: IndonesianFormat.number(approved), canCreate: approved > 0,
            batches: batches.map {
                BatchLine(id: $0.id, number: $0.number, created: dateTime($0.createdAt), by: $0.createdByName,
                          count: IndonesianFormat.number($0.proposalCount))
            },
            hasBatches: !batches.isEmpty, columns: settings.bnbaColumns.map(\.title).joined(separator: ", "))
        return try pages.render("sidakis/aktivasi", title: "Aktivasi BPJS Kesehatan", view, context: context)
    }

    func createBatch(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let batch = try activation.createBatch(by: actor, user: user)
        context.flash(.success, "Batch \(batch.number) dibuat dengan \(batch.proposalCount) usulan: unduh BNBA-nya di bawah.")
        return .redirect(to: "/sidakis/aktivasi/\(batch.id)")
    }

    func batchPage(_ context: RequestContext, report: ResultImportReport?, error: String? = nil, status: HTTPStatus = .ok) throws -> Response {
        let user = try context.signedInUser()
        let id = try Self.id(context)
        let loaded = try pool.read { db -> (ActivationBatch, [Proposal])? in
            guard let batch = try BatchStore.find(id, in: db) else { return nil }
            return (batch, try ProposalStore.all(ProposalFilter(batchID: id), scope: user.scope, in: db))
        }
        guard let (batch, proposals) = loaded else { throw ProposalError.notFound }
        let view = BatchView(
            id: batch.id, number: batch.number,
            facts: [
                Fact(term: "Dibuat", value: dateTime(batch.createdAt)), Fact(term: "Oleh", value: batch.createdByName),
                Fact(term: "Jumlah usulan", value: IndonesianFormat.number(batch.proposalCount)),
                Fact(term: "Kolom BNBA", value: batch.columns.map(\.title).joined(separator: ", ")),
            ],
            proposals: proposals.map {
                BatchProposalLine(
                    id: $0.id, number: $0.registrationNumber, name: $0.name, nik: $0.nik,
                    badge: Badge(tone: $0.status.tone, label: $0.status.label), kis: $0.kisNumber ?? "", reason: $0.resultReason)
            },
            upload: FormField(name: "berkas", label: "Berkas hasil dari BPJS (CSV atau XLSX)", type: "file", required: true,
                              hint: "Kolom: NIK, Hasil (berhasil / tidak_berhasil / ditangguhkan), Nomor KIS, Alasan.", error: error),
            report: report?.lines ?? [], hasReport: report != nil,
            reportSummary: report.map { "\($0.appliedCount) baris dicatat, \($0.refusedCount) baris ditolak." } ?? "",
            error: error)
        return try pages.render("sidakis/batch", title: "Batch \(batch.number)", view, context: context, status: status)
    }

    /// The batch's BNBA file exactly as stored at export.
    func batchFile(_ context: RequestContext, format: String) throws -> Response {
        let id = try Self.id(context)
        let loaded = try pool.read { db -> (ActivationBatch, [UInt8])? in
            guard let batch = try BatchStore.find(id, in: db), let bytes = try BatchStore.file(id, format: format, in: db)
            else { return nil }
            return (batch, bytes)
        }
        guard let (batch, bytes) = loaded else { throw ProposalError.notFound }
        let name = "bnba-" + batch.number.map { $0.isLetter || $0.isNumber ? $0 : "-" } + "." + format
        return .download(
            bytes, filename: String(name),
            contentType: format == "xlsx" ? XLSXContentType.value : "text/csv; charset=utf-8")
    }

    func importResults(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (_, actor) = try Self.actor(request, context)
        let id = try Self.id(context)
        let form = try request.formData()
        guard let file = form.file("berkas") else {
            return try batchPage(context, report: nil, error: "Pilih berkas hasil.", status: .unprocessableContent)
        }
        do {
            let report = try activation.importResults(try file.bytes(), fileName: file.filename, batchID: id, by: actor)
            return try batchPage(context, report: report)
        } catch let error as ProposalError {
            guard case .invalid(let problems) = error else { throw error }
            return try batchPage(context, report: nil, error: problems["berkas"], status: .unprocessableContent)
        }
    }
}

/// The .xlsx media type, without importing Documents into every controller file.
enum XLSXContentType {
    static let value = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
}
