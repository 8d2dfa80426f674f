import Foundation

/// Office hours as people write them in Indonesia: `08.00`, `16.30` (a colon is accepted too).
package enum TimeOfDay {
    /// Minutes after midnight as `HH.MM`.
    package static func text(_ minutes: Int) -> String {
        let clamped = min(max(minutes, 0), 24 * 60 - 1)
        let hours = clamped / 60
        let rest = clamped % 60
        return (hours < 10 ? "0" : "") + String(hours) + "." + (rest < 10 ? "0" : "") + String(rest)
    }

    /// `HH.MM` (or `H.MM`, `HH:MM`) as minutes after midnight; nil for anything else or a time
    /// past 23.59.
    package static func minutes(_ text: String) -> Int? {
        let parts = text.trimmingCharacters(in: .whitespaces)
            .split(separator: text.contains(":") ? ":" : ".", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let hours = Int(parts[0]), let minutes = Int(parts[1]), hours < 24, minutes < 60
        else { return nil }
        return hours * 60 + minutes
    }
}
