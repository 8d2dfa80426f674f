package import HTTPServer
import Web

/// Why a proposal or batch action was refused: field messages for a form shown again, a 404
/// outside the user's areas, a 409 when someone else acted first or the state does not allow it.
package enum ProposalError: Error, Sendable, Equatable {
    /// Input that breaks a rule: form field name → Indonesian message.
    case invalid([String: String])
    /// No such proposal, batch or file inside the user's areas.
    case notFound
    /// Another user moved or changed the proposal since the page was opened; nothing was written.
    case changedMeanwhile(current: ProposalStatus)
    /// The move does not leave the proposal's present state, or the role may not make it.
    case notAllowed(String)

    /// The field messages of `.invalid`, empty for the other cases.
    package var fieldErrors: [String: String] {
        if case .invalid(let errors) = self { return errors }
        return [:]
    }
}

extension ProposalError: HTTPResponseError {
    package var status: HTTPStatus {
        switch self {
        case .invalid: .unprocessableContent
        case .notFound: .notFound
        case .changedMeanwhile, .notAllowed: .conflict
        }
    }

    package var publicMessage: String? {
        switch self {
        case .invalid(let errors): errors.keys.sorted().compactMap { errors[$0] }.joined(separator: " ")
        case .notFound: "Usulan tidak ditemukan di wilayah Anda."
        case .changedMeanwhile(let current):
            "Usulan ini baru saja diproses pengguna lain (statusnya sekarang: \(current.label)). Tindakan Anda tidak disimpan; muat ulang halaman untuk melihat data terbaru."
        case .notAllowed(let message): message
        }
    }
}
