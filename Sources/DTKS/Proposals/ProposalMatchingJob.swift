package import Core

/// "Padankan semua": matches every proposal waiting in `pemadanan` as one background job.
package enum ProposalMatchingJob {
    /// The job's kind.
    package static let kind = "dtks.pemadanan"

    /// The kind for the application's job registry.
    package static func jobKind() -> JobKind {
        JobKind(name: kind, label: "Pemadanan Dukcapil semua usulan") { job in
            try job.report(done: 0, total: nil, message: "Membaca usulan yang menunggu pemadanan…")
            do {
                let summary = try ProposalMatching.matchAll(pool: job.pool, clock: job.clock, by: job.actor) { done, total, db in
                    try job.report(done: done, total: total, message: "\(done) dari \(total) usulan dipadankan", in: db)
                }
                job.summary = "Pemadanan selesai: \(summary.text)."
            } catch let error as ProposalError {
                throw JobFailure(error.message)
            }
        }
    }
}
