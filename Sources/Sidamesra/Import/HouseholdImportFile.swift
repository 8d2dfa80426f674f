package import Documents

/// The records of an uploaded import file, whatever its format: an XLSX workbook (recognised by
/// content, the zip signature `PK\x03\x04`, not by name) gives its first sheet's rows; anything
/// else is read as CSV (UTF-8 with or without a byte order mark, `,` or `;` detected from the
/// header line).
package enum HouseholdImportFile {
    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// The records in `bytes`, the header first.
    package static func records(_ bytes: [UInt8]) throws(HouseholdImportError) -> [CSVRecord] {
        if bytes.starts(with: zipSignature) {
            do {
                return try XLSXReader(bytes: bytes).rows().map(\.record)
            } catch {
                throw .unreadable(error.message)
            }
        }
        var parser = CSVParser()
        var records: [CSVRecord] = []
        do throws(CSVError) {
            try bytes.withUnsafeBufferPointer { (buffer) throws(CSVError) in try parser.feed(buffer, into: &records) }
            records += try parser.finish()
        } catch {
            let place = error.line.map { "baris \($0): " } ?? ""
            throw .unreadable(place + error.message)
        }
        return records
    }
}
