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
