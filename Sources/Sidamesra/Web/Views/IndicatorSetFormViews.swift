import Core

/// The model of `sidamesra/indikator/keterangan`: a draft's descriptive fields.
struct MetadataFormView: Encodable {
    let setID: Int64
    let setName: String
    let fields: [FormField]
    let version: Int?
    let hasErrors: Bool
    let conflict: String?

    init(_ set: IndicatorSet, form: MetadataForm, problems: [String: String], conflict: Bool) {
        setID = set.id
        setName = set.name
        fields = [
            FormField(
                name: IndicatorSetField.name, label: "Nama set", value: form.name, required: true,
                error: problems[IndicatorSetField.name], autocomplete: "off"),
            FormField(
                name: IndicatorSetField.legalBasis, label: "Dasar hukum", value: form.legalBasis, type: "textarea",
                hint: "Misalnya nomor dan judul Peraturan atau Keputusan Bupati.",
                error: problems[IndicatorSetField.legalBasis]),
            FormField(
                name: IndicatorSetField.effectiveDate, label: "Tanggal berlaku", value: form.effectiveDate, type: "date",
                required: true, error: problems[IndicatorSetField.effectiveDate]),
            FormField(
                name: IndicatorSetField.notes, label: "Catatan", value: form.notes, type: "textarea",
                error: problems[IndicatorSetField.notes]),
            FormField(
                name: IndicatorSetField.isExample, label: "Ini set contoh (bukan tabel resmi IKS)",
                type: "checkbox", hint: "Hapus centang bila isi set sudah sesuai tabel resmi.",
                error: problems[IndicatorSetField.isExample], checked: form.isExample),
        ]
        version = form.version
        hasErrors = !problems.isEmpty
        self.conflict = conflict ? IndicatorSetError.versionConflict(current: set).message : nil
    }
}

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

/// The model of `sidamesra/indikator/aktifkan`: the confirm step.
struct ActivationView: Encodable {
    let id: Int64
    let name: String
    let version: Int
    let activeName: String?
    let problems: [String]
    let ready: Bool
    let isExample: Bool
}
