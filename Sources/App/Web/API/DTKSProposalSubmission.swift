import Core
import Database
import DTKS
import Foundation
import Registry

/// The body of `POST /api/v1/dtks/usulan`: the household (by id or by No KK, as the proposal
/// form finds it), the proposer, the requirements checklist and the documents as base64. Field
/// errors are named after these keys: `no_kk`, `requirements.kk`, `attachments[0].isi_base64`.
struct DTKSProposalSubmission: Decodable {
    struct Requirements: Decodable {
        var kk: Bool
        var ktp: Bool
        var sktm: Bool
    }

    /// Which requirement a document shows. DTKS keeps a proposal's documents without a label
    /// (as the form uploads them), so this is checked, not stored.
    enum DocumentType: String, Decodable, CaseIterable {
        case kk, ktp, sktm, lainnya
    }

    struct Document: Decodable {
        var jenis: DocumentType
        var namaFile: String
        var isiBase64: String

        enum CodingKeys: String, CodingKey {
            case jenis
            case namaFile = "nama_file"
            case isiBase64 = "isi_base64"
        }
    }

    var householdID: Int64?
    var noKK: String?
    var proposerType: ProposerType
    var proposerName: String?
    var reason: String?
    var requirements: Requirements
    var attachments: [Document]?

    enum CodingKeys: String, CodingKey {
        case reason, requirements, attachments
        case householdID = "household_id"
        case noKK = "no_kk"
        case proposerType = "proposer_type"
        case proposerName = "proposer_name"
    }

    /// Proposes the household through `ProposalService.propose` (scope, open-proposal and
    /// household rules there) with the documents checked by `AttachmentService.check`, as the
    /// form's uploads are; returns the new proposal's id.
    func submit(with service: ProposalService, by actor: Actor, scope: AreaScope) throws -> Int64 {
        let documents = try checkedDocuments()
        let household = try householdID(scope: scope, pool: service.pool)
        let new = NewProposal(
            householdID: household, proposerType: proposerType,
            proposerName: (proposerName ?? "").trimmingCharacters(in: .whitespaces),
            reason: (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
            requirements: ProposalRequirements(familyCard: requirements.kk, identityCard: requirements.ktp, povertyLetter: requirements.sktm))
        do {
            return try service.propose(new, documents: documents, by: actor, scope: scope)
        } catch ProposalError.householdInactive {
            let message = ProposalError.householdInactive.message
            throw APIError(.unprocessableContent, message: message, fields: [householdKey: message])
        }
    }

    /// The key the client named the household with.
    private var householdKey: String { householdID == nil ? CodingKeys.noKK.rawValue : CodingKeys.householdID.rawValue }

    /// The household's id: the one given, or the active household with that No KK inside
    /// `scope` (one outside is not found, as in the form's search).
    private func householdID(scope: AreaScope, pool: DatabasePool) throws -> Int64 {
        switch (householdID, noKK) {
        case (let id?, nil):
            return id
        case (nil, let noKK?):
            guard noKK.utf8.count == IdentityNumberText.length, noKK.allSatisfy(\.isASCIIDigit) else {
                throw APIError(.unprocessableContent, message: "No KK harus 16 digit.", fields: ["no_kk": "Harus 16 digit angka."])
            }
            guard let household = try pool.read({ try HouseholdStore.findActive(noKK: noKK, in: $0) }),
                scope.contains(household.areaCode)
            else { throw ProposalError.notFound }
            return household.id
        case (nil, nil):
            let message = "Isi household_id atau no_kk."
            throw APIError(
                .unprocessableContent, message: "Pilih keluarga yang diusulkan.",
                fields: ["household_id": message, "no_kk": message])
        case (.some, .some):
            let message = "Isi salah satu saja: household_id atau no_kk."
            throw APIError(
                .unprocessableContent, message: message, fields: ["household_id": message, "no_kk": message])
        }
    }

    /// Each document decoded and checked like an upload of the form (type by content, size);
    /// every problem is reported at once, named after its document.
    private func checkedDocuments() throws -> [CheckedUpload] {
        let documents = attachments ?? []
        guard documents.count <= ProposalService.maximumDocuments else {
            let message = "Paling banyak \(ProposalService.maximumDocuments) dokumen."
            throw APIError(.unprocessableContent, message: message, fields: ["attachments": message])
        }
        var checked: [CheckedUpload] = []
        var problems: [String: String] = [:]
        for (index, document) in documents.enumerated() {
            let field = "attachments[\(index)].isi_base64"
            // RFC 4648 §4: the standard alphabet with padding, nothing else (no line breaks).
            guard let bytes = Data(base64Encoded: document.isiBase64) else {
                problems[field] = "Bukan base64 yang valid."
                continue
            }
            do throws(AttachmentError) {
                checked.append(
                    try AttachmentService.check(
                        AttachmentUpload(fileName: document.namaFile, content: .bytes(Array(bytes))), kind: .document))
            } catch {
                guard error.isFieldError else { throw error }
                problems[field] = error.message
            }
        }
        guard problems.isEmpty else {
            throw APIError(.unprocessableContent, message: "Ada dokumen yang tidak dapat diterima.", fields: problems)
        }
        return checked
    }
}
