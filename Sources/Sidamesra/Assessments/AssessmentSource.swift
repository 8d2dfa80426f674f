/// Where an assessment came from; stored in `assessments.source`.
package enum AssessmentSource: String, Sendable, Codable, CaseIterable {
    /// Filled in on the assessment form by an operator or pendamping.
    case form = "formulir"
    /// Read from an imported file.
    case `import` = "impor"
    /// The previous answers carried over to a new indicator set version.
    case rescore = "skor_ulang"
    /// `dinsos seed --synthetic`.
    case synthetic = "sintetis"

    /// The word shown in the history.
    package var label: String {
        switch self {
        case .form: "Formulir"
        case .import: "Impor"
        case .rescore: "Skor ulang"
        case .synthetic: "Data sintetis"
        }
    }
}
