import Documents
import Foundation

/// The records of an extract file, header first, whatever its format (`TableFile`'s rule), but
/// read from disk: a CSV one chunk at a time, so a million-row extract is read in constant memory.
final class DukcapilImportSource {
    private var csv: CSVFileReader?
    private var rows: [CSVRecord] = []
    private var position = 0

    /// Opens `path`.
    init(path: String) throws(DukcapilImportError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable("berkas \(path) tidak ada") }
        let start = [UInt8](handle.readData(ofLength: 4))
        try? handle.close()
        if TableFile.isWorkbook(start) {
            do {
                rows = try XLSXReader(contentsOfFile: path).rows().map(\.record)
            } catch {
                throw .unreadable(error.message)
            }
        } else {
            do {
                csv = try CSVFileReader(path: path)
            } catch {
                throw .unreadable(error.message)
            }
        }
    }

    /// The next record, or nil at the end.
    func next() throws(DukcapilImportError) -> CSVRecord? {
        if let csv {
            do {
                return try csv.next()
            } catch {
                throw .unreadable((error.line.map { "baris \($0): " } ?? "") + error.message)
            }
        }
        guard position < rows.count else { return nil }
        defer { position += 1 }
        return rows[position]
    }
}
