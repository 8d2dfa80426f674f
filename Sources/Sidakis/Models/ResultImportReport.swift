/// The per-row outcome of a BPJS result file.
package struct ResultImportReport: Sendable, Equatable {
    package struct Line: Sendable, Equatable, Encodable {
        /// The line (CSV) or row (XLSX) number in the file.
        package let line: Int
        package let nik: String
        package let outcome: String
        package let applied: Bool
    }

    package var lines: [Line] = []
    package var appliedCount: Int { lines.filter(\.applied).count }
    package var refusedCount: Int { lines.count - appliedCount }

    package init() {}

    /// The sentences of row problems.
    package enum Problem {
        package static let unknownNIK = "NIK tidak dikenal: tidak ada usulan untuk NIK ini."
        package static let notInBatch = "NIK ini tidak ada di batch ini."
        package static let invalidKIS = "Nomor KIS tidak sah: harus 13 digit angka."
        package static let unknownResult = "Hasil tidak dikenal: isi berhasil, tidak_berhasil atau ditangguhkan."
        package static let reasonMissing = "Alasan wajib diisi untuk hasil tidak berhasil atau ditangguhkan."
        package static let alreadyRecorded = "Hasil usulan ini sudah tercatat."
        package static let duplicate = "NIK ini sudah ada di baris sebelumnya."
    }
}
