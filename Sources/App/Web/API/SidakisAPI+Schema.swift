import Core
import Sidakis

extension SidakisAPI {
    static let timestamp = Schema.dateTime
    static let statuses = Schema.enumeration(ProposalStatus.allCases.map(\.rawValue))
    static let documentKinds = Schema.enumeration(
        ProposalDocument.allCases.map(\.rawValue),
        description: "kk (foto KK, satu untuk semua), ktp (17 tahun ke atas) atau akta_kia (anak).")

    /// One of `values` or null (null must be in `enum` too, or a validator refuses it).
    static func nullableChoice(_ values: [String]) -> JSONValue {
        ["type": ["string", "null"], "enum": .array(values.map(JSONValue.string) + [.null])]
    }

    static let proposalProperties: [String: JSONValue] = [
        "id": Schema.integer, "nomor_registrasi": Schema.string, "status": statuses,
        "versi": Schema.integer(minimum: 1, description: "Versi data; kirim kembali saat mengambil langkah."),
        "jenis": Schema.enumeration(ProposalKind.allCases.map(\.rawValue)),
        "kepesertaan_lama": nullableChoice(PreviousSegment.allCases.map(\.rawValue)),
        "sumber": Schema.enumeration(ProposalSource.allCases.map(\.rawValue)),
        "nik": Schema.string("NIK, tersamar (3402••••••••0001) kecuali pada rincian untuk peran yang boleh melihatnya."),
        "nik_tersamar": Schema.boolean, "nama": Schema.string, "penduduk_id": Schema.integer, "keluarga_id": Schema.integer,
        "kode_wilayah": Schema.string("Kode kalurahan keluarga saat diusulkan."),
        "kelompok_keluarga": Schema.nullable(Schema.integer(description: "Id usulan pertama dari usulan sekeluarga.")),
        "pengusul": Schema.string, "diajukan_pada": timestamp, "status_sejak": timestamp,
        "nomor_kis": Schema.nullable(Schema.string("Nomor KIS (13 digit) setelah aktivasi berhasil.")),
        "batch_id": Schema.nullable(Schema.integer),
    ]

    static let proposalSchema = Schema.object(proposalProperties, required: Array(proposalProperties.keys))

    static let detailSchema: JSONValue = {
        var properties = proposalProperties
        properties["alasan"] = Schema.string
        properties["catatan_terakhir"] = Schema.string
        properties["keterangan_hasil"] = Schema.string
        properties["disetujui_pada"] = Schema.nullable(timestamp)
        properties["batch"] = Schema.nullable(Schema.object(["id": Schema.integer, "nomor": Schema.string], required: ["id", "nomor"]))
        properties["berkas"] = Schema.array(of: Schema.object(
            [
                "jenis": documentKinds, "nama_file": Schema.string, "tipe_konten": Schema.string,
                "ukuran": Schema.integer(minimum: 0), "ditambahkan_pada": timestamp,
                "diganti": Schema.boolean,
            ],
            required: ["jenis", "nama_file", "tipe_konten", "ukuran", "ditambahkan_pada", "diganti"]))
        properties["berkas_kurang"] = Schema.array(of: documentKinds)
        properties["riwayat"] = Schema.array(of: Schema.object(
            [
                "langkah": Schema.string, "dari": nullableChoice(ProposalStatus.allCases.map(\.rawValue)), "ke": statuses, "oleh": Schema.string,
                "catatan": Schema.string, "pada": timestamp,
            ],
            required: ["langkah", "dari", "ke", "oleh", "catatan", "pada"]))
        properties["keluarga"] = Schema.array(of: Schema.object(
            ["id": Schema.integer, "nomor_registrasi": Schema.string, "nama": Schema.string, "status": statuses],
            required: ["id", "nomor_registrasi", "nama", "status"]))
        properties["langkah_tersedia"] = Schema.array(of: Schema.enumeration(SidakisWorkflow.pageMoves.sorted()))
        return Schema.object(properties, required: Array(properties.keys))
    }()

    static let submissionSchema = Schema.object(
        [
            "orang": Schema.array(
                of: Schema.digits(16, "NIK orang yang diusulkan; beberapa NIK hanya dari satu KK (usulan sekeluarga)."),
                maxItems: ProposalSubmission.maximumPersons
            ).setting("minItems", 1),
            "jenis": Schema.enumeration(ProposalKind.allCases.map(\.rawValue)),
            "kepesertaan_lama": Schema.enumeration(
                PreviousSegment.allCases.map(\.rawValue), description: "Wajib untuk pengalihan."),
            "sumber": Schema.enumeration(ProposalSource.allCases.map(\.rawValue)),
            "alasan": Schema.text(minLength: 0, maxLength: 2000),
            "berkas": Schema.array(of: Schema.ref("SidakisDocumentUpload"), maxItems: ProposalSubmission.maximumDocuments)
                .setting("minItems", 1),
        ],
        required: ["orang", "jenis", "sumber", "berkas"])

    static let documentUploadSchema = Schema.object(
        [
            "jenis": documentKinds,
            "nik": Schema.digits(16, "Pemilik KTP atau akta/KIA; boleh kosong bila hanya satu orang diusulkan."),
            "nama_file": Schema.string("Nama berkas asli, untuk ditampilkan; jenisnya ditentukan oleh isinya."),
            "isi_base64": Schema.string("Isi berkas (JPEG, PNG atau PDF, paling besar 5 MB) dalam base64 (RFC 4648 §4)."),
        ],
        required: ["jenis", "nama_file", "isi_base64"])

    static let moveSchema = Schema.object(
        [
            "langkah": Schema.enumeration(SidakisWorkflow.pageMoves.sorted()),
            "versi": Schema.integer(minimum: 1, maximum: Int(Int32.max), description: "Versi usulan yang terakhir dibaca."),
            "catatan": Schema.string("Alasan atau catatan; wajib (minimal 5 karakter) untuk kembalikan dan kembalikan_ke_staf."),
        ],
        required: ["langkah", "versi"])

    static let resultsSchema = Schema.object(
        [
            "baris": Schema.array(
                of: Schema.object(
                    [
                        "nik": Schema.string("NIK yang diusulkan dalam batch ini."),
                        "hasil": Schema.enumeration(ActivationResult.allCases.map(\.rawValue)),
                        "nomor_kis": Schema.nullable(Schema.string("Nomor KIS 13 digit (wajib untuk berhasil).")),
                        "alasan": Schema.nullable(Schema.string("Wajib untuk tidak_berhasil dan ditangguhkan.")),
                    ],
                    required: ["nik", "hasil"]),
                maxItems: ResultImport.maximumRows
            ).setting("minItems", 1),
        ],
        required: ["baris"])

    static let reportSchema = Schema.object(
        [
            "dicatat": Schema.integer(minimum: 0), "ditolak": Schema.integer(minimum: 0),
            "baris": Schema.array(of: Schema.object(
                [
                    "indeks": Schema.integer(minimum: 0, description: "Posisi baris dalam permintaan (mulai 0)."),
                    "nik": Schema.string, "keterangan": Schema.string, "dicatat": Schema.boolean,
                ],
                required: ["indeks", "nik", "keterangan", "dicatat"])),
        ],
        required: ["dicatat", "ditolak", "baris"])
}
