import Web

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
