import Core

/// The model of the registry forms (`keluarga/formulir`, `penduduk/formulir`, `penduduk/pindah`,
/// `penduduk/status`, `keluarga/status`): sections of fields, the version, and what went wrong.
struct RegistryFormView: Encodable {
    struct Section: Encodable {
        let heading: String
        let fields: [FormField]
    }

    let action: String
    let cancel: String
    let submitLabel: String
    let intro: String?
    let sections: [Section]
    let version: Int?
    let hasErrors: Bool
    let duplicates: [DuplicateLink]
    let conflict: ConflictView?
}

