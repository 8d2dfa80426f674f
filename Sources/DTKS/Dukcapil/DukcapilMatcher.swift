import Core

/// Compares one person with the extract's record of the same NIK (pemadanan): the NIK must exist,
/// then the name (`DukcapilName.key`), the birth date and the sex must be equal. Every field
/// that differs is named, in that order; a field the query leaves empty is not compared.
package enum DukcapilMatcher {
    /// The outcome for `query` against `record` (nil: the NIK is not in the extract).
    package static func compare(_ query: DukcapilQuery, with record: DukcapilRecord?) -> DukcapilMatch {
        guard let record else { return .tidakPadan([.nikNotFound]) }
        return compare(
            nameKey: DukcapilName.key(query.name), birthDate: query.birthDate, sex: query.sex,
            recordNameKey: DukcapilName.key(record.name), recordBirthDate: record.birthDate, recordSex: record.sex)
    }

    /// The same on values already read from the database (the batch pass compares the stored
    /// key and the ISO date and sex codes as they are).
    package static func compare<Day: Equatable, Kind: Equatable>(
        nameKey: String, birthDate: Day?, sex: Kind?, recordNameKey: String, recordBirthDate: Day?, recordSex: Kind?
    ) -> DukcapilMatch {
        var reasons: [DukcapilMismatch] = []
        if nameKey != recordNameKey { reasons.append(.name) }
        if let birthDate, birthDate != recordBirthDate { reasons.append(.birthDate) }
        if let sex, sex != recordSex { reasons.append(.sex) }
        return reasons.isEmpty ? .padan : .tidakPadan(reasons)
    }
}

extension DukcapilMatch {
    /// True for `.padan`.
    package var isPadan: Bool { self == .padan }

    /// The reasons of a `.tidakPadan` (empty otherwise).
    package var reasons: [DukcapilMismatch] {
        if case .tidakPadan(let reasons) = self { return reasons }
        return []
    }

    /// "Padan", "Tidak padan: nama berbeda, tanggal lahir berbeda", "Data Dukcapil belum dimuat".
    package var text: String {
        switch self {
        case .padan: "Padan"
        case .tidakPadan(let reasons): "Tidak padan: " + reasons.map(\.label).joined(separator: ", ")
        case .extractMissing: "Data Dukcapil belum dimuat"
        }
    }
}
