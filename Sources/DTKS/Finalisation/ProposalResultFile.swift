import Documents

/// The records of a result file (`TableFile`: XLSX by content, CSV otherwise).
enum ProposalResultFile {
    static func records(_ bytes: [UInt8]) throws -> [CSVRecord] {
        do {
            return try TableFile.records(bytes)
        } catch {
            throw ProposalError.invalid(field: "berkas", message: "Berkas tidak terbaca: \(error.message)")
        }
    }
}
