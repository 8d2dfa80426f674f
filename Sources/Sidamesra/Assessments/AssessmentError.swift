package import HTTPServer
import Web

/// Why an assessment was not stored. Each case ends as a form message, a 404 or a 409 page.
package enum AssessmentError: Error, Sendable, Equatable {
    /// No such household inside the user's areas.
    case householdNotFound
    /// The household moved away or dissolved; only active households are assessed.
    case householdNotActive(statusLabel: String)
    /// No indicator set is active, so there is nothing to score against.
    case noActiveSet
    /// The answers do not score: incomplete, or an option of another indicator.
    case scoring(ScoringError)
    /// The assessment date is in the future or before 2000.
    case invalidDate(String)

    /// A sentence for the user, in Indonesian.
    package var message: String {
        switch self {
        case .householdNotFound: "Keluarga tidak ditemukan di wilayah Anda."
        case .householdNotActive(let status): "Keluarga berstatus \(status.lowercased()); hanya keluarga aktif yang dinilai."
        case .noActiveSet: "Belum ada set indikator yang aktif. Hubungi admin Dinas Sosial."
        case .scoring(let error): error.message
        case .invalidDate(let message): message
        }
    }
}

extension AssessmentError: HTTPResponseError {
    package var status: HTTPStatus {
        switch self {
        case .householdNotFound: .notFound
        case .householdNotActive, .noActiveSet: .conflict
        case .scoring, .invalidDate: .unprocessableContent
        }
    }

    package var publicMessage: String? { message }
}
