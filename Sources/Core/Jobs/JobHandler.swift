/// The work of one kind of background job. `run` executes on the runner's worker thread; it
/// reports progress and writes its result through `job`, and ends by returning (succeeded) or
/// throwing (failed: a `JobFailure` or an `HTTPResponseError` with a public message shows its
/// message; anything else shows a generic one and is logged).
package protocol JobHandler: Sendable {
    /// Does the job's work.
    func run(_ job: JobContext) throws
}

/// A registered kind of job: its name (stored in `jobs.kind`), the label users see, its handler.
package struct JobKind: Sendable {
    /// The stored name, e.g. `pengguna.ekspor`.
    package let name: String
    /// What the job does, in Indonesian ("Ekspor daftar pengguna (CSV)").
    package let label: String
    package let handler: any JobHandler

    package init(name: String, label: String, handler: any JobHandler) {
        self.name = name
        self.label = label
        self.handler = handler
    }

    /// A kind whose work is a closure.
    package init(name: String, label: String, run: @escaping @Sendable (JobContext) throws -> Void) {
        self.init(name: name, label: label, handler: ClosureJobHandler(body: run))
    }
}

private struct ClosureJobHandler: JobHandler {
    let body: @Sendable (JobContext) throws -> Void

    func run(_ job: JobContext) throws { try body(job) }
}
