/// The six letters the SLRT front office issues (SOP Musi Rawas 2021, step 1). Raw values are what
/// `slrt_requests.letter_type` stores and what `Templates/letters/<raw>.mustache` is named after.
package enum LetterType: String, Sendable, CaseIterable, Codable, Hashable {
    case pbiAPBD = "pbi_apbd"
    case kipKuliah = "kip_kuliah"
    case healthService = "pelayanan_kesehatan"
    case jampersal
    case sktm
    case skm

    /// The letter's title as printed.
    package var title: String {
        switch self {
        case .pbiAPBD: "Surat Rekomendasi JKN-KIS PBI APBD"
        case .kipKuliah: "Surat Rekomendasi KIP Kuliah"
        case .healthService: "Surat Rekomendasi Pelayanan Kesehatan"
        case .jampersal: "Surat Rekomendasi Jampersal"
        case .sktm: "Surat Keterangan Tidak Mampu"
        case .skm: "Surat Keterangan Mampu"
        }
    }

    /// A short name for lists and filters.
    package var shortLabel: String {
        switch self {
        case .pbiAPBD: "Rekomendasi PBI APBD"
        case .kipKuliah: "Rekomendasi KIP Kuliah"
        case .healthService: "Rekomendasi Yankes"
        case .jampersal: "Rekomendasi Jampersal"
        case .sktm: "SKTM"
        case .skm: "SKM"
        }
    }

    /// The per-type purpose fields the front office fills in.
    package var purposeFields: [PurposeField] {
        switch self {
        case .pbiAPBD:
            [PurposeField(key: "keperluan", label: "Keperluan", kind: .textarea)]
        case .kipKuliah:
            [PurposeField(key: "perguruan_tinggi", label: "Perguruan tinggi", kind: .text),
             PurposeField(key: "program_studi", label: "Program studi", kind: .text)]
        case .healthService:
            [PurposeField(key: "fasilitas", label: "Fasilitas kesehatan", kind: .text),
             PurposeField(key: "diagnosis", label: "Diagnosis", kind: .text)]
        case .jampersal:
            [PurposeField(key: "perkiraan_persalinan", label: "Perkiraan tanggal persalinan", kind: .date),
             PurposeField(key: "fasilitas", label: "Fasilitas persalinan", kind: .text)]
        case .sktm:
            [PurposeField(key: "keperluan", label: "Keperluan SKTM", kind: .textarea)]
        case .skm:
            [PurposeField(key: "keperluan", label: "Keperluan", kind: .textarea)]
        }
    }

    /// The documents the applicant brings, as the checklist of step 1.
    package var requiredDocuments: [RequiredDocument] {
        let common = [RequiredDocument(key: "ktp", label: "KTP pemohon"), RequiredDocument(key: "kk", label: "Kartu Keluarga")]
        switch self {
        case .pbiAPBD:
            return common + [RequiredDocument(key: "pengantar_desa", label: "Surat pengantar kalurahan")]
        case .kipKuliah:
            return common + [RequiredDocument(key: "bukti_diterima", label: "Bukti diterima di perguruan tinggi"),
                             RequiredDocument(key: "pengantar_desa", label: "Surat pengantar kalurahan")]
        case .healthService:
            return common + [RequiredDocument(key: "rujukan_faskes", label: "Surat rujukan / keterangan fasilitas kesehatan"),
                             RequiredDocument(key: "pengantar_desa", label: "Surat pengantar kalurahan")]
        case .jampersal:
            return common + [RequiredDocument(key: "buku_kia", label: "Buku KIA / keterangan bidan"),
                             RequiredDocument(key: "pengantar_desa", label: "Surat pengantar kalurahan")]
        case .sktm, .skm:
            return common + [RequiredDocument(key: "pengantar_desa", label: "Surat pengantar kalurahan")]
        }
    }

    /// The number series of this type (per year, gap-free; Core numbering).
    package var series: String { "slrt." + rawValue }
}

/// One purpose field of a letter type.
package struct PurposeField: Sendable, Equatable {
    package enum Kind: String, Sendable { case text, textarea, date }
    package let key: String
    package let label: String
    package let kind: Kind
}

/// One document of a letter type's checklist.
package struct RequiredDocument: Sendable, Equatable {
    package let key: String
    package let label: String
}
