import Core

/// The model of `sidamesra/indikator/set`: one set grouped by theme, with its bands.
struct IndicatorSetPageView: Encodable {
    struct Theme: Encodable {
        let name: String
        let indicators: [Row]
    }

    struct Row: Encodable {
        let id: Int64
        let code: String
        let question: String
        let helpText: String
        let options: [Option]
        let editPath: String?
    }

    struct Option: Encodable {
        let label: String
        let points: Int
    }

    struct Band: Encodable {
        let name: String
        let minScore: Int
        let maxScore: Int
        let colour: String
    }

    let id: Int64
    let name: String
    let badge: StatusBadge
    let isExample: Bool
    let legalBasis: String
    let effectiveDate: String
    let notes: String
    let copiedFrom: Int64?
    let updatedAt: String
    let indicatorCount: Int
    let possibleRange: String
    let themes: [Theme]
    let bands: [Band]
    let isDraft: Bool
    let canCopy: Bool
    let canEdit: Bool
    let problems: [String]
    let hasProblems: Bool
    let activeName: String?
    /// For the active set seen by a manager: how many households still have a score under an
    /// older set (the re-score button shows when there are any).
    var outdatedScores: String?

    init(_ set: IndicatorSet, canManage: Bool, activeName: String?, timeZone: String) {
        id = set.id
        name = set.name
        badge = StatusBadge(set.status)
        isExample = set.isExample
        legalBasis = set.legalBasis
        effectiveDate = StatusBadge.displayDate(set.effectiveDate)
        notes = set.notes
        copiedFrom = set.copiedFrom
        updatedAt = IndonesianFormat.dateTime(set.updatedAt, timeZone: timeZone)
        indicatorCount = set.indicators.count
        possibleRange = set.possibleTotals.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "—"
        isDraft = set.status == .draft
        canCopy = canManage
        canEdit = canManage && set.status == .draft
        let editable = canEdit
        themes = set.themes.map { group in
            Theme(
                name: group.theme,
                indicators: group.indicators.map { indicator in
                    Row(
                        id: indicator.id, code: indicator.code, question: indicator.question,
                        helpText: indicator.helpText,
                        options: indicator.options.map { Option(label: $0.label, points: $0.points) },
                        editPath: editable ? "/sidamesra/indikator/\(set.id)/indikator/\(indicator.id)" : nil)
                })
        }
        bands = set.bands.map { Band(name: $0.name, minScore: $0.minScore, maxScore: $0.maxScore, colour: $0.colour) }
        problems = set.status == .draft ? IndicatorSetRules.activationProblems(set) : []
        hasProblems = !problems.isEmpty
        self.activeName = set.status == .draft ? activeName : nil
    }
}
