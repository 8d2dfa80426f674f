import Core
import Database
import Foundation
import Sidakis

/// How SIDAKIS proposals look in the API. Keys are Indonesian, like the request bodies and the
/// form inputs they mirror (`jenis`, `sumber`, `versi`). The NIK is masked in lists and in the
/// submission's answer, as in the queue; whole only on the detail for roles with
/// `Action.viewFullNIK`, an opening the service audits.
enum SidakisJSON {
    static func time(_ date: Date) -> JSONValue { .string(ISO8601Timestamp.format(date)) }

    static func proposal(_ proposal: Proposal, fullNIK: Bool = false) -> JSONValue {
        .object(fields(of: proposal, fullNIK: fullNIK))
    }

    private static func fields(of proposal: Proposal, fullNIK: Bool) -> [String: JSONValue] {
        [
            "id": JSONValue(proposal.id), "nomor_registrasi": .string(proposal.registrationNumber),
            "status": .string(proposal.status.rawValue), "versi": .int(proposal.version),
            "jenis": .string(proposal.kind.rawValue), "kepesertaan_lama": JSONValue(proposal.previousSegment?.rawValue),
            "sumber": .string(proposal.source.rawValue),
            "nik": .string(fullNIK ? proposal.nik : IdentityNumberText.masked(proposal.nik)), "nik_tersamar": .bool(!fullNIK),
            "nama": .string(proposal.name), "penduduk_id": JSONValue(proposal.personID),
            "keluarga_id": JSONValue(proposal.householdID), "kode_wilayah": .string(proposal.areaCode),
            "kelompok_keluarga": proposal.familyGroup.map { JSONValue($0) } ?? .null,
            "pengusul": .string(proposal.proposerName), "diajukan_pada": time(proposal.createdAt),
            "status_sejak": time(proposal.statusSince), "nomor_kis": JSONValue(proposal.kisNumber),
            "batch_id": proposal.batchID.map { JSONValue($0) } ?? .null,
        ]
    }

    /// What `GET /sidakis/usulan/{id}` gathers besides the proposal itself.
    struct Detail {
        let proposal: Proposal
        let fullNIK: Bool
        let documents: [ProposalDocumentStore.Row]
        let missing: [ProposalDocument]
        let events: [WorkflowEvent]
        let family: [Proposal]
        let batch: ActivationBatch?
        let moves: [WorkflowTransition]
    }

    static func detail(_ detail: Detail) -> JSONValue {
        let proposal = detail.proposal
        let more: [String: JSONValue] = [
            "alasan": .string(proposal.reason), "catatan_terakhir": .string(proposal.lastNote),
            "keterangan_hasil": .string(proposal.resultReason),
            "disetujui_pada": proposal.approvedAt.map(time) ?? .null,
            "batch": detail.batch.map { ["id": JSONValue($0.id), "nomor": .string($0.number)] } ?? .null,
            "berkas": .array(detail.documents.map { row in
                [
                    "jenis": .string(row.document.rawValue), "nama_file": .string(row.fileName),
                    "tipe_konten": .string(row.contentType), "ukuran": .int(row.byteCount),
                    "ditambahkan_pada": time(row.addedAt), "diganti": .bool(row.replaced),
                ]
            }),
            "berkas_kurang": .array(detail.missing.map { .string($0.rawValue) }),
            "riwayat": .array(detail.events.map { event in
                [
                    "langkah": .string(event.transition), "dari": JSONValue(event.from), "ke": .string(event.to),
                    "oleh": .string(event.username), "catatan": .string(event.note), "pada": time(event.at),
                ]
            }),
            "keluarga": .array(detail.family.filter { $0.id != proposal.id }.map { member in
                [
                    "id": JSONValue(member.id), "nomor_registrasi": .string(member.registrationNumber),
                    "nama": .string(member.name), "status": .string(member.status.rawValue),
                ]
            }),
            "langkah_tersedia": .array(detail.moves.map { .string($0.name) }),
        ]
        return .object(fields(of: proposal, fullNIK: detail.fullNIK).merging(more) { first, _ in first })
    }

    static func report(_ report: ResultImportReport) -> JSONValue {
        [
            "dicatat": .int(report.appliedCount), "ditolak": .int(report.refusedCount),
            "baris": .array(report.lines.map { line in
                [
                    "indeks": .int(line.line), "nik": .string(line.nik), "keterangan": .string(line.outcome),
                    "dicatat": .bool(line.applied),
                ]
            }),
        ]
    }
}
