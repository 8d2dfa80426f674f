/// Why a change to an indicator set was refused. Each case ends as a field message, a flash or a
/// 4xx page, never a 500.
package enum IndicatorSetError: Error, Sendable, Equatable {
    /// No set (or no indicator of the set) with that id.
    case notFound
    /// Only drafts can be edited or activated; the set is in `status`.
    case notDraft(IndicatorSetStatus)
    /// Someone saved the set after the form was opened; `current` is what is stored now.
    case versionConflict(current: IndicatorSet)
    /// Input that breaks a rule: form input name (`IndicatorSetField`) → Indonesian message.
    case invalid([String: String])
    /// The draft cannot be activated yet: every problem, in Indonesian.
    case notReady([String])

    /// The field messages of `.invalid`, empty for the other cases.
    package var fieldErrors: [String: String] {
        if case .invalid(let errors) = self { return errors }
        return [:]
    }

    /// A sentence for the admin, in Indonesian.
    package var message: String {
        switch self {
        case .notFound:
            "Set indikator tidak ditemukan."
        case .notDraft(let status):
            "Set indikator berstatus \(status.label.lowercased()) tidak dapat diubah. Salin menjadi draf baru untuk mengubahnya."
        case .versionConflict:
            "Set indikator ini telah diubah orang lain sejak formulir dibuka. Periksa data terbaru, lalu simpan lagi."
        case .invalid(let errors):
            errors.sorted { $0.key < $1.key }.map(\.value).joined(separator: " ")
        case .notReady(let problems):
            "Draf belum dapat diaktifkan: " + problems.joined(separator: " ")
        }
    }
}
