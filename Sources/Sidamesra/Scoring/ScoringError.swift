/// Why an assessment could not be scored.
package enum ScoringError: Error, Sendable, Equatable {
    /// An indicator of the set that an assessment left unanswered.
    package struct Missing: Sendable, Equatable {
        package let code: String
        package let question: String

        package init(code: String, question: String) {
            self.code = code
            self.question = question
        }
    }

    /// Answers the set's indicators still need, in the set's order.
    case incomplete(missing: [Missing])
    /// The answer to `code` names an option of another indicator, or points no option scores.
    case answerNotOffered(code: String, question: String)
    /// The set's bands leave `total` uncovered (only possible for an unchecked draft).
    case noBand(total: Int)

    /// A sentence for the person filling in the form, in Indonesian.
    package var message: String {
        switch self {
        case .incomplete(let missing):
            "Penilaian belum lengkap. Indikator yang belum dijawab: "
                + missing.map { "\($0.code) (\($0.question))" }.joined(separator: "; ") + "."
        case .answerNotOffered(let code, let question):
            "Jawaban untuk \(code) (\(question)) bukan salah satu pilihan indikator itu."
        case .noBand(let total):
            "Skor \(total) tidak masuk kategori mana pun pada set indikator ini."
        }
    }
}
