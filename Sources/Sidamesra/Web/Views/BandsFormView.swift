import Core

/// The model of `sidamesra/indikator/kategori`: a draft's bands.
struct BandsFormView: Encodable {
    struct BandFields: Encodable {
        let position: Int
        let fields: [FormField]
    }

    let setID: Int64
    let setName: String
    let possibleRange: String
    let bands: [BandFields]
    let bandsError: String?
    let version: Int?
    let hasErrors: Bool
    let conflict: String?

    init(_ set: IndicatorSet, form: BandsForm, problems: [String: String], conflict: Bool) {
        setID = set.id
        setName = set.name
        possibleRange = set.possibleTotals.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "—"
        bands = form.bands.enumerated().map { index, band in
            let colours = CategoryBand.colours.map {
                FormField.Option(value: $0.token, label: $0.label, selected: $0.token == band.colour)
            }
            return BandFields(
                position: index + 1,
                fields: [
                    FormField(
                        name: IndicatorSetField.band(band.id, "name"), label: "Nama kategori", value: band.name,
                        required: true, error: problems[IndicatorSetField.band(band.id, "name")]),
                    FormField(
                        name: IndicatorSetField.band(band.id, "min"), label: "Skor terendah", value: band.minScore,
                        type: "number", required: true, error: problems[IndicatorSetField.band(band.id, "min")]),
                    FormField(
                        name: IndicatorSetField.band(band.id, "max"), label: "Skor tertinggi", value: band.maxScore,
                        type: "number", required: true, error: problems[IndicatorSetField.band(band.id, "max")]),
                    FormField(
                        name: IndicatorSetField.band(band.id, "colour"), label: "Warna", value: band.colour,
                        type: "select", required: true, error: problems[IndicatorSetField.band(band.id, "colour")],
                        options: colours),
                ])
        }
        bandsError = problems[IndicatorSetField.bands]
        version = form.version
        hasErrors = !problems.isEmpty
        self.conflict = conflict ? IndicatorSetError.versionConflict(current: set).message : nil
    }
}
