package import HTTPServer
import Web

/// Why a verivali change was refused.
package enum VerivaliError: Error, Sendable, Equatable {
    /// The round's form: each field's message.
    case invalid([String: String])
    /// No such round or entry inside the user's areas.
    case notFound
    /// Recording or closing a round that is already closed.
    case closed
    /// Closing while households have no result yet.
    case unrecorded(Int)
    /// Applying a result failed; nothing of the round was applied.
    case applyFailed(noKK: String, reason: String)

    /// An Indonesian sentence for the user.
    package var message: String {
        switch self {
        case .invalid(let fields): fields.keys.sorted().compactMap { fields[$0] }.joined(separator: " ")
        case .notFound: "Putaran verivali tidak ditemukan di wilayah Anda."
        case .closed: "Putaran verivali ini sudah ditutup."
        case .unrecorded(let count): "Masih ada \(count) keluarga tanpa hasil; isi semua hasil sebelum menutup putaran."
        case .applyFailed(let noKK, let reason):
            "Hasil keluarga \(noKK) tidak dapat diterapkan: \(reason) Tidak ada hasil putaran ini yang diterapkan."
        }
    }
}

extension VerivaliError: HTTPResponseError {
    package var status: HTTPStatus {
        switch self {
        case .invalid: .unprocessableContent
        case .notFound: .notFound
        case .closed, .unrecorded, .applyFailed: .conflict
        }
    }

    package var publicMessage: String? { message }
}
