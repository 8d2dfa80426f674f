/// The one normalisation the civil-registry match allows on names (DOMAIN.md: Dukcapil is exact,
/// a nickname or a one-letter difference fails): letters are compared without regard to case,
/// punctuation counts as a space (`M.YUSUF` = `M. Yusuf` = `m yusuf`), apostrophes vanish
/// (`MA'RUF` = `Maruf`), and runs of spaces count as one. Nothing else: no accent folding, no
/// spelling variants, no reordering.
package enum DukcapilName {
    /// The comparison key of `name`.
    package static func key(_ name: String) -> String {
        var key = ""
        key.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            if isApostrophe(scalar) { continue }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace, !key.isEmpty { key.append(" ") }
                pendingSpace = false
                key.unicodeScalars.append(contentsOf: scalar.properties.uppercaseMapping.unicodeScalars)
            } else {
                pendingSpace = true
            }
        }
        return key
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "`", "\u{2018}", "\u{2019}", "\u{02BC}": true
        default: false
        }
    }
}
