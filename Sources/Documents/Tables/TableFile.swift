/// An uploaded table, whatever its format: an XLSX workbook (recognised by its content, the zip
/// signature `PK\x03\x04`, never by its name) gives its first sheet's rows; anything else is read
/// as CSV (UTF-8 with or without a byte order mark, `,` or `;` detected from the header line).
/// Every import (households, DTSEN, Dukcapil, BPJS and ID DTKS results) reads files through it.
package enum TableFile {
    /// The first four bytes of every zip archive, hence of every XLSX workbook.
    package static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// True when `start` (the file's first bytes) begins like an XLSX workbook.
    package static func isWorkbook(_ start: some Collection<UInt8>) -> Bool {
        start.starts(with: zipSignature)
    }

    /// The records in `bytes`, the header first.
    package static func records(_ bytes: [UInt8]) throws(TableFileError) -> [CSVRecord] {
        if isWorkbook(bytes) {
            do {
                return try XLSXReader(bytes: bytes).rows().map(\.record)
            } catch {
                throw TableFileError(message: error.message)
            }
        }
        do {
            return try CSVParser.parse(bytes)
        } catch {
            throw TableFileError(message: (error.line.map { "baris \($0): " } ?? "") + error.message)
        }
    }
}

/// Why an uploaded table could not be read, in Indonesian for the user (a CSV error names its line).
package struct TableFileError: Error, Equatable {
    package let message: String
}
