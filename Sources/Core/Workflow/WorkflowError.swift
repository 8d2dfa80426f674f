package import HTTPServer
import Web

/// Why the engine refused a move. Each case renders as its own status page.
package enum WorkflowError: Error, Equatable, HTTPResponseError {
    /// The move does not leave the item's current state (it was moved by someone else, or never could).
    case illegalTransition(name: String, from: String)
    /// The definition has no move with this name.
    case unknownTransition(String)
    /// The actor's role lacks the move's permission.
    case notPermitted(name: String)
    /// The move needs a written reason and none was given.
    case noteRequired(name: String)

    package var status: HTTPStatus {
        switch self {
        case .illegalTransition: .conflict
        case .unknownTransition: .badRequest
        case .notPermitted: .forbidden
        case .noteRequired: .unprocessableContent
        }
    }

    package var publicMessage: String? {
        switch self {
        case .illegalTransition:
            "Langkah ini tidak dapat dilakukan pada status data saat ini. Data mungkin sudah diproses orang lain; muat ulang halaman."
        case .unknownTransition: "Langkah tidak dikenal."
        case .notPermitted: "Anda tidak berwenang melakukan langkah ini."
        case .noteRequired: "Langkah ini memerlukan catatan alasan."
        }
    }
}
