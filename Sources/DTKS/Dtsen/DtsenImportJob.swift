package import Core
import Foundation
package import Sidamesra

/// The background job of a DTSEN import from the web: checks the stored file inside the
/// uploader's area scope, writes the valid rows in batches (unless it is only a check) with
/// progress inside each batch's transaction, and leaves the per-row problem report as its result.
package enum DtsenImportJob {
    /// The job's kind.
    package static let kind = "dtks.dtsen.impor"

    /// What the job is queued with.
    package struct Parameters: Codable, Sendable, Equatable {
        /// The stored name in the uploads folder.
        package let file: String
        /// The name the user uploaded it under.
        package let filename: String
        /// Check only, write nothing.
        package let dryRun: Bool

        package init(file: String, filename: String, dryRun: Bool) {
            self.file = file
            self.filename = filename
            self.dryRun = dryRun
        }
    }

    /// The kind, for the application's job registry.
    package static func kind(uploads: HouseholdImportUploads, settings: SettingsCache) -> JobKind {
        JobKind(name: kind, label: "Impor desil DTSEN") { job in try run(job, uploads: uploads, settings: settings) }
    }

    /// The report's file name for an upload named `filename`.
    static func reportFilename(_ filename: String) -> String {
        let stem = (filename as NSString).deletingPathExtension
        return "laporan-dtsen-\(stem.isEmpty ? "impor" : stem).csv"
    }

    private static func run(_ job: JobContext, uploads: HouseholdImportUploads, settings: SettingsCache) throws {
        let parameters = try job.parameters(as: Parameters.self)
        defer { uploads.remove(parameters.file) }
        try job.report(done: 0, total: nil, message: "Memeriksa \(parameters.filename)…")
        let importer = DtsenImport(pool: job.pool, clock: job.clock, settings: settings)
        let plan: DtsenImportPlan
        do {
            plan = try importer.plan(try uploads.read(parameters.file), scope: job.creator?.scope ?? .everywhere, batchID: job.id)
        } catch let error as DtsenImport.FileError {
            throw JobFailure(error.message)
        }
        var report = plan.report
        if !parameters.dryRun {
            report = try importer.write(plan, source: parameters.filename, by: job.actor) { done, total, db in
                try job.report(done: done, total: total, message: "\(done) dari \(total) baris disimpan", in: db)
            }
        }
        try job.writeResult(filename: reportFilename(parameters.filename), contentType: "text/csv; charset=utf-8") { file in
            try file.write(report.problemCSV())
        }
        job.summary = parameters.dryRun
            ? "Pemeriksaan saja (tidak ada yang disimpan): \(report.countsText)."
            : "Impor DTSEN selesai: \(report.written) kepesertaan baru atau berubah; \(report.countsText)."
    }
}
