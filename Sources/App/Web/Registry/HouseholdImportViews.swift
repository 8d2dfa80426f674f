import Core
import Sidamesra

/// The model of `keluarga/impor`: the upload form and the column list.
struct HouseholdImportFormView: Encodable {
    struct Column: Encodable {
        let name: String
        let note: String
    }

    let maxSize: String
    let error: String?
    let columns: [Column]
    let firstCode: String
    let lastCode: String

    init(error: String?, set: IndicatorSet?, maxBytes: Int) {
        maxSize = "\(maxBytes / 1_048_576) MB"
        self.error = error
        columns = HouseholdImportColumn.allCases.map { Column(name: $0.rawValue, note: $0.note) }
        firstCode = set?.indicators.first?.code ?? "RMH01"
        lastCode = set?.indicators.last?.code ?? "LIN02"
    }
}

/// The model of `keluarga/impor-pratinjau`: the preview job's progress, then its counts and
/// the first problems.
struct HouseholdImportPreviewView: Encodable {
    struct Badge: Encodable {
        let tone: String
        let label: String
    }

    struct Problem: Encodable {
        let row: String
        let column: String
        let message: String
    }

    let jobID: Int64
    let filename: String
    let badge: Badge
    let refresh: Bool
    let failed: Bool
    let ready: Bool
    let message: String
    let problems: [Problem]
    let problemCount: String
    let hasProblems: Bool
    let truncated: Bool

    init(_ job: Job, filename: String, problems: [Problem], problemCount: Int) {
        jobID = job.id
        self.filename = filename
        badge = Badge(tone: job.status.tone, label: job.status.label)
        refresh = !job.status.isFinished
        failed = job.status.isFinished && job.status != .succeeded
        ready = job.status == .succeeded
        message = job.message
        self.problems = problems
        self.problemCount = IndonesianFormat.number(problemCount)
        hasProblems = problemCount > 0
        truncated = problemCount > problems.count
    }
}
