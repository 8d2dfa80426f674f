package import Database

extension DTKSReadAPI {
    /// One person compared with the loaded Dukcapil extract: `.extractMissing` before any load,
    /// else padan or tidak padan with the reason per field (`DukcapilMatcher`). The NIK may carry
    /// the spaces, dots and dashes people type.
    package func dukcapilCheck(_ query: DukcapilQuery, in db: Connection) throws -> DukcapilMatch {
        guard try DukcapilStore.latestLoad(in: db) != nil else { return .extractMissing }
        let nik = DukcapilImportRow.identityNumber(query.nik)
        return DukcapilMatcher.compare(query, with: try DukcapilStore.record(nik: nik, in: db))
    }
}
