/// Numbers as PDF writes them (§7.3.3): plain decimals, at most three fraction digits, no exponent.
enum PDFNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let thousandths = Int((min(max(value, -1e9), 1e9) * 1000).rounded())
        let magnitude = abs(thousandths)
        var text = String(magnitude / 1000)
        let fraction = magnitude % 1000
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 3 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return thousandths < 0 ? "-" + text : text
    }
}
