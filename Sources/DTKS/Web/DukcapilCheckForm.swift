import Core
import Web

/// The single-person check on the matching page: NIK and name required, birth date and sex
/// compared when given.
struct DukcapilCheckForm {
    var nik = ""
    var name = ""
    var birthDate = ""
    var sex = ""
    var errors: [String: String] = [:]

    init() {}

    init(_ form: FormFields) {
        nik = (form["nik"] ?? "").trimmingCharacters(in: .whitespaces)
        name = (form["nama"] ?? "").trimmingCharacters(in: .whitespaces)
        birthDate = (form["tanggal_lahir"] ?? "").trimmingCharacters(in: .whitespaces)
        sex = form["jenis_kelamin"] ?? ""
    }

    /// The query, or nil with `errors` set.
    mutating func query() -> DukcapilQuery? {
        errors = [:]
        let digits = DukcapilImportRow.identityNumber(nik)
        if digits.count != 16 || !digits.allSatisfy(\.isASCIIDigit) { errors["nik"] = "NIK harus 16 angka." }
        if DukcapilName.key(name).isEmpty { errors["nama"] = "Isi nama sesuai KTP/KK." }
        var day: CalendarDate?
        if !birthDate.isEmpty {
            day = CalendarDate(iso: birthDate)
            if day == nil { errors["tanggal_lahir"] = "Tanggal tidak terbaca." }
        }
        guard errors.isEmpty else { return nil }
        return DukcapilQuery(nik: digits, name: name, birthDate: day, sex: Sex(rawValue: sex))
    }

    /// The fields as the field partial renders them.
    var fields: [FormField] {
        [
            FormField(name: "nik", label: "NIK", value: nik, required: true, error: errors["nik"], autocomplete: "off"),
            FormField(name: "nama", label: "Nama", value: name, required: true, error: errors["nama"]),
            FormField(
                name: "tanggal_lahir", label: "Tanggal lahir", value: birthDate, type: "date",
                hint: "Kosongkan bila tidak dibandingkan.", error: errors["tanggal_lahir"]),
            FormField(
                name: "jenis_kelamin", label: "Jenis kelamin", value: sex, type: "select",
                options: FormField.Option.list(Sex.allCases, label: \.label, selected: sex, empty: "— tidak dibandingkan —")),
        ]
    }
}
