/// Where a background job stands. Raw values are what `jobs.status` stores.
package enum JobStatus: String, Sendable, CaseIterable, Codable {
    case queued, running, succeeded, failed, cancelled

    /// The word shown to users.
    package var label: String {
        switch self {
        case .queued: "Menunggu"
        case .running: "Berjalan"
        case .succeeded: "Selesai"
        case .failed: "Gagal"
        case .cancelled: "Dibatalkan"
        }
    }

    /// The badge tone (`badge-…` in app.css).
    package var tone: String {
        switch self {
        case .queued, .running: "info"
        case .succeeded: "ok"
        case .failed: "danger"
        case .cancelled: "warn"
        }
    }

    /// True once the job will not change any more.
    package var isFinished: Bool { self == .succeeded || self == .failed || self == .cancelled }
}
