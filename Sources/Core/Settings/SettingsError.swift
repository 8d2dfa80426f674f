package import HTTPServer
import Web

/// Why the settings were not saved. Each case ends as field messages or a message above the
/// form, never a 500.
package enum SettingsError: Error, Sendable, Equatable {
    /// Field key (`SettingsKey`) → the Indonesian message shown next to that field.
    case invalid([String: String])
    /// Someone else saved the settings after this form was opened; nothing was written.
    case changedMeanwhile

    /// The field messages of `.invalid`, empty otherwise.
    package var fieldErrors: [String: String] {
        if case .invalid(let errors) = self { return errors }
        return [:]
    }
}

extension SettingsError: HTTPResponseError {
    package var status: HTTPStatus {
        switch self {
        case .invalid: .unprocessableContent
        case .changedMeanwhile: .conflict
        }
    }

    package var publicMessage: String? {
        switch self {
        case .invalid(let errors):
            errors.keys.sorted().compactMap { errors[$0] }.joined(separator: " ")
        case .changedMeanwhile:
            "Pengaturan telah diubah pengguna lain sejak formulir ini dibuka, sehingga isian Anda belum disimpan. "
                + "Periksa nilai yang tersimpan sekarang, lalu simpan lagi."
        }
    }
}
