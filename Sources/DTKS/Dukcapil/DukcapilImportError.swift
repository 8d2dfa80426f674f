/// Why a civil-registry extract was not loaded as a whole: the file could not be read, lacks a
/// required column, holds no valid row, or has rows with problems (and `validOnly` was not asked).
/// Nothing changed in every case: the previous extract stays.
package enum DukcapilImportError: Error, Sendable, Equatable {
    case unreadable(String)
    case missingColumns([String])
    case noValidRows(DukcapilImportReport)
    case rowsHaveProblems(DukcapilImportReport)

    /// An Indonesian sentence for the user.
    package var message: String {
        switch self {
        case .unreadable(let reason):
            "Berkas tidak dapat dibaca: \(reason)"
        case .missingColumns(let names):
            "Kolom wajib tidak ada: \(names.joined(separator: ", ")). Data Dukcapil sebelumnya tetap dipakai."
        case .noValidRows(let report):
            "Tidak ada baris yang valid (\(report.problems.count) masalah). Data Dukcapil sebelumnya tetap dipakai."
        case .rowsHaveProblems(let report):
            "\(report.problems.count) baris bermasalah; tidak ada yang dimuat dan data Dukcapil sebelumnya tetap dipakai. Perbaiki berkasnya, atau muat baris yang valid saja."
        }
    }

    /// The per-row report, when rows were checked.
    package var report: DukcapilImportReport? {
        switch self {
        case .noValidRows(let report), .rowsHaveProblems(let report): report
        case .unreadable, .missingColumns: nil
        }
    }
}
