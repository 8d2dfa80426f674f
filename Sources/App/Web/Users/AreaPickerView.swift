import Core

/// The area inputs of the user form: one desa for an operator; one kecamatan, or desa ticked
/// kecamatan by kecamatan, for a pendamping. Level words come from the settings.
struct AreaPickerView: Encodable {
    struct Choice: Encodable {
        let code: String
        let name: String
        let checked: Bool
    }

    struct Group: Encodable {
        let groupLabel: String
        let open: Bool
        let choices: [Choice]
    }

    let areaError: String?
    let areaHint: String
    let desaListLabel: String
    let operatorField: FormField
    let kecamatanField: FormField
    let groups: [Group]

    init(form: UserForm, kecamatan: [Area], desa: [Area], words: Settings, error: String?) {
        let desaWord = words.word(for: .desa)
        let kecamatanWord = words.word(for: .kecamatan)
        let kecamatanNames = Dictionary(kecamatan.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        areaError = error
        areaHint =
            "Operator: satu \(desaWord). Pendamping: satu \(kecamatanWord), atau satu atau lebih \(desaWord). "
            + "Peran lain mencakup seluruh wilayah; pilihan di sini diabaikan."
        desaListLabel = "Pendamping: atau centang \(desaWord)"
        operatorField = FormField(
            name: "area_desa", label: "Operator: \(desaWord)", value: form.operatorDesa, type: "select",
            hint: "Hanya untuk peran Operator.",
            options: [FormField.Option(value: "", label: "— pilih \(desaWord) —", selected: form.operatorDesa.isEmpty)]
                + desa.map { area in
                    let parent = area.parentCode.flatMap { kecamatanNames[$0] }.map { " — \($0)" } ?? ""
                    return FormField.Option(
                        value: area.code, label: area.name + parent, selected: area.code == form.operatorDesa)
                })
        kecamatanField = FormField(
            name: "area_kecamatan", label: "Pendamping: \(kecamatanWord)", value: form.pendampingKecamatan,
            type: "select", hint: "Pilih satu \(kecamatanWord), atau kosongkan dan centang \(desaWord) di bawah.",
            options: [
                FormField.Option(value: "", label: "— tidak ada —", selected: form.pendampingKecamatan.isEmpty)
            ]
                + kecamatan.map {
                    FormField.Option(value: $0.code, label: $0.name, selected: $0.code == form.pendampingKecamatan)
                })
        let ticked = Set(form.pendampingDesa)
        let desaByParent = Dictionary(grouping: desa) { $0.parentCode ?? "" }
        groups = kecamatan.compactMap { parent in
            guard let members = desaByParent[parent.code], !members.isEmpty else { return nil }
            let choices = members.map { Choice(code: $0.code, name: $0.name, checked: ticked.contains($0.code)) }
            return Group(
                groupLabel: "\(kecamatanWord) \(parent.name)", open: choices.contains { $0.checked }, choices: choices)
        }
    }
}
