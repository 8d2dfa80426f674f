/// The states a proposal waits in; raw values are `sidakis_proposals.status` and the workflow's
/// state names (`SidakisWorkflow.definition`).
package enum ProposalStatus: String, Sendable, CaseIterable, Codable {
    case submitted = "diajukan"
    case awaitingVerification = "menunggu_verifikasi"
    case returned = "dikembalikan"
    case awaitingApproval = "menunggu_persetujuan"
    case approved = "disetujui"
    case activating = "proses_aktivasi"
    case succeeded = "berhasil"
    case failed = "tidak_berhasil"
    case postponed = "ditangguhkan"

    package var label: String {
        switch self {
        case .submitted: "Diajukan"
        case .awaitingVerification: "Menunggu verifikasi"
        case .returned: "Dikembalikan"
        case .awaitingApproval: "Menunggu persetujuan"
        case .approved: "Disetujui"
        case .activating: "Proses aktivasi"
        case .succeeded: "Berhasil"
        case .failed: "Tidak berhasil"
        case .postponed: "Ditangguhkan"
        }
    }

    /// The badge tone (`Templates/partials/badge`).
    package var tone: String {
        switch self {
        case .succeeded: "ok"
        case .failed: "danger"
        case .returned, .postponed: "warn"
        case .approved, .activating: "info"
        case .submitted, .awaitingVerification, .awaitingApproval: "muted"
        }
    }

    /// No further move is expected (ditangguhkan may be activated again).
    package var isClosed: Bool { self == .succeeded || self == .failed }
}
