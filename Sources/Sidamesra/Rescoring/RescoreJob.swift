package import Core
import Foundation

/// The background job that re-scores every household under the active set (`Rescoring`), queued
/// from the active set's page by admin or kasi.
package enum RescoreJob {
    /// The stored kind name.
    package static let name = "sidamesra.skor-ulang"

    /// What the job was queued with: the set that was active when the button was pressed.
    package struct Parameters: Codable, Sendable {
        package let setID: Int64

        package init(setID: Int64) {
            self.setID = setID
        }
    }

    /// The job kind App registers.
    package static func kind(batchSize: Int = Rescoring.defaultBatchSize) -> JobKind {
        JobKind(name: name, label: "Hitung ulang skor keluarga dengan set indikator aktif") { job in
            let parameters = try job.parameters(as: Parameters.self)
            let rescoring = Rescoring(pool: job.pool, clock: job.clock, batchSize: batchSize)
            let outcome: RescoreOutcome
            do {
                outcome = try rescoring.run(activeSetID: parameters.setID, by: job.actor) { done, total, running, db in
                    try job.report(
                        done: done, total: total,
                        message: "\(IndonesianFormat.number(running.rescored)) keluarga dihitung ulang, "
                            + "\(IndonesianFormat.number(running.needsReassessment)) perlu penilaian ulang.",
                        in: db)
                }
            } catch let error as RescoreError {
                throw JobFailure(error.message)
            }
            job.summary = summary(outcome)
        }
    }

    /// "12.345 keluarga dihitung ulang; 12 perlu penilaian ulang (indikator baru belum dijawab)."
    static func summary(_ outcome: RescoreOutcome) -> String {
        var text = "\(IndonesianFormat.number(outcome.rescored)) keluarga dihitung ulang"
        if outcome.needsReassessment > 0 {
            text += "; \(IndonesianFormat.number(outcome.needsReassessment)) perlu penilaian ulang (indikator baru belum dijawab)"
        }
        return text + "."
    }
}
