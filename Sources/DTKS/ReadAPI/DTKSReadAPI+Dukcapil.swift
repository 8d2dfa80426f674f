package import Database

extension DTKSReadAPI {
    /// One person compared with the loaded Dukcapil extract.
    package func dukcapilCheck(_ query: DukcapilQuery, in db: Connection) throws -> DukcapilMatch {
        // Filled in by the DTKS matching work (issue 6).
        .extractMissing
    }
}
