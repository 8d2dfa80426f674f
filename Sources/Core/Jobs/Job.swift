package import Foundation

/// One background job as stored in `jobs`: what runs, how far it got, and what it left.
package struct Job: Sendable, Equatable {
    package let id: Int64
    /// The registered kind name (`JobKind.name`).
    package let kind: String
    package let status: JobStatus
    package let progressDone: Int
    /// Nil while the handler does not know how much work there is.
    package let progressTotal: Int?
    /// The latest note for the user, the summary, or why it failed (Indonesian).
    package let message: String
    /// The file the job produced, once it succeeded.
    package let result: JobResult?
    /// The JSON text the job was queued with.
    package let parameters: String
    package let cancelRequested: Bool
    /// The user who queued it; nil for the command line or the system.
    package let createdBy: Int64?
    /// The creator's username, for lists ("" when none).
    package let creatorUsername: String
    package let createdAt: Date
    package let startedAt: Date?
    package let finishedAt: Date?
    package let version: Int

    /// Done as a whole percentage of the total, nil while the total is unknown.
    package var percent: Int? {
        guard let total = progressTotal, total > 0 else { return nil }
        return min(100, max(0, progressDone * 100 / total))
    }

    /// The creator sees their own jobs; roles with `Action.viewAllJobs` see every job.
    package func isVisible(to user: CurrentUser) -> Bool {
        createdBy == user.id || user.may(Action.viewAllJobs)
    }

    /// True while a cancel request can still change something.
    package var isCancellable: Bool { !status.isFinished }
}

/// The file a succeeded job offers for download.
package struct JobResult: Sendable, Equatable {
    /// The random file name inside the results folder.
    package let storedName: String
    /// The name the download is offered under.
    package let filename: String
    package let contentType: String
    package let byteCount: Int
}
