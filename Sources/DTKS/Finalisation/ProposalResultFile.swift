import Documents

/// The records of a result file: XLSX by its zip signature, CSV otherwise.
enum ProposalResultFile {
    static func records(_ bytes: [UInt8]) throws -> [CSVRecord] {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            do {
                return try XLSXReader(bytes: bytes).rows().map(\.record)
            } catch {
                throw ProposalError.invalid(field: "berkas", message: "Berkas Excel tidak terbaca: \(error.message)")
            }
        }
        do {
            return try CSVParser.parse(bytes)
        } catch {
            throw ProposalError.invalid(field: "berkas", message: "Berkas CSV tidak terbaca: \(error.message)")
        }
    }
}
