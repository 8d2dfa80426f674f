/// The states a service request waits in (the SOP's steps), as `slrt_requests.status` stores them.
package enum RequestState: String, Sendable, CaseIterable, Codable {
    /// Step 1, front office: the request is taken and its documents completed (15 minutes).
    case reception = "penerimaan"
    /// Step 2: DTKS membership and SIDAMESRA category are checked and recorded (10 minutes).
    case dtksCheck = "cek_dtks"
    /// Step 3, back office: documents verified, recommendation decided (10 minutes).
    case verification = "verifikasi"
    /// Step 4: the signatory approves and the letter is issued (10 minutes).
    case signing = "penerbitan"
    case issued = "terbit"
    case rejected = "ditolak"

    /// The label shown in queues and on the request page.
    package var label: String {
        switch self {
        case .reception: "Penerimaan berkas (Front Office)"
        case .dtksCheck: "Pengecekan kepesertaan DTKS"
        case .verification: "Verifikasi berkas (Back Office)"
        case .signing: "Menunggu persetujuan penanda tangan"
        case .issued: "Surat terbit"
        case .rejected: "Ditolak"
        }
    }

    /// True once nothing more happens to the request.
    package var isFinal: Bool { self == .issued || self == .rejected }

    /// The badge colour class of `partials/badge`.
    package var badge: String {
        switch self {
        case .reception, .dtksCheck: "info"
        case .verification, .signing: "warn"
        case .issued: "ok"
        case .rejected: "danger"
        }
    }
}
