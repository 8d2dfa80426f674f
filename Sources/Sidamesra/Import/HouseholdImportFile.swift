package import Documents

/// The records of an uploaded household import file (`TableFile`: XLSX by content, else CSV).
package enum HouseholdImportFile {
    /// The records in `bytes`, the header first.
    package static func records(_ bytes: [UInt8]) throws(HouseholdImportError) -> [CSVRecord] {
        do {
            return try TableFile.records(bytes)
        } catch {
            throw .unreadable(error.message)
        }
    }
}
