import Core
import Database
import Documents
import Foundation
import Registry

/// One proposal's line in a BNBA file: the person and household as the register holds them at
/// export, in the configured columns.
struct BNBARow {
    let values: [BNBAColumn: String]

    init(_ proposal: Proposal, timeZone: String, in db: Connection) throws {
        var values: [BNBAColumn: String] = [
            .nik: proposal.nik, .name: proposal.name, .registrationNumber: proposal.registrationNumber,
            .areaCode: proposal.areaCode, .kind: proposal.kind.label,
            .approvedOn: proposal.approvedAt.map { CalendarDate($0, timeZone: timeZone).iso } ?? "",
        ]
        if let person = try PersonStore.find(proposal.personID, in: .everywhere, db: db) {
            values[.name] = person.name
            values[.birthPlace] = person.birthPlace
            values[.birthDate] = person.birthDate.iso
            values[.sex] = person.sex.rawValue
            values[.relationship] = person.relationship.label
            values[.maritalStatus] = person.maritalStatus.label
            values[.motherName] = person.motherName
            if let household = try HouseholdStore.find(person.householdID, in: .everywhere, db: db) {
                values[.noKK] = household.noKK
                values[.address] = household.address
                values[.rt] = household.rt
                values[.rw] = household.rw
                values[.areaCode] = household.areaCode
                let path = try AreaStore.path(to: household.areaCode, in: db)
                values[.kalurahan] = path.first { $0.level == .desa }?.name ?? ""
                values[.kapanewon] = path.first { $0.level == .kecamatan }?.name ?? ""
            }
        }
        self.values = values
    }

    func fields(_ columns: [BNBAColumn]) -> [String] {
        columns.map { values[$0] ?? "" }
    }

    /// Identifiers and dates as text cells: 16 digits do not survive as spreadsheet numbers.
    func cells(_ columns: [BNBAColumn]) -> [XLSXCell] {
        columns.map { .text(values[$0] ?? "") }
    }

    /// Both files of a batch, rendered once at export (the CSV with the BOM Excel needs, risky
    /// leading characters neutralised as `CSVWriter` does by default).
    static func files(
        _ rows: [BNBARow], columns: [BNBAColumn], created: Date, timeZone: String
    ) throws -> (csv: [UInt8], xlsx: [UInt8]) {
        var writer = CSVWriter(delimiter: .comma, byteOrderMark: true)
        writer.write(columns.map(\.title))
        for row in rows { writer.write(row.fields(columns)) }
        let xlsx = try XLSXWriter.encode(
            sheetNamed: "BNBA", columns: columns.map { XLSXColumn($0.title, width: 18) }, rows: rows.map { $0.cells(columns) },
            options: XLSXSheetOptions(freezesHeader: true), timeZone: TimeZone(identifier: timeZone) ?? .current,
            created: created)
        return (writer.bytes, xlsx)
    }
}
