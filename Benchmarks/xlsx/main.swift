import Foundation

#if canImport(Glibc)
    import Glibc
#endif

// Writes ROWS rows of 10 columns with XLSXWriter to a file, then (with `read`) reads them back
// with XLSXReader; prints the time of each step. `dump PATH` prints the first sheet of a workbook
// as tab-separated text instead. Built by build.sh together with the Documents sources, outside
// the package, so /usr/bin/time can measure one small process.
let arguments = CommandLine.arguments
if arguments.count == 3, arguments[1] == "dump" {
    for row in try XLSXReader(contentsOfFile: arguments[2]).rows() {
        print(([String(row.number)] + row.values.map(\.textValue)).joined(separator: "\t"))
    }
    exit(0)
}
let rowCount = arguments.count > 1 ? Int(arguments[1]) ?? 100_000 : 100_000
let path = arguments.count > 2 ? arguments[2] : "/tmp/dinsos-xlsx-bench.xlsx"
let readBack = arguments.count > 3 && arguments[3] == "read"
let level = Int32(ProcessInfo.processInfo.environment["LEVEL"] ?? "") ?? 6

let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
guard descriptor >= 0 else {
    print("cannot open \(path)")
    exit(1)
}
let columns = [
    "NIK", "Nama", "Umur", "Penghasilan", "Tanggal Lahir", "Dicatat", "Aktif", "Kecamatan", "Anggota", "Catatan",
].map { XLSXColumn($0, width: 16) }
let kecamatan = ["Bantul", "Sewon", "Kasihan", "Banguntapan", "Pleret", "Imogiri", "Dlingo", "Pundong"]
let start = Date()
let writer = XLSXWriter(
    sink: .fileDescriptor(descriptor), timeZone: TimeZone(identifier: "Asia/Jakarta")!, compressionLevel: level)
try writer.startSheet(named: "Penerima", columns: columns, options: XLSXSheetOptions(filtersHeader: true))
for row in 0..<rowCount {
    try writer.addRow([
        .text(String(3_402_010_101_900_000 + row)), .text("Penerima Bantuan Nomor \(row)"), .integer(20 + row % 60),
        .decimal(Double(row % 10_000) * 1250.5), .date(year: 1950 + row % 60, month: 1 + row % 12, day: 1 + row % 28),
        .dateTime(Date(timeIntervalSince1970: 1_700_000_000 + Double(row) * 60)), .boolean(row % 3 == 0),
        .text(kecamatan[row % kecamatan.count]), .integer(row % 7 + 1), .text(row % 5 == 0 ? "Lansia & disabilitas" : ""),
    ])
}
try writer.finish()
close(descriptor)
let written = Date().timeIntervalSince(start)
let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
print("wrote \(rowCount) rows x 10 columns in \(String(format: "%.2f", written)) s, \(size) bytes: \(path)")

if readBack {
    let readStart = Date()
    let rows = try XLSXReader(contentsOfFile: path).rows()
    print("read \(rows.count) rows in \(String(format: "%.2f", Date().timeIntervalSince(readStart))) s")
}
