package import HTTPServer
import Web

/// Why a proposal was not created or moved. Field problems end as a message on the form; the
/// others as a page with their status.
package enum ProposalError: Error, Sendable, Equatable, HTTPResponseError {
    /// No proposal (or household) with that id inside the user's area.
    case notFound
    /// Someone else saved the proposal since the form was opened.
    case stale
    /// The household is not active (moved away or dissolved).
    case householdInactive
    /// The household already has an open proposal.
    case alreadyOpen(Int64)
    /// A form field is missing or wrong: the field name and the message.
    case invalid(field: String, message: String)

    package var status: HTTPStatus {
        switch self {
        case .notFound: .notFound
        case .stale, .alreadyOpen: .conflict
        case .householdInactive, .invalid: .unprocessableContent
        }
    }

    package var publicMessage: String? { message }

    /// An Indonesian sentence for the user.
    package var message: String {
        switch self {
        case .notFound: "Usulan atau keluarga tidak ditemukan di wilayah Anda."
        case .stale: "Usulan ini baru saja diubah oleh pengguna lain. Muat ulang halaman lalu ulangi."
        case .householdInactive: "Keluarga ini sudah pindah atau bubar; tidak dapat diusulkan."
        case .alreadyOpen(let id): "Keluarga ini sudah punya usulan yang masih berjalan (usulan #\(id))."
        case .invalid(_, let message): message
        }
    }
}
