/// Tells date and time number formats from the others, to know which numeric cells are dates.
enum XLSXNumberFormat {
    /// Built-in formats that show dates or times (ECMA-376 Part 1 §18.8.30: 14–22 and 45–47, plus
    /// the East Asian date formats 27–36 and 50–58 that Excel writes by id in those locales).
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
    }

    /// Whether a format code shows a date or time: its first section has a d, m, y, h or s outside
    /// quoted text, escaped characters and bracketed parts such as `[Red]` or `[$Rp-421]`
    /// (elapsed-time brackets `[h]`, `[mm]`, `[ss]` count as time).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBracket = false
        var bracket = ""
        var skipNext = false
        for character in code.lowercased() {
            if skipNext {
                skipNext = false
                continue
            }
            if inQuotes {
                if character == "\"" { inQuotes = false }
                continue
            }
            if inBracket {
                if character == "]" {
                    inBracket = false
                    if !bracket.isEmpty, bracket.allSatisfy({ "hms".contains($0) }) { return true }
                } else {
                    bracket.append(character)
                }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "[":
                inBracket = true
                bracket = ""
            case "\\", "_", "*": skipNext = true  // escaped character, space of a width, fill
            case ";": return false  // only the first (positive numbers) section decides
            case "d", "m", "y", "h", "s": return true
            default: continue
            }
        }
        return false
    }
}
