import Core
import Web

/// The proposal form (SOP step 1): household, proposer, reason, requirements checklist, documents.
struct ProposalForm {
    var householdID: Int64?
    var proposerType = ""
    var proposerName = ""
    var reason = ""
    var familyCard = false
    var identityCard = false
    var povertyLetter = false
    var errors: [String: String] = [:]

    init() {}

    init(_ fields: FormFields) {
        householdID = fields["keluarga"].flatMap { Int64($0) }
        proposerType = fields["pengusul"] ?? ""
        proposerName = (fields["nama_pengusul"] ?? "").trimmingCharacters(in: .whitespaces)
        reason = (fields["alasan"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        familyCard = fields["kk"] == "1"
        identityCard = fields["ktp"] == "1"
        povertyLetter = fields["sktm"] == "1"
    }

    /// The proposal, or `ProposalError.invalid` naming the first wrong field.
    func proposal() throws -> NewProposal {
        guard let householdID else { throw ProposalError.invalid(field: "keluarga", message: "Pilih keluarga yang diusulkan.") }
        guard let type = ProposerType(rawValue: proposerType) else {
            throw ProposalError.invalid(field: "pengusul", message: "Pilih jenis pengusul.")
        }
        return NewProposal(
            householdID: householdID, proposerType: type, proposerName: proposerName, reason: reason,
            requirements: ProposalRequirements(familyCard: familyCard, identityCard: identityCard, povertyLetter: povertyLetter))
    }

    /// The uploaded requirement documents, checked (JPEG, PNG or PDF, 5 MB each).
    static func documents(_ files: [UploadedFile]) throws -> [CheckedUpload] {
        try files.filter { $0.size > 0 }.prefix(ProposalService.maximumDocuments).map { try AttachmentService.check(AttachmentUpload($0), kind: .document) }
    }

    var fields: [FormField] {
        [
            FormField(
                name: "pengusul", label: "Pengusul", value: proposerType, type: "select", required: true, error: errors["pengusul"],
                options: [FormField.Option(value: "", label: "— pilih —", selected: proposerType.isEmpty)]
                    + ProposerType.allCases.map { .init(value: $0.rawValue, label: $0.label, selected: $0.rawValue == proposerType) }),
            FormField(name: "nama_pengusul", label: "Nama pengusul", value: proposerName, hint: "Nama warga, Ketua RT/RW, atau lembaga."),
            FormField(name: "alasan", label: "Alasan diusulkan", value: reason, type: "textarea"),
            FormField(name: "kk", label: "Fotokopi Kartu Keluarga", type: "checkbox", checked: familyCard),
            FormField(name: "ktp", label: "Fotokopi KTP / NIK", type: "checkbox", checked: identityCard),
            FormField(name: "sktm", label: "SKTM atau surat pengantar RT", type: "checkbox", checked: povertyLetter),
        ]
    }
}
