/// The rules Excel applies to sheet names.
package enum XLSXSheetName {
    /// Characters Excel refuses in a sheet name.
    package static let forbiddenCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    /// Longest name Excel accepts, in UTF-16 units.
    package static let maximumLength = 31

    /// Throws `XLSXError.invalidSheetName` unless Excel would accept `name`.
    package static func validate(_ name: String) throws(XLSXError) {
        func refuse(_ reason: String) -> XLSXError { .invalidSheetName(name, reason: reason) }
        guard !name.isEmpty else { throw refuse("empty") }
        guard name.utf16.count <= maximumLength else { throw refuse("longer than 31 characters") }
        if let bad = name.first(where: forbiddenCharacters.contains) { throw refuse("contains \(bad)") }
        guard !name.unicodeScalars.contains(where: isControl) else { throw refuse("contains a control character") }
        guard name.first != "'", name.last != "'" else { throw refuse("starts or ends with an apostrophe") }
        // Excel reserves "History" for its change-tracking sheet.
        guard name.lowercased() != "history" else { throw refuse("reserved by Excel") }
    }

    /// `proposal` made acceptable: forbidden characters become `-`, control characters and outer
    /// apostrophes are dropped, the rest cut to 31 units; `fallback` when nothing is left.
    package static func sanitized(_ proposal: String, fallback: String = "Sheet") -> String {
        var name = ""
        for character in proposal {
            if character.unicodeScalars.contains(where: isControl) { continue }
            let kept: Character = forbiddenCharacters.contains(character) ? "-" : character
            guard name.utf16.count + kept.utf16.count <= maximumLength else { break }
            name.append(kept)
        }
        while name.first == "'" { name.removeFirst() }
        while name.last == "'" { name.removeLast() }
        if name.isEmpty || name.lowercased() == "history" { return fallback }
        return name
    }

    /// Characters XML 1.0 cannot carry, which no sheet name may hold.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
