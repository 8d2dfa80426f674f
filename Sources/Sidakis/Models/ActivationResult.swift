import Foundation

/// BPJS Kesehatan's answer for one proposal of an activation batch (SOP step 5).
package enum ActivationResult: String, Sendable, CaseIterable, Codable {
    case succeeded = "berhasil"
    case failed = "tidak_berhasil"
    case postponed = "ditangguhkan"

    package var label: String {
        switch self {
        case .succeeded: "Berhasil"
        case .failed: "Tidak berhasil"
        case .postponed: "Ditangguhkan"
        }
    }

    /// The workflow transition that records it.
    package var transition: String {
        switch self {
        case .succeeded: SidakisWorkflow.Move.succeed
        case .failed: SidakisWorkflow.Move.fail
        case .postponed: SidakisWorkflow.Move.postpone
        }
    }

    /// Reads the result column of an import: the raw value or the label, any case, `_` or space.
    package init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " ", with: "_")
        guard let found = Self(rawValue: key) else { return nil }
        self = found
    }
}

/// A KIS card number: 13 digits (DOMAIN.md glossary).
package enum KISNumber {
    /// The digits of `text` when they are exactly 13, else nil.
    package static func parse(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).filter { $0 != " " && $0 != "-" && $0 != "." }
        guard trimmed.count == 13, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return trimmed
    }
}
