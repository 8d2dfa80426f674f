import Web

/// One indicator and its options as typed. Numbers stay text so a wrong one is shown again as typed.
struct IndicatorForm {
    struct Option {
        let id: Int64
        var label: String
        var points: String
    }

    var theme: String
    var question: String
    var helpText: String
    var position: String
    var options: [Option]
    var version: Int?

    init(_ indicator: Indicator, version: Int) {
        theme = indicator.theme
        question = indicator.question
        helpText = indicator.helpText
        position = String(indicator.position)
        options = indicator.options.map { Option(id: $0.id, label: $0.label, points: String($0.points)) }
        self.version = version
    }

    /// The typed values for the options of `indicator` (others in the input are ignored).
    init(_ fields: FormFields, indicator: Indicator) {
        theme = fields[IndicatorSetField.theme] ?? ""
        question = fields[IndicatorSetField.question] ?? ""
        helpText = fields[IndicatorSetField.helpText] ?? ""
        position = fields[IndicatorSetField.position] ?? ""
        options = indicator.options.map { option in
            Option(
                id: option.id, label: fields[IndicatorSetField.option(option.id, "label")] ?? "",
                points: fields[IndicatorSetField.option(option.id, "points")] ?? "")
        }
        version = fields["version"].flatMap { Int($0) }
    }

    func edit(version: Int) -> IndicatorEdit {
        IndicatorEdit(
            theme: theme, question: question, helpText: helpText, position: Self.wholeNumber(position),
            options: options.map { IndicatorEdit.Option(id: $0.id, label: $0.label, points: Self.wholeNumber($0.points)) },
            version: version)
    }

    static func wholeNumber(_ text: String) -> Int? { Int(text.trimmingCharacters(in: .whitespaces)) }
}
