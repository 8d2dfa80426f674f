/// Months in Roman numerals, as Indonesian letter numbers write them (`XI` for November).
package enum RomanNumeral {
    package static func text(_ value: Int) -> String {
        guard value > 0 && value < 4000 else { return String(value) }
        let symbols: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var text = ""
        for (amount, symbol) in symbols {
            while rest >= amount {
                text += symbol
                rest -= amount
            }
        }
        return text
    }
}
