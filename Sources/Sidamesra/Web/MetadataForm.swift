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
