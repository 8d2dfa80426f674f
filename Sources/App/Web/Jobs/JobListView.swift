import Core

/// The model of `tugas/daftar`.
struct JobListView: Encodable {
    struct Row: Encodable {
        let id: Int64
        let kindLabel: String
        let badge: JobPageView.Badge
        let progress: String
        let creator: String
        let createdAt: String
        let isActive: Bool

        init(_ job: Job, labels: JobRegistry, timeZone: String) {
            id = job.id
            kindLabel = labels.label(of: job.kind)
            badge = JobPageView.Badge(tone: job.status.tone, label: job.status.label)
            progress = job.percent.map { "\($0)%" } ?? (job.status == .succeeded ? "100%" : "—")
            creator = job.creatorUsername.isEmpty ? "Sistem" : job.creatorUsername
            createdAt = IndonesianFormat.dateTime(job.createdAt, timeZone: timeZone)
            isActive = !job.status.isFinished
        }
    }

    let rows: [Row]
    let showsCreator: Bool
    let pager: Pager
    let hasRows: Bool
    /// The list reloads itself while one of its jobs is still queued or running.
    let refresh: Bool

    init(rows: [Row], showsCreator: Bool, pager: Pager) {
        self.rows = rows
        self.showsCreator = showsCreator
        self.pager = pager
        hasRows = !rows.isEmpty
        refresh = rows.contains(where: \.isActive)
    }
}
