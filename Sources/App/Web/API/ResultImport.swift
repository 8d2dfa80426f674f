import Core
import Sidakis

/// The body of `POST /api/v1/sidakis/aktivasi/{id}/hasil`: BPJS's answers as rows, recorded by
/// `ActivationService.importResults` exactly like the rows of an uploaded CSV or XLSX file, so
/// the per-row report is the same (unknown NIK, not in this batch, invalid KIS number, …).
struct ResultImport: Decodable {
    struct Row: Decodable {
        var nik: String
        var hasil: ActivationResult
        var nomorKIS: String?
        var alasan: String?

        enum CodingKeys: String, CodingKey {
            case nik, hasil, alasan
            case nomorKIS = "nomor_kis"
        }
    }

    var baris: [Row]

    /// A batch is a few hundred people; more rows than this are a client's mistake.
    static let maximumRows = 5_000
    /// The form's limit for a result file.
    static let bodyLimit = SidakisController.resultFileLimit

    /// The rows for the service; `line` is the row's index in `baris`.
    func rows() throws -> [ResultRow] {
        guard !baris.isEmpty, baris.count <= Self.maximumRows else {
            throw APIError(
                .unprocessableContent, message: "Kirim 1–\(Self.maximumRows) baris hasil.",
                fields: ["baris": "Harus berisi 1–\(Self.maximumRows) baris."])
        }
        return baris.enumerated().map { index, row in
            ResultRow(
                line: index, nik: row.nik, result: row.hasil.rawValue, kisNumber: row.nomorKIS ?? "", reason: row.alasan ?? "")
        }
    }
}
