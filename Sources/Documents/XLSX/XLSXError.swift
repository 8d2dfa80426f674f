/// Why a workbook could not be written or read.
package enum XLSXError: Error, Sendable, Equatable {
    /// A sheet name Excel would refuse (the reason says which rule).
    case invalidSheetName(String, reason: String)
    /// `addRow` was called before `startSheet`.
    case noSheetStarted
    /// `finish` was called before any sheet was started; a workbook needs at least one.
    case noSheets
    /// The writer was finished or failed earlier.
    case writerClosed
    /// More than 1,048,576 rows in one sheet.
    case tooManyRows(sheet: String)
    /// More than 16,384 cells in one row.
    case tooManyColumns(sheet: String, row: Int)
    /// A text cell longer than Excel's 32,767 characters.
    case textTooLong(cell: String)
    /// A date that is not a real day, or is outside 1900-01-01…9999-12-31.
    case invalidDate(cell: String)
    /// The file is not a ZIP archive at all (so not an .xlsx; perhaps an old .xls or a CSV).
    case notZipArchive(String)
    /// The file is not a workbook: a required part is missing, damaged, or does not say what it should.
    case malformedWorkbook(String)
    /// A part would inflate past the reader's byte budget (a ZIP bomb, or simply too large a file).
    case partTooLarge(part: String, size: Int, limit: Int)
    /// A part's XML is not well-formed (part name, byte offset, reason).
    case malformedXML(part: String, offset: Int, reason: String)
    /// The workbook has no sheet of this name.
    case sheetNotFound(String)
    /// A value lies in a row past `XLSXReadLimits.maximumRows`.
    case rowPastLimit(sheet: String, row: Int, limit: Int)
    /// A value lies in a cell past `XLSXReadLimits.maximumColumns`.
    case columnPastLimit(sheet: String, cell: String, limit: Int)
}
