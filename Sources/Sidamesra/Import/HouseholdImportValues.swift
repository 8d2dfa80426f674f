import Core
import Registry

/// How the cells of an import file are read: choices by code or Indonesian label, dates in
/// either common order, answers by option position or label.
enum HouseholdImportValues {
    /// The choice whose code or label is `text`, ignoring case; nil for anything else.
    static func choice<T: LabelledChoice>(_ text: String, as type: T.Type = T.self) -> T? {
        let key = text.lowercased()
        return T.allCases.first { $0.rawValue.lowercased() == key || $0.label.lowercased() == key }
    }

    /// A day written `dd-mm-yyyy`, `dd/mm/yyyy` or `yyyy-mm-dd` (a spreadsheet date cell reads
    /// as the last, possibly followed by a time); nil for anything else or an impossible day.
    static func date(_ text: String) -> CalendarDate? {
        let day = text.split(separator: " ").first.map(String.init) ?? ""
        let parts = day.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 {
            return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
        }
        if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 {
            return CalendarDate(year: numbers[2], month: numbers[1], day: numbers[0])
        }
        return nil
    }

    /// The option of `indicator` at position `text` (1…n) or with label `text` (ignoring case).
    static func option(_ text: String, of indicator: Indicator) -> IndicatorOption? {
        if text.allSatisfy(\.isASCIIDigit), let position = Int(text) { return indicator.option(position: position) }
        let key = text.lowercased()
        return indicator.options.first { $0.label.lowercased() == key }
    }
}
