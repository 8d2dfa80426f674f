package import HTTPServer
import Web

/// Why a token could not be created or revoked. Each case ends as a field message or a 4xx.
package enum APITokenError: Error, Sendable, Equatable {
    /// The name breaks a rule (its message), or the account is deactivated.
    case invalid(String)
    /// No such account, or no such token of that account.
    case notFound
}

extension APITokenError: HTTPResponseError {
    package var status: HTTPStatus {
        switch self {
        case .invalid: .unprocessableContent
        case .notFound: .notFound
        }
    }

    package var publicMessage: String? {
        switch self {
        case .invalid(let message): message
        case .notFound: "Token atau pengguna tidak ditemukan."
        }
    }
}
