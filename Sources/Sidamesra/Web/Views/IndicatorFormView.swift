import Core

/// The model of `sidamesra/indikator/indikator`: one indicator of a draft and its options.
struct IndicatorFormView: Encodable {
    struct OptionFields: Encodable {
        let position: Int
        let label: FormField
        let points: FormField
    }

    let setID: Int64
    let setName: String
    let indicatorID: Int64
    let code: String
    let fields: [FormField]
    let options: [OptionFields]
    let version: Int?
    let hasErrors: Bool
    let conflict: String?

    init(_ set: IndicatorSet, _ indicator: Indicator, form: IndicatorForm, problems: [String: String], conflict: Bool) {
        setID = set.id
        setName = set.name
        indicatorID = indicator.id
        code = indicator.code
        fields = [
            FormField(
                name: IndicatorSetField.theme, label: "Tema", value: form.theme, required: true,
                hint: "Indikator bertema sama ditampilkan berkelompok.", error: problems[IndicatorSetField.theme]),
            FormField(
                name: IndicatorSetField.question, label: "Pertanyaan", value: form.question, type: "textarea",
                required: true, error: problems[IndicatorSetField.question]),
            FormField(
                name: IndicatorSetField.helpText, label: "Petunjuk pengisian", value: form.helpText, type: "textarea",
                error: problems[IndicatorSetField.helpText]),
            FormField(
                name: IndicatorSetField.position, label: "Urutan", value: form.position, type: "number",
                required: true, hint: "Angka kecil tampil lebih dahulu.", error: problems[IndicatorSetField.position]),
        ]
        options = form.options.enumerated().map { index, option in
            OptionFields(
                position: index + 1,
                label: FormField(
                    name: IndicatorSetField.option(option.id, "label"), label: "Pilihan \(index + 1)",
                    value: option.label, required: true,
                    error: problems[IndicatorSetField.option(option.id, "label")]),
                points: FormField(
                    name: IndicatorSetField.option(option.id, "points"), label: "Skor pilihan \(index + 1)",
                    value: option.points, type: "number", required: true,
                    error: problems[IndicatorSetField.option(option.id, "points")]))
        }
        version = form.version
        hasErrors = !problems.isEmpty
        self.conflict = conflict ? IndicatorSetError.versionConflict(current: set).message : nil
    }
}
