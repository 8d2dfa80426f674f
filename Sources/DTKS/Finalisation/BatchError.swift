package import HTTPServer
import Web

/// Why a batch was not opened, changed or moved.
package enum BatchError: Error, Sendable, Equatable, HTTPResponseError {
    case notFound
    case stale
    /// No proposal is layak, padan and not yet in a batch.
    case nothingToFinalise
    /// Only a draft batch can be refilled.
    case notDraft
    case invalid(field: String, message: String)

    package var status: HTTPStatus {
        switch self {
        case .notFound: .notFound
        case .stale, .notDraft: .conflict
        case .nothingToFinalise, .invalid: .unprocessableContent
        }
    }

    package var publicMessage: String? { message }

    package var message: String {
        switch self {
        case .notFound: "Berkas finalisasi tidak ditemukan."
        case .stale: "Berkas ini baru saja diubah oleh pengguna lain. Muat ulang halaman lalu ulangi."
        case .nothingToFinalise: "Tidak ada usulan layak dan padan yang menunggu finalisasi."
        case .notDraft: "Hanya berkas berstatus draf yang dapat diperbarui."
        case .invalid(_, let message): message
        }
    }
}
