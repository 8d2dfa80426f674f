package import Core
import Foundation

/// The two background jobs of an import from the web: the preview (checks the stored file and
/// writes the problem report as its result) and the import (writes the valid households in
/// batches, reporting progress inside each batch's transaction).
package enum HouseholdImportJobs {
    /// The preview job's kind.
    package static let previewKind = "registry.impor.pratinjau"
    /// The import job's kind.
    package static let importKind = "registry.impor"

    /// What both jobs are queued with.
    package struct Parameters: Codable, Sendable, Equatable {
        /// The stored name in `HouseholdImportUploads`.
        package let file: String
        /// The name the user uploaded it under.
        package let filename: String

        package init(file: String, filename: String) {
            self.file = file
            self.filename = filename
        }
    }

    /// Both kinds, for the application's job registry.
    package static func kinds(uploads: HouseholdImportUploads, settings: SettingsCache) -> [JobKind] {
        [
            JobKind(name: previewKind, label: "Pratinjau impor keluarga") { job in
                try preview(job, uploads: uploads, settings: settings)
            },
            JobKind(name: importKind, label: "Impor keluarga") { job in
                try runImport(job, uploads: uploads, settings: settings)
            },
        ]
    }

    /// The problem report's file name for an upload named `filename`.
    package static func reportFilename(_ filename: String) -> String {
        let stem = (filename as NSString).deletingPathExtension
        return "masalah-\(stem.isEmpty ? "impor" : stem).csv"
    }

    private static func plan(_ job: JobContext, uploads: HouseholdImportUploads, settings: SettingsCache) throws
        -> (Parameters, HouseholdImportPlan, HouseholdImport)
    {
        let parameters = try job.parameters(as: Parameters.self)
        try job.report(done: 0, total: nil, message: "Memeriksa \(parameters.filename)…")
        let importer = HouseholdImport(pool: job.pool, clock: job.clock, settings: settings)
        do {
            let plan = try importer.plan(try uploads.read(parameters.file), scope: job.creator?.scope ?? .everywhere)
            return (parameters, plan, importer)
        } catch let error as HouseholdImportError {
            throw JobFailure(error.message)
        }
    }

    private static func preview(_ job: JobContext, uploads: HouseholdImportUploads, settings: SettingsCache) throws {
        let (parameters, plan, _) = try plan(job, uploads: uploads, settings: settings)
        try job.writeResult(filename: reportFilename(parameters.filename), contentType: "text/csv; charset=utf-8") { file in
            try file.write(plan.report.problemCSV())
        }
        job.summary = "Pratinjau: \(plan.report.countsText); \(plan.report.problems.count) masalah."
    }

    private static func runImport(_ job: JobContext, uploads: HouseholdImportUploads, settings: SettingsCache) throws {
        let (parameters, plan, importer) = try plan(job, uploads: uploads, settings: settings)
        let report: HouseholdImportReport
        do {
            report = try importer.write(
                plan, source: parameters.filename, by: job.actor, scope: job.creator?.scope ?? .everywhere
            ) { done, total, db in
                try job.report(done: done, total: total, message: "\(done) dari \(total) keluarga disimpan", in: db)
            }
        } catch let failure as HouseholdImportFailure {
            throw JobFailure(failure.message)
        }
        uploads.remove(parameters.file)
        job.summary = "Impor selesai: \(report.importedHouseholds) keluarga disimpan; \(report.countsText)."
    }
}
