import Core
import Documents

/// Reads one data row of an extract into a record, or names every problem it has.
struct DukcapilImportRow {
    let positions: [DukcapilImportColumn: Int]

    /// The record of `row`, or its problems (at least one).
    func read(_ row: CSVRecord) -> Result<DukcapilRecord, ProblemList> {
        var problems: [DukcapilImportReport.Problem] = []
        func value(_ column: DukcapilImportColumn) -> String {
            guard let index = positions[column] else { return "" }
            return (row.field(index) ?? "").trimmingCharacters(in: .whitespaces)
        }
        func problem(_ column: DukcapilImportColumn, _ message: String) {
            problems.append(.init(row: row.line, column: column.rawValue, message: message))
        }
        let nik = Self.identityNumber(value(.nik))
        if nik.count != 16 || !nik.allSatisfy(\.isASCIIDigit) { problem(.nik, "NIK harus 16 angka.") }
        let noKK = Self.identityNumber(value(.noKK))
        if noKK.count != 16 || !noKK.allSatisfy(\.isASCIIDigit) { problem(.noKK, "No KK harus 16 angka.") }
        let name = value(.name)
        if DukcapilName.key(name).isEmpty { problem(.name, "Nama kosong.") }
        let birthDate = Self.date(value(.birthDate))
        if birthDate == nil { problem(.birthDate, "Tanggal lahir tidak terbaca (YYYY-MM-DD atau DD-MM-YYYY).") }
        let sex = Self.sex(value(.sex))
        if sex == nil { problem(.sex, "Jenis kelamin harus L atau P.") }
        guard problems.isEmpty, let birthDate, let sex else { return .failure(ProblemList(problems: problems)) }
        return .success(
            DukcapilRecord(
                nik: nik, noKK: noKK, name: name, birthPlace: value(.birthPlace), birthDate: birthDate, sex: sex,
                address: value(.address), areaCode: value(.areaCode)))
    }

    /// The problems of one row (a `Result` failure needs an `Error`).
    struct ProblemList: Error {
        let problems: [DukcapilImportReport.Problem]
    }

    /// Digits as typed or exported: spaces, dots, dashes and the apostrophe Excel users put in
    /// front of long numbers are dropped.
    static func identityNumber(_ text: String) -> String {
        IdentityNumberText.normalized(text).filter { $0 != "'" }
    }

    /// `YYYY-MM-DD`, `YYYY/MM/DD`, `DD-MM-YYYY` or `DD/MM/YYYY` (day and month may have one digit).
    static func date(_ text: String) -> CalendarDate? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        if parts[0].count == 4 { return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2]) }
        if parts[2].count == 4 { return CalendarDate(year: numbers[2], month: numbers[1], day: numbers[0]) }
        return nil
    }

    /// `L`/`P`, the words, or Dukcapil's codes 1 (laki-laki) and 2 (perempuan).
    static func sex(_ text: String) -> Sex? {
        switch text.uppercased().replacingOccurrences(of: " ", with: "-") {
        case "L", "LK", "LAKI-LAKI", "LAKI", "1": .male
        case "P", "PR", "PEREMPUAN", "WANITA", "2": .female
        default: nil
        }
    }
}
