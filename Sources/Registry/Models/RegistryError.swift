package import HTTPServer
import Web

/// Why a change to the register was refused. Each case ends as a field message, a 404 or a 409
/// page, never a 500.
package enum RegistryError: Error, Sendable, Equatable {
    /// Input that breaks a rule: field → Indonesian message; `links` point at the existing record
    /// of a duplicate NIK or No KK when the user may open it.
    case invalid([RegistryField: String], links: [RegistryField: RecordLink] = [:])
    /// No such record inside the user's areas (an id outside them is not found either).
    case notFound
    /// Someone saved the household after the form was opened; `current` is what is stored now.
    case householdChanged(current: Household)
    /// Someone saved the person after the form was opened; `current` is what is stored now.
    case personChanged(current: Person)

    /// The message of a stale save.
    package static let staleMessage =
        "Data ini telah diubah orang lain sejak formulir dibuka. Isian Anda belum disimpan: periksa data terbaru di bawah, lalu simpan lagi."
    /// The message of a duplicate the user may not open.
    package static let duplicateNIKElsewhere = "NIK sudah terdaftar di wilayah lain; hubungi Dinas Sosial."
    /// The message of a duplicate active No KK the user may not open.
    package static let duplicateNoKKElsewhere = "No KK sudah terdaftar di wilayah lain; hubungi Dinas Sosial."

    /// The field messages of `.invalid`, empty for the other cases.
    package var fieldErrors: [RegistryField: String] {
        if case .invalid(let errors, _) = self { return errors }
        return [:]
    }
}

extension RegistryError: HTTPResponseError {
    package var status: HTTPStatus {
        switch self {
        case .invalid: .unprocessableContent
        case .notFound: .notFound
        case .householdChanged, .personChanged: .conflict
        }
    }

    package var publicMessage: String? {
        switch self {
        case .invalid(let errors, _): RegistryField.allCases.compactMap { errors[$0] }.joined(separator: " ")
        case .notFound: "Data tidak ditemukan di wilayah Anda."
        case .householdChanged, .personChanged: Self.staleMessage
        }
    }
}
