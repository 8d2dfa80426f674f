import Core
import DTKS

extension DTKSProposalSubmission {
    /// The length of the base64 text of the largest document accepted.
    static let maximumBase64Length = (AttachmentKind.document.maxByteCount + 2) / 3 * 4

    /// The largest body: every document at its largest, and room for the rest.
    static let bodyLimit = ProposalService.maximumDocuments * maximumBase64Length + 65_536

    static let documentSchema = Schema.object(
        [
            "jenis": Schema.enumeration(
                DocumentType.allCases.map(\.rawValue), description: "Persyaratan yang ditunjukkan dokumen ini (diperiksa, belum disimpan: dokumen usulan DTKS tidak berlabel)."),
            "nama_file": Schema.text(minLength: 0, maxLength: 200),
            "isi_base64": [
                "type": "string", "pattern": "^[A-Za-z0-9+/]*={0,2}$", "maxLength": .int(maximumBase64Length),
                "description": .string(
                    "Isi berkas dalam base64 (RFC 4648 §4, dengan padding): JPEG, PNG atau PDF menurut isinya, paling besar \(AttachmentKind.document.maxSizeText)."),
            ],
        ],
        required: ["jenis", "nama_file", "isi_base64"])

    /// The optional members may also be null (the decoder reads null as absent).
    static let schema = Schema.object(
        [
            "household_id": Schema.nullable(Schema.integer(
                minimum: 1, maximum: Int.max, description: "Id keluarga di register; atau no_kk, salah satu saja.")),
            "no_kk": Schema.nullable(Schema.digits(16, "No KK keluarga aktif di register; atau household_id, salah satu saja.")),
            "proposer_type": Schema.enumeration(ProposerType.allCases.map(\.rawValue), description: "Jenis pengusul."),
            "proposer_name": Schema.nullable(Schema.string("Nama warga, Ketua RT/RW, atau lembaga.")),
            "reason": Schema.nullable(Schema.string("Alasan diusulkan.")),
            "requirements": Schema.object(
                [
                    "kk": Schema.boolean, "ktp": Schema.boolean,
                    "sktm": ["type": "boolean", "description": "SKTM atau surat pengantar RT."],
                ],
                required: ["kk", "ktp", "sktm"], description: "Kelengkapan: fotokopi KK, KTP/NIK, SKTM atau pengantar RT."),
            "attachments": Schema.nullable(
                Schema.array(of: Schema.ref("DTKSDocument"), maxItems: ProposalService.maximumDocuments)),
        ],
        required: ["proposer_type", "requirements"])
}
