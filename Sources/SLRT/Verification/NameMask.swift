/// The applicant's name as the public verification page shows it: each word keeps its first
/// letters (up to three, always hiding at least one) and the rest become `*`:
/// "Siti Aminah" → "Sit* Ami***", "Al Amin" → "A* Ami*".
package enum NameMask {
    package static func mask(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).map { word -> String in
            let letters = Array(word)
            let kept = max(1, min(3, letters.count - 1))
            guard letters.count > 1 else { return String(letters) + "*" }
            return String(letters.prefix(kept)) + String(repeating: "*", count: letters.count - kept)
        }.joined(separator: " ")
    }
}
