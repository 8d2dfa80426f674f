import Core
import Registry

/// The model of `sidamesra/penilaian/profil`: members, the current total and category with the
/// score bar, every answer with its points by theme, the history and the score over time.
struct HouseholdProfileView: Encodable {
    struct Member: Encodable {
        let id: Int64
        let name: String
        let nik: String
        let relationship: String
        let age: String
        let status: String
    }

    struct Current: Encodable {
        let total: Int
        let bandName: String
        let bandColour: String
        let setName: String
        let assessedOn: String
        let assessedBy: String
        let source: String
        let outdated: Bool
        let scoreBar: String
        let themes: [Theme]
    }

    struct Theme: Encodable {
        let name: String
        let lines: [Line]
        let points: Int
    }

    struct Line: Encodable {
        let code: String
        let question: String
        let answer: String
        let points: Int
    }

    struct HistoryRow: Encodable {
        let date: String
        let setName: String
        let total: Int
        let bandName: String
        let bandColour: String
        let source: String
        let assessedBy: String
        let isCurrent: Bool
    }

    let householdID: Int64
    let noKK: String
    let areaName: String
    let address: String
    let status: String
    let members: [Member]
    let current: Current?
    let history: [HistoryRow]
    let hasHistory: Bool
    let chart: String
    let canAssess: Bool

    init(
        household: Household, areaName: String, members: [Person], current: AssessmentDetail?,
        bands: [CategoryBand], activeSetID: Int64?, history: [AssessmentSummary], canAssess: Bool, today: CalendarDate
    ) {
        householdID = household.id
        noKK = household.maskedNoKK
        self.areaName = areaName
        address = [household.address, household.dusun, "RT \(household.rt)/RW \(household.rw)"]
            .filter { !$0.isEmpty }.joined(separator: ", ")
        status = household.status.label
        self.members = members.map { person in
            Member(
                id: person.id, name: person.name, nik: person.maskedNIK, relationship: person.relationship.label,
                age: "\(person.birthDate.years(until: today)) th", status: person.status.label)
        }
        self.current = current.map { detail in
            var order: [String] = []
            var byTheme: [String: [AssessmentDetail.Line]] = [:]
            for line in detail.lines {
                if byTheme[line.theme] == nil { order.append(line.theme) }
                byTheme[line.theme, default: []].append(line)
            }
            let summary = detail.summary
            return Current(
                total: summary.total, bandName: summary.bandName, bandColour: summary.bandColour, setName: summary.setName,
                assessedOn: summary.assessedOn.indonesian, assessedBy: summary.assessedByName ?? "—",
                source: summary.source.label, outdated: activeSetID.map { $0 != summary.setID } ?? false,
                scoreBar: ScoreBarSVG(bands: bands, total: summary.total).markup,
                themes: order.map { theme in
                    let lines = byTheme[theme] ?? []
                    return Theme(
                        name: theme,
                        lines: lines.map { Line(code: $0.code, question: $0.question, answer: $0.optionLabel, points: $0.points) },
                        points: lines.reduce(0) { $0 + $1.points })
                })
        }
        let currentID = current?.summary.id
        self.history = history.map { row in
            HistoryRow(
                date: row.assessedOn.indonesian, setName: row.setName, total: row.total, bandName: row.bandName,
                bandColour: row.bandColour, source: row.source.label, assessedBy: row.assessedByName ?? "—",
                isCurrent: row.id == currentID)
        }
        hasHistory = !history.isEmpty
        let points = history.reversed().map { ScoreChartSVG.Point(date: $0.assessedOn, total: $0.total) }
        chart = ScoreChartSVG(points: points, bands: bands).markup
        self.canAssess = canAssess && household.status == .active
    }
}
