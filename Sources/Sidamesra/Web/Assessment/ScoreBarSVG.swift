/// A horizontal bar over the set's whole score range with one coloured segment per category band
/// and a marker at the household's total. Numbers and escaped band names only; colours come from
/// stylesheet classes (`.fill-<colour>`), since CSP forbids inline styles.
struct ScoreBarSVG {
    let bands: [CategoryBand]
    let total: Int

    private static let width = 640.0
    private static let left = 10.0
    private static let right = 10.0
    private static let barTop = 26.0
    private static let barHeight = 22.0

    var markup: String {
        guard let low = bands.map(\.minScore).min(), let high = bands.map(\.maxScore).max(), high >= low else { return "" }
        let span = Double(high - low + 1)
        let usable = Self.width - Self.left - Self.right
        func x(_ score: Double) -> Double { Self.left + (score - Double(low)) / span * usable }
        let band = bands.first { $0.contains(total) }
        let label = "Skor \(total) pada rentang \(low)–\(high)" + (band.map { ", kategori \($0.name)" } ?? "")
        var svg = """
            <svg class="score-bar" viewBox="0 0 \(SVGText.number(Self.width)) 78" role="img" aria-label="\(SVGText.escape(label))" xmlns="http://www.w3.org/2000/svg">
            """
        for band in bands {
            let start = x(Double(band.minScore))
            let end = x(Double(band.maxScore + 1))
            svg += """
                <rect class="fill-\(SVGText.escape(band.colour))" x="\(SVGText.number(start))" y="\(SVGText.number(Self.barTop))" width="\(SVGText.number(end - start))" height="\(SVGText.number(Self.barHeight))"><title>\(SVGText.escape(band.name)) \(band.minScore)–\(band.maxScore)</title></rect>
                """
            svg += """
                <text class="score-bar-tick" x="\(SVGText.number(start + 2))" y="66">\(band.minScore)</text>
                """
        }
        svg += """
            <text class="score-bar-tick" x="\(SVGText.number(x(Double(high + 1)) - 2))" y="66" text-anchor="end">\(high)</text>
            """
        let clamped = min(max(total, low), high)
        let marker = x(Double(clamped) + 0.5)
        svg += """
            <line class="score-bar-marker" x1="\(SVGText.number(marker))" y1="\(SVGText.number(Self.barTop - 6))" x2="\(SVGText.number(marker))" y2="\(SVGText.number(Self.barTop + Self.barHeight + 4))" stroke="#1d2733" stroke-width="3"/>
            """
        svg += """
            <text class="score-bar-value" x="\(SVGText.number(marker))" y="16" text-anchor="middle">\(total)</text>
            """
        return svg + "</svg>"
    }
}
