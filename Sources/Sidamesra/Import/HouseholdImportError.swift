/// Why a whole import file could not be read (problems of single rows are in the report).
package enum HouseholdImportError: Error, Sendable, Equatable {
    /// Neither readable CSV nor an XLSX workbook.
    case unreadable(String)
    /// No indicator set is active, so answers cannot be scored.
    case noActiveIndicatorSet

    /// An Indonesian sentence for the user.
    package var message: String {
        switch self {
        case .unreadable(let reason): "Berkas tidak dapat dibaca: \(reason)"
        case .noActiveIndicatorSet: "Belum ada set indikator yang aktif; jawaban penilaian tidak dapat dinilai."
        }
    }
}
