import Core
import Foundation
import Web

/// What the assessment form posted: answers by indicator code (`answer_<code>` = option id),
/// the date as typed and the note.
struct AssessmentForm {
    static let answerPrefix = "answer_"

    var answers: [String: Int64]
    var date: String
    var note: String

    init(answers: [String: Int64], date: String, note: String) {
        self.answers = answers
        self.date = date
        self.note = note
    }

    init(_ fields: FormFields) {
        var answers: [String: Int64] = [:]
        for field in fields where field.name.hasPrefix(Self.answerPrefix) {
            guard let id = Int64(field.value) else { continue }
            answers[String(field.name.dropFirst(Self.answerPrefix.count))] = id
        }
        self.answers = answers
        date = (fields["assessed_on"] ?? "").trimmingCharacters(in: .whitespaces)
        note = fields["note"] ?? ""
    }

    /// The date typed, or nil when it is not a `YYYY-MM-DD` calendar date.
    var assessedOn: CalendarDate? { CalendarDate(iso: date) }
}
