import Core
import Foundation

/// The model of `tugas/rincian`: status, progress bar, message, times and the download.
struct JobPageView: Encodable {
    struct Badge: Encodable {
        let tone: String
        let label: String
    }

    struct Download: Encodable {
        let href: String
        let filename: String
        let size: String
    }

    let id: Int64
    let kindLabel: String
    let badge: Badge
    /// While queued or running the page asks the browser to reload it (meta refresh).
    let refresh: Bool
    let isActive: Bool
    let hasTotal: Bool
    let doneValue: Int
    let totalValue: Int
    let done: String
    let total: String
    let percent: Int
    let message: String
    let creator: String
    let createdAt: String
    let startedAt: String?
    let finishedAt: String?
    let elapsed: String?
    let download: Download?
    let canCancel: Bool
    let cancelRequested: Bool

    init(_ job: Job, label: String, now: Date, timeZone: String) {
        id = job.id
        kindLabel = label
        badge = Badge(tone: job.status.tone, label: job.status.label)
        refresh = !job.status.isFinished
        isActive = !job.status.isFinished
        let total = job.progressTotal ?? 0
        hasTotal = job.progressTotal.map { $0 > 0 } ?? false
        doneValue = min(job.progressDone, total)
        totalValue = total
        done = IndonesianFormat.number(job.progressDone)
        self.total = IndonesianFormat.number(total)
        percent = job.percent ?? 0
        message = job.message
        creator = job.creatorUsername.isEmpty ? "Sistem" : job.creatorUsername
        createdAt = IndonesianFormat.dateTime(job.createdAt, timeZone: timeZone)
        startedAt = job.startedAt.map { IndonesianFormat.dateTime($0, timeZone: timeZone) }
        finishedAt = job.finishedAt.map { IndonesianFormat.dateTime($0, timeZone: timeZone) }
        elapsed = job.startedAt.map { Self.duration(($0.distance(to: job.finishedAt ?? now))) }
        download = job.status == .succeeded
            ? job.result.map {
                Download(href: "/tugas/\(job.id)/hasil", filename: $0.filename, size: Self.size($0.byteCount))
            }
            : nil
        canCancel = job.isCancellable && !job.cancelRequested
        cancelRequested = job.cancelRequested && !job.status.isFinished
    }

    /// "1 jam 5 menit", "3 menit 20 detik", "12 detik".
    static func duration(_ seconds: TimeInterval) -> String {
        let whole = max(0, Int(seconds.rounded(.down)))
        let (hours, minutes, rest) = (whole / 3600, whole % 3600 / 60, whole % 60)
        if hours > 0 { return minutes > 0 ? "\(hours) jam \(minutes) menit" : "\(hours) jam" }
        if minutes > 0 { return rest > 0 ? "\(minutes) menit \(rest) detik" : "\(minutes) menit" }
        return "\(rest) detik"
    }

    /// "512 bita", "12 KB", "3.456 KB".
    static func size(_ bytes: Int) -> String {
        bytes < 1024 ? "\(bytes) bita" : "\(IndonesianFormat.number((bytes + 1023) / 1024)) KB"
    }
}
