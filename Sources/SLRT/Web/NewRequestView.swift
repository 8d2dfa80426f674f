import Core
import Registry
import Web

/// The new-request form: type and NIK first (a GET that looks the NIK up), then the purpose
/// fields, the document checklist with files and, for a NIK the register does not know, the
/// applicant's data to register them on the spot.
struct NewRequestView: Encodable {
    struct Applicant: Encodable {
        let name: String
        let outside: Bool
    }

    struct Document: Encodable {
        let key: String
        let label: String
        let checked: Bool
        let fileField: FormField
    }

    let lookup: [FormField]
    let ready: Bool
    let jenis: String
    let nik: String
    let typeTitle: String
    let applicant: Applicant?
    let needsRegistration: Bool
    let purpose: [FormField]
    let documents: [Document]
    let registration: [FormField]
    let nikError: String?

    init(input: RequestInput, errors: [String: String], applicant: Applicant?, desaOptions: [Area], settings: Settings) {
        lookup = [
            FormField(
                name: "jenis", label: "Jenis surat", value: input.letterType?.rawValue ?? "", type: "select", required: true,
                error: errors["jenis"],
                options: FormField.Option.list(
                    LetterType.allCases, label: \.title, selected: input.letterType?.rawValue ?? "", empty: "Pilih jenis surat")),
            FormField(name: "nik", label: "NIK pemohon", value: input.nik, required: true, hint: "16 angka, dari KTP/KK.", error: errors["nik"]),
        ]
        let type = input.letterType
        ready = type != nil && input.nik.count == 16 && applicant?.outside != true
        jenis = type?.rawValue ?? ""
        nik = input.nik
        typeTitle = type?.title ?? ""
        self.applicant = applicant
        needsRegistration = applicant == nil
        nikError = errors["nik"]
        purpose = (type?.purposeFields ?? []).map { field in
            FormField(
                name: "tujuan." + field.key, label: field.label, value: input.purpose[field.key] ?? "",
                type: field.kind == .textarea ? "textarea" : field.kind == .date ? "date" : "text", required: true,
                error: errors["tujuan." + field.key])
        }
        documents = (type?.requiredDocuments ?? []).map { document in
            Document(
                key: document.key, label: document.label, checked: input.documents.contains(document.key),
                fileField: FormField(
                    name: "file." + document.key, label: "Berkas \(document.label) (JPG, PNG atau PDF)", type: "file",
                    error: errors["file." + document.key]))
        }
        let person = input.registration?.person
        let household = input.registration?.household
        func error(_ field: RegistryField) -> String? { errors["daftar." + field.rawValue] }
        registration = [
            FormField(name: "daftar.name", label: "Nama lengkap", value: person?.name ?? "", required: true, error: error(.name)),
            FormField(
                name: "daftar.sex", label: "Jenis kelamin", value: person?.sex?.rawValue ?? "", type: "select", required: true,
                error: error(.sex),
                options: FormField.Option.list(Sex.allCases, label: \.label, selected: person?.sex?.rawValue ?? "", empty: "Pilih")),
            FormField(name: "daftar.birth_place", label: "Tempat lahir", value: person?.birthPlace ?? "", error: error(.birthPlace)),
            FormField(name: "daftar.birth_date", label: "Tanggal lahir", value: person?.birthDate ?? "", type: "date", required: true, error: error(.birthDate)),
            FormField(
                name: "daftar.relationship", label: "Hubungan dalam keluarga", value: person?.relationship?.rawValue ?? "kepala",
                type: "select", error: error(.relationship),
                options: Relationship.allCases.map {
                    FormField.Option(value: $0.rawValue, label: $0.label, selected: $0 == (person?.relationship ?? .head))
                }),
            FormField(name: "daftar.no_kk", label: "No KK", value: household?.noKK ?? "", required: true,
                      hint: "Bila keluarga ini sudah terdaftar, pemohon ditambahkan sebagai anggotanya.", error: error(.noKK)),
            FormField(
                name: "daftar.area_code", label: settings.desaWord, value: household?.areaCode ?? "", type: "select", required: true,
                error: error(.areaCode),
                options: [FormField.Option(value: "", label: "Pilih", selected: household == nil)]
                    + desaOptions.map { FormField.Option(value: $0.code, label: "\($0.name) (\($0.code))", selected: $0.code == household?.areaCode) }),
            FormField(name: "daftar.dusun", label: settings.dusunWord, value: household?.dusun ?? "", error: error(.dusun)),
            FormField(name: "daftar.rt", label: "RT", value: household?.rt ?? "", error: error(.rt)),
            FormField(name: "daftar.rw", label: "RW", value: household?.rw ?? "", error: error(.rw)),
            FormField(name: "daftar.address", label: "Alamat", value: household?.address ?? "", error: error(.address)),
        ]
    }

    /// The registration inputs of the posted form.
    static func registration(_ fields: FormFields) -> RequestInput.Registration {
        RequestInput.Registration(
            person: PersonInput(
                nik: nil, name: fields["daftar.name"] ?? "", sex: fields["daftar.sex"].flatMap(Sex.init(rawValue:)),
                birthPlace: fields["daftar.birth_place"] ?? "", birthDate: fields["daftar.birth_date"] ?? "",
                relationship: fields["daftar.relationship"].flatMap(Relationship.init(rawValue:)) ?? .head),
            household: HouseholdInput(
                noKK: fields["daftar.no_kk"] ?? "", areaCode: fields["daftar.area_code"] ?? "", dusun: fields["daftar.dusun"] ?? "",
                rt: fields["daftar.rt"] ?? "", rw: fields["daftar.rw"] ?? "", address: fields["daftar.address"] ?? ""))
    }
}
