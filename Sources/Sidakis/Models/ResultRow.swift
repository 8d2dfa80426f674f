/// One BPJS answer to record for an activation batch, as written in a result file's row or an
/// API request's item: the fields still unparsed, so every source gets the same per-row checks.
package struct ResultRow: Sendable, Equatable {
    /// The line (CSV), row (XLSX) or item index (API) the report names.
    package let line: Int
    package let nik: String
    /// `berhasil`, `tidak_berhasil` or `ditangguhkan` (or a label, any case).
    package let result: String
    package let kisNumber: String
    package let reason: String

    package init(line: Int, nik: String, result: String, kisNumber: String, reason: String) {
        self.line = line
        self.nik = nik
        self.result = result
        self.kisNumber = kisNumber
        self.reason = reason
    }
}
