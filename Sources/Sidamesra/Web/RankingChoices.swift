package import Core
package import Database
package import Web

/// What the ranking's filters offer a user, and the filter a request resolves to within them.
/// The area choice is clamped to the user's scope: an area outside it (or unknown) falls back to
/// the default, the kabupaten for roles that see everywhere, else the first kapanewon or
/// kalurahan of the scope. The store limits every row to the scope again. The API reads its
/// filter through this type too, so both apply one rule.
package struct RankingChoices {
    /// Query-string names.
    static let areaParameter = "wilayah"
    static let bandParameter = "kategori"
    static let optionParameter = "jawaban"

    /// The areas the user may rank in, in code order; nil code for the kabupaten.
    let areas: [(code: String?, label: String)]
    /// The band names of the active set, worst first.
    let bandNames: [String]
    /// Every option of the active set, labelled `CODE · label`.
    let options: [(id: Int64, label: String)]

    /// The filter the request resolves to.
    package let filter: RankingFilter

    package init(query: FormFields, user: CurrentUser, words: Settings, in db: Connection) throws {
        var areas: [(code: String?, label: String)] = []
        var levels: [String: AreaLevel] = [:]
        if user.scope == .everywhere {
            let kabupaten = try AreaStore.all(level: .kabupaten, in: db).first
            areas.append((nil, "\(words.word(for: .kabupaten)) \(kabupaten?.name ?? "")".trimmingCharacters(in: .whitespaces)))
        }
        let inScope = try (AreaStore.all(level: .kecamatan, in: db) + AreaStore.all(level: .desa, in: db))
            .filter { user.scope.contains($0.code) }
            .sorted { $0.code < $1.code }
        for area in inScope {
            areas.append((area.code, "\(words.word(for: area.level)) \(area.name)"))
            levels[area.code] = area.level
        }
        self.areas = areas

        let active = try IndicatorSetStore.active(in: db)
        let bandNames = active?.bands.sorted { $0.position < $1.position }.map(\.name) ?? []
        let options: [(id: Int64, label: String)] = active?.indicators.sorted { $0.position < $1.position }.flatMap { indicator in
            indicator.options.sorted { $0.position < $1.position }.map { ($0.id, "\(indicator.code) · \($0.label)") }
        } ?? []

        let requested = query[Self.areaParameter].flatMap { levels[$0] == nil ? nil : $0 }
        let chosen = requested ?? areas.first?.code
        let area: RankingArea
        switch chosen.flatMap({ code in levels[code].map { (code, $0) } }) {
        case (let code, .kecamatan)?: area = .kecamatan(code)
        case (let code, _)?: area = .desa(code)
        // Only the kabupaten's own entry has no code; a user without any area sees nothing.
        case nil: area = user.scope == .everywhere ? .kabupaten : .desa("")
        }
        let band = query[Self.bandParameter].flatMap { name in bandNames.contains(name) ? name : nil }
        let option = query[Self.optionParameter].flatMap { Int64($0) }.flatMap { id in options.contains { $0.id == id } ? id : nil }
        self.bandNames = bandNames
        self.options = options
        filter = RankingFilter(area: area, bandName: band, optionID: option)
    }

    /// The label of the chosen area.
    package var areaLabel: String {
        areas.first { $0.code == filter.area.code }?.label ?? "—"
    }

    /// The filters as query-string pairs, for pager and export links.
    var parameters: [(String, String)] {
        var pairs: [(String, String)] = []
        if let code = filter.area.code { pairs.append((Self.areaParameter, code)) }
        if let band = filter.bandName { pairs.append((Self.bandParameter, band)) }
        if let option = filter.optionID { pairs.append((Self.optionParameter, String(option))) }
        return pairs
    }

    /// The form fields of the filter bar.
    var fields: [FormField] {
        let areaOptions = areas.map {
            FormField.Option(value: $0.code ?? "", label: $0.label, selected: $0.code == filter.area.code)
        }
        let bandOptions = [FormField.Option(value: "", label: "Semua kategori", selected: filter.bandName == nil)]
            + bandNames.map { FormField.Option(value: $0, label: $0, selected: $0 == filter.bandName) }
        let answerOptions = [FormField.Option(value: "", label: "Semua jawaban", selected: filter.optionID == nil)]
            + options.map { FormField.Option(value: String($0.id), label: $0.label, selected: $0.id == filter.optionID) }
        return [
            FormField(name: Self.areaParameter, label: "Wilayah peringkat", type: "select", options: areaOptions),
            FormField(name: Self.bandParameter, label: "Kategori", type: "select", options: bandOptions),
            FormField(name: Self.optionParameter, label: "Jawaban indikator", type: "select",
                      hint: "Keluarga yang penilaian terakhirnya memilih jawaban ini.", options: answerOptions),
        ]
    }
}
