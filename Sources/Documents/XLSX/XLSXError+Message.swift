extension XLSXError {
    /// An Indonesian sentence for staff, e.g. for an import form's error or a failed export job.
    package var message: String {
        switch self {
        case .invalidSheetName(let name, let reason):
            "nama lembar \"\(name)\" tidak diterima Excel (\(reason))."
        case .noSheetStarted, .noSheets, .writerClosed:
            "berkas Excel tidak dapat dibuat karena kesalahan program."
        case .tooManyRows(let sheet):
            "lembar \"\(sheet)\" melebihi 1.048.576 baris, batas Excel."
        case .tooManyColumns(let sheet, let row):
            "baris \(row) lembar \"\(sheet)\" melebihi 16.384 kolom, batas Excel."
        case .textTooLong(let cell):
            "teks di sel \(cell) melebihi 32.767 karakter, batas Excel."
        case .invalidDate(let cell):
            "tanggal di sel \(cell) tidak valid atau di luar tahun 1900–9999."
        case .notZipArchive:
            "berkas bukan berkas Excel .xlsx; simpan ulang sebagai \"Excel Workbook (.xlsx)\"."
        case .malformedWorkbook, .malformedXML:
            "berkas .xlsx rusak atau tidak lengkap; buka dan simpan ulang di Excel atau LibreOffice."
        case .partTooLarge:
            "isi berkas .xlsx terlalu besar untuk diproses."
        case .sheetNotFound(let name):
            "lembar \"\(name)\" tidak ada di berkas."
        case .rowPastLimit(let sheet, let row, let limit):
            "lembar \"\(sheet)\" memiliki isi di baris \(row), melewati batas \(limit) baris."
        case .columnPastLimit(let sheet, let cell, let limit):
            "lembar \"\(sheet)\" memiliki isi di sel \(cell), melewati batas \(limit) kolom."
        }
    }
}
