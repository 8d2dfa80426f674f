package import HTTPServer
import Web

/// Why a change to an account was refused. Each case ends as a field message, a flash or a 4xx
/// page, never a 500.
package enum UserError: Error, Sendable, Equatable {
    /// Input that breaks a rule: field → Indonesian message.
    case invalid([UserField: String])
    /// No account with that id.
    case notFound
    /// Someone saved the account after the form was opened; `current` is what is stored now.
    case versionConflict(current: User)
    /// An admin tried to deactivate their own account.
    case cannotDeactivateSelf

    /// The field messages of `.invalid`, empty for the other cases.
    package var fieldErrors: [UserField: String] {
        if case .invalid(let errors) = self { return errors }
        return [:]
    }
}

extension UserError: HTTPResponseError {
    package var status: HTTPStatus {
        switch self {
        case .invalid: .unprocessableContent
        case .notFound: .notFound
        case .versionConflict, .cannotDeactivateSelf: .conflict
        }
    }

    package var publicMessage: String? {
        switch self {
        case .invalid(let errors):
            UserField.allCases.compactMap { errors[$0] }.joined(separator: " ")
        case .notFound:
            "Pengguna tidak ditemukan."
        case .versionConflict:
            "Data pengguna ini telah diubah orang lain sejak formulir dibuka. Periksa data terbaru, lalu simpan lagi."
        case .cannotDeactivateSelf:
            "Anda tidak dapat menonaktifkan akun Anda sendiri."
        }
    }
}
