import Core
import Database
import Documents
import Registry

/// Checks every row of an import file against the register's rules, the user's area scope, the
/// active indicator set and the file itself (duplicates), without writing anything.
struct HouseholdImportValidator {
    let set: IndicatorSet
    let scope: AreaScope
    let today: CalendarDate

    /// The rows of one No KK, in file order.
    struct Group {
        let noKK: String
        var rows: [HouseholdImportRow]
    }

    /// Problems found so far, by row.
    private(set) var problems: [HouseholdImportReport.Problem] = []

    init(set: IndicatorSet, scope: AreaScope, today: CalendarDate) {
        self.set = set
        self.scope = scope
        self.today = today
    }

    mutating func plan(_ records: [CSVRecord], in db: Connection) throws -> HouseholdImportPlan {
        var report = HouseholdImportReport()
        guard let header = records.first else {
            report.problems = [.init(row: 1, column: "", message: "Berkas kosong: baris pertama harus berisi nama kolom.")]
            return HouseholdImportPlan(report: report, households: [])
        }
        guard let layout = HouseholdImportLayout.read(
            header, indicatorCodes: Set(set.indicators.map(\.code)), problems: &problems)
        else {
            report.problems = problems
            return HouseholdImportPlan(report: report, households: [])
        }
        var groups: [Group] = []
        var groupIndex: [String: Int] = [:]
        for record in records.dropFirst() where !record.isBlank {
            let row = layout.row(record)
            let key = IdentityNumberText.normalized(row[.noKK])
            if let index = groupIndex[key] {
                groups[index].rows.append(row)
            } else {
                groupIndex[key] = groups.count
                groups.append(Group(noKK: key, rows: [row]))
            }
        }
        if groups.isEmpty {
            problems.append(.init(row: header.line, column: "", message: "Berkas tidak berisi baris data di bawah nama kolom."))
        }
        var nikRows: [String: Int] = [:]
        var planned: [HouseholdImportPlan.NewHousehold] = []
        for group in groups {
            let before = problems.count
            let candidate = check(group, nikRows: &nikRows)
            let existing = try checkRegister(group, in: db)
            if problems.count > before {
                report.invalidHouseholds += 1
            } else if existing {
                report.skippedHouseholds += 1
            } else if let candidate {
                report.newHouseholds += 1
                report.newPersons += candidate.persons.count
                if candidate.assessment != nil { report.assessments += 1 }
                planned.append(candidate)
            }
        }
        report.problems = problems.enumerated()
            .sorted { ($0.element.row, $0.offset) < ($1.element.row, $1.offset) }
            .map(\.element)
        return HouseholdImportPlan(report: report, households: planned)
    }

    mutating func problem(_ row: Int, _ column: HouseholdImportColumn?, _ message: String) {
        problems.append(.init(row: row, column: column?.rawValue ?? "", message: message))
    }

    mutating func problem(_ row: Int, code: String, _ message: String) {
        problems.append(.init(row: row, column: code, message: message))
    }
}
