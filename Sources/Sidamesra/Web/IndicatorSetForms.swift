import Web

/// The set's descriptive fields as typed, kept for a form shown again.
struct MetadataForm {
    var name: String
    var legalBasis: String
    var effectiveDate: String
    var notes: String
    var isExample: Bool
    var version: Int?

    init(_ set: IndicatorSet) {
        name = set.name
        legalBasis = set.legalBasis
        effectiveDate = set.effectiveDate
        notes = set.notes
        isExample = set.isExample
        version = set.version
    }

    init(_ fields: FormFields) {
        name = fields[IndicatorSetField.name] ?? ""
        legalBasis = fields[IndicatorSetField.legalBasis] ?? ""
        effectiveDate = fields[IndicatorSetField.effectiveDate] ?? ""
        notes = fields[IndicatorSetField.notes] ?? ""
        isExample = fields[IndicatorSetField.isExample] == "1"
        version = fields["version"].flatMap { Int($0) }
    }

    func edit(version: Int) -> SetMetadataEdit {
        SetMetadataEdit(
            name: name, legalBasis: legalBasis, effectiveDate: effectiveDate, notes: notes, isExample: isExample,
            version: version)
    }
}

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

/// The bands as typed.
struct BandsForm {
    struct Band {
        let id: Int64
        var name: String
        var minScore: String
        var maxScore: String
        var colour: String
    }

    var bands: [Band]
    var version: Int?

    init(_ set: IndicatorSet) {
        bands = set.bands.map {
            Band(id: $0.id, name: $0.name, minScore: String($0.minScore), maxScore: String($0.maxScore), colour: $0.colour)
        }
        version = set.version
    }

    init(_ fields: FormFields, set: IndicatorSet) {
        bands = set.bands.map { band in
            Band(
                id: band.id, name: fields[IndicatorSetField.band(band.id, "name")] ?? "",
                minScore: fields[IndicatorSetField.band(band.id, "min")] ?? "",
                maxScore: fields[IndicatorSetField.band(band.id, "max")] ?? "",
                colour: fields[IndicatorSetField.band(band.id, "colour")] ?? "")
        }
        version = fields["version"].flatMap { Int($0) }
    }

    func edit(version: Int) -> BandsEdit {
        BandsEdit(
            bands: bands.map {
                BandsEdit.Band(
                    id: $0.id, name: $0.name, minScore: IndicatorForm.wholeNumber($0.minScore),
                    maxScore: IndicatorForm.wholeNumber($0.maxScore), colour: $0.colour)
            },
            version: version)
    }
}
