import Foundation

/// The written reason that lets a legacy NIK or No KK that breaks the rules in be recorded
/// anyway (DOMAIN.md: refuse by default, allow an override with a written reason, audited).
package enum IdentityOverride {
    /// The shortest reason accepted, in characters after trimming.
    package static let minimumReasonLength = 10

    /// The message when `reason` is too short to explain anything, or nil.
    package static func reasonProblem(_ reason: String) -> String? {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count < minimumReasonLength else { return nil }
        return trimmed.isEmpty
            ? "Nomor ini melanggar aturan; tulis alasan pengecualian (minimal \(minimumReasonLength) karakter) bila memang benar."
            : "Alasan pengecualian minimal \(minimumReasonLength) karakter."
    }
}
