import Core
import Registry

/// The model of `sidamesra/penilaian/formulir`: every indicator of the active set grouped by
/// theme, as radio buttons showing labels only (points appear on the profile after saving).
struct AssessmentFormView: Encodable {
    struct Theme: Encodable {
        let name: String
        let indicators: [Question]
    }

    struct Question: Encodable {
        let code: String
        let question: String
        let helpText: String
        let error: String?
        let options: [Choice]
    }

    struct Choice: Encodable {
        let inputID: String
        let name: String
        let value: Int64
        let label: String
        let checked: Bool
    }

    let householdID: Int64
    let noKK: String
    let areaName: String
    let address: String
    let setName: String
    let isExample: Bool
    let themes: [Theme]
    let date: String
    let dateError: String?
    let note: String
    /// The message at the top (missing indicators, a refused answer or date).
    let message: String?
    let missing: [Missing]
    let hasMissing: Bool
    let isReassessment: Bool

    struct Missing: Encodable {
        let code: String
        let question: String
    }

    init(
        household: Household, areaName: String, set: IndicatorSet, form: AssessmentForm, error: AssessmentError?,
        isReassessment: Bool
    ) {
        householdID = household.id
        noKK = household.maskedNoKK
        self.areaName = areaName
        address = [household.address, household.dusun, "RT \(household.rt)/RW \(household.rw)"]
            .filter { !$0.isEmpty }.joined(separator: ", ")
        setName = set.name
        isExample = set.isExample
        var missingCodes: Set<String> = []
        var refusedCode: String?
        var missing: [Missing] = []
        var dateError: String?
        switch error {
        case .scoring(.incomplete(let list))?:
            missing = list.map { Missing(code: $0.code, question: $0.question) }
            missingCodes = Set(list.map(\.code))
            message = "Penilaian belum disimpan: \(list.count) indikator belum dijawab."
        case .scoring(.answerNotOffered(let code, _))?:
            refusedCode = code
            message = error?.message
        case .invalidDate(let text)?:
            dateError = text
            message = "Penilaian belum disimpan: periksa tanggal penilaian."
        case let other?:
            message = other.message
        case nil:
            message = nil
        }
        self.missing = missing
        hasMissing = !missing.isEmpty
        self.dateError = dateError
        themes = set.themes.map { group in
            Theme(
                name: group.theme,
                indicators: group.indicators.map { indicator in
                    let chosen = form.answers[indicator.code]
                    let fieldError: String? =
                        missingCodes.contains(indicator.code)
                        ? "Pilih salah satu jawaban." : refusedCode == indicator.code ? "Pilihan ini tidak sah; pilih lagi." : nil
                    return Question(
                        code: indicator.code, question: indicator.question, helpText: indicator.helpText,
                        error: fieldError,
                        options: indicator.options.map { option in
                            Choice(
                                inputID: "ind-\(indicator.code)-\(option.id)", name: AssessmentForm.answerPrefix + indicator.code,
                                value: option.id, label: option.label, checked: chosen == option.id)
                        })
                })
        }
        date = form.date
        note = form.note
        self.isReassessment = isReassessment
    }
}
