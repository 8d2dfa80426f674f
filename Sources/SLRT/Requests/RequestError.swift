package import HTTPServer
import Web

/// Why an SLRT change was refused: a field message on the re-rendered form, a 404, a 409 page.
package enum RequestError: Error, Sendable, Equatable {
    /// Input that breaks a rule: input name → Indonesian message.
    case invalid([String: String])
    /// No such record inside the user's areas.
    case notFound
    /// Someone changed the record after the page was opened.
    case changed
    /// The step cannot be taken now (documents missing, not eligible without an override, …).
    case refused(String)
    /// The user may not take this step (a signatory other than the one the settings name).
    case notPermitted(String)

    package static let staleMessage =
        "Permohonan ini telah diubah orang lain sejak halaman dibuka. Muat ulang halaman, periksa, lalu ulangi."

    /// The field messages of `.invalid`.
    package var fieldErrors: [String: String] {
        if case .invalid(let errors) = self { return errors }
        return [:]
    }
}

extension RequestError: HTTPResponseError {
    package var status: HTTPStatus {
        switch self {
        case .invalid: .unprocessableContent
        case .notFound: .notFound
        case .changed, .refused: .conflict
        case .notPermitted: .forbidden
        }
    }

    package var publicMessage: String? {
        switch self {
        case .invalid(let errors): errors.keys.sorted().compactMap { errors[$0] }.joined(separator: " ")
        case .notFound: "Data tidak ditemukan di wilayah Anda."
        case .changed: Self.staleMessage
        case .refused(let message), .notPermitted(let message): message
        }
    }
}
