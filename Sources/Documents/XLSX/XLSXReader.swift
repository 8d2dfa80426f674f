import Foundation

/// Reads the cell values of an .xlsx workbook (Excel, LibreOffice, or `XLSXWriter`): shared and
/// inline strings, rich text, numbers, booleans, errors, and dates where the cell's number format
/// is a date format (in the 1900 or 1904 date system). Formulas are not evaluated; their cached
/// result is read. Safe for untrusted files: every part is inflated within one byte budget
/// (`XLSXReadLimits.maximumUncompressedBytes`), and rows and columns past the limits are refused.
/// Everything is read in memory; sheets of an import's size (a few hundred thousand cells) are fine.
package struct XLSXReader: Sendable {
    /// The sheets in workbook order, by name.
    package let sheetNames: [String]
    private let sheetParts: [String]
    private let archive: ZipReader
    private let sharedStrings: [String]
    private let styles: XLSXStyles
    private let date1904: Bool
    private let limits: XLSXReadLimits
    /// Bytes of the budget left after the workbook, styles and shared strings.
    private let remainingBudget: Int

    /// Opens the workbook in `bytes`, reading its sheet list, styles and shared strings.
    package init(bytes: [UInt8], limits: XLSXReadLimits = XLSXReadLimits()) throws(XLSXError) {
        do {
            archive = try ZipReader(bytes: bytes)
        } catch {
            throw .notZipArchive("\(error)")
        }
        self.limits = limits
        var budget = limits.maximumUncompressedBytes
        let package = try XLSXPackage(archive: archive, limits: limits, budget: &budget)
        sheetNames = package.sheets.map(\.name)
        sheetParts = package.sheets.map(\.part)
        date1904 = package.date1904
        styles = try package.styles(budget: &budget)
        sharedStrings = try package.sharedStrings(budget: &budget)
        remainingBudget = budget
    }

    /// Opens the workbook file at `path`.
    package init(contentsOfFile path: String, limits: XLSXReadLimits = XLSXReadLimits()) throws(XLSXError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .notZipArchive("cannot read \(path)")
        }
        try self.init(bytes: [UInt8](data), limits: limits)
    }

    /// The rows with at least one value of the sheet named `name` (matched without regard to
    /// case, as Excel does), or of the first sheet when `name` is nil.
    package func rows(inSheet name: String? = nil) throws(XLSXError) -> [XLSXRow] {
        let index: Int
        if let name {
            guard let found = sheetNames.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                throw .sheetNotFound(name)
            }
            index = found
        } else {
            index = 0
        }
        var budget = remainingBudget
        let part = sheetParts[index]
        guard let bytes = try XLSXPackage.read(part, in: archive, limits: limits, budget: &budget) else {
            throw .malformedWorkbook("sheet \(sheetNames[index]) has no part \(part)")
        }
        let parser = XLSXSheetParser(
            sheet: sheetNames[index], sharedStrings: sharedStrings, styles: styles, date1904: date1904, limits: limits)
        return try parser.rows(of: bytes, part: part)
    }
}
