package import Core
import Foundation

/// The background job of an extract uploaded on `/dtks/pemadanan`: loads it (`DukcapilImport`)
/// and offers the per-row problem report as its result. A refused load still ends as a
/// succeeded job whose message says the previous extract stays, so the report can be downloaded.
package enum DukcapilImportJob {
    /// The job's kind.
    package static let kind = "dtks.dukcapil.impor"

    /// What the job is queued with.
    package struct Parameters: Codable, Sendable, Equatable {
        /// The stored name in `DukcapilUploads`.
        package let file: String
        /// The name the user uploaded it under.
        package let filename: String
        /// Load the valid rows even when others have problems.
        package let validOnly: Bool

        package init(file: String, filename: String, validOnly: Bool) {
            self.file = file
            self.filename = filename
            self.validOnly = validOnly
        }
    }

    /// The kind for the application's job registry.
    package static func kind(uploads: DukcapilUploads) -> JobKind {
        JobKind(name: kind, label: "Impor data Dukcapil") { job in try run(job, uploads: uploads) }
    }

    private static func run(_ job: JobContext, uploads: DukcapilUploads) throws {
        let parameters = try job.parameters(as: Parameters.self)
        defer { uploads.remove(parameters.file) }
        guard let path = uploads.path(of: parameters.file), FileManager.default.fileExists(atPath: path) else {
            throw JobFailure("Berkas Dukcapil sudah tidak ada di server; unggah lagi.")
        }
        try job.report(done: 0, total: nil, message: "Membaca \(parameters.filename)…")
        let importer = DukcapilImport(pool: job.pool, clock: job.clock)
        let report: DukcapilImportReport
        do {
            report = try importer.load(
                path: path, fileName: parameters.filename, validOnly: parameters.validOnly, by: job.actor
            ) { rows, db in
                try job.report(done: rows, total: nil, message: "\(rows) baris dibaca", in: db)
            }
        } catch let error as DukcapilImportError {
            guard let refused = error.report else { throw JobFailure(error.message) }
            try writeProblems(refused, job: job, filename: parameters.filename)
            job.summary = "Data Dukcapil TIDAK diganti: \(error.message) (\(refused.countsText))"
            return
        }
        if !report.problems.isEmpty { try writeProblems(report, job: job, filename: parameters.filename) }
        job.summary = "Data Dukcapil diganti: \(report.countsText)."
    }

    private static func writeProblems(_ report: DukcapilImportReport, job: JobContext, filename: String) throws {
        let stem = (filename as NSString).deletingPathExtension
        try job.writeResult(filename: "masalah-\(stem.isEmpty ? "dukcapil" : stem).csv", contentType: "text/csv; charset=utf-8") {
            try $0.write(report.problemCSV())
        }
    }
}
