package import HTTPServer
import Web

/// Why a registration change was refused.
package enum DTKSMemberError: Error, Sendable, Equatable {
    /// Not 16 digits.
    case invalidNIK(String)
    /// Outside 1–10.
    case invalidDesil(Int)
    /// An ID DTKS that is blank once trimmed, or too long.
    case invalidIDDTKS
    /// A NIK the register does not know, given without a name.
    case nameRequired
    /// The person or household id does not belong to the NIK.
    case personMismatch
    /// No such registration (or none active for the NIK).
    case notFound
    /// Deactivating a registration that already ended.
    case alreadyInactive
    /// A deactivation without a reason.
    case reasonRequired

    /// An Indonesian sentence for the user.
    package var message: String {
        switch self {
        case .invalidNIK(let nik): "NIK \(nik) tidak terdiri dari 16 angka."
        case .invalidDesil(let desil): "Desil \(desil) tidak sah: desil adalah angka 1 sampai 10."
        case .invalidIDDTKS: "ID DTKS kosong atau terlalu panjang."
        case .nameRequired: "NIK ini belum ada di data keluarga; nama harus diisi."
        case .personMismatch: "Penduduk atau keluarga yang disebut tidak sesuai dengan NIK."
        case .notFound: "Kepesertaan DTKS tidak ditemukan."
        case .alreadyInactive: "Kepesertaan ini sudah nonaktif."
        case .reasonRequired: "Tulis alasan penonaktifan."
        }
    }
}

extension DTKSMemberError: HTTPResponseError {
    package var status: HTTPStatus {
        switch self {
        case .notFound: .notFound
        case .alreadyInactive: .conflict
        default: .unprocessableContent
        }
    }

    package var publicMessage: String? { message }
}
