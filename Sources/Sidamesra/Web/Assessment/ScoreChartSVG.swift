import Core

/// The household's totals over time as a small line chart: one point per assessment in date
/// order, the vertical axis over the bands' range with a faint line at each band's lower bound.
struct ScoreChartSVG {
    struct Point {
        let date: CalendarDate
        let total: Int
    }

    let points: [Point]
    let bands: [CategoryBand]

    private static let width = 640.0
    private static let height = 180.0
    private static let left = 36.0
    private static let right = 16.0
    private static let top = 12.0
    private static let bottom = 30.0

    var markup: String {
        guard !points.isEmpty else { return "" }
        let totals = points.map(\.total)
        let low = min(bands.map(\.minScore).min() ?? totals.min() ?? 0, totals.min() ?? 0)
        let high = max(bands.map(\.maxScore).max() ?? totals.max() ?? 0, totals.max() ?? 0)
        let range = Double(max(high - low, 1))
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        func y(_ value: Int) -> Double { Self.top + (1 - Double(value - low) / range) * plotHeight }
        func x(_ index: Int) -> Double {
            points.count == 1 ? Self.left + plotWidth / 2 : Self.left + Double(index) / Double(points.count - 1) * plotWidth
        }
        let label = "Skor dari waktu ke waktu: "
            + points.map { "\($0.date.indonesian) \($0.total)" }.joined(separator: ", ")
        var svg = """
            <svg class="score-chart" viewBox="0 0 \(SVGText.number(Self.width)) \(SVGText.number(Self.height))" role="img" aria-label="\(SVGText.escape(label))" xmlns="http://www.w3.org/2000/svg">
            """
        for band in bands {
            let lineY = SVGText.number(y(band.minScore))
            svg += """
                <line class="score-chart-grid" x1="\(SVGText.number(Self.left))" y1="\(lineY)" x2="\(SVGText.number(Self.width - Self.right))" y2="\(lineY)" stroke="#c9d1da" stroke-width="1"/><text class="score-chart-tick" x="\(SVGText.number(Self.left - 4))" y="\(lineY)" text-anchor="end" dominant-baseline="middle">\(band.minScore)</text>
                """
        }
        let coordinates = points.indices.map { "\(SVGText.number(x($0))),\(SVGText.number(y(points[$0].total)))" }
        if points.count > 1 {
            svg += """
                <polyline class="score-chart-line" points="\(coordinates.joined(separator: " "))" fill="none" stroke="#1f5fa8" stroke-width="2.5"/>
                """
        }
        for (index, point) in points.enumerated() {
            svg += """
                <circle class="score-chart-point" cx="\(SVGText.number(x(index)))" cy="\(SVGText.number(y(point.total)))" r="4" fill="#1f5fa8"><title>\(SVGText.escape(point.date.indonesian)): \(point.total)</title></circle>
                """
        }
        if let first = points.first, let last = points.last {
            svg += """
                <text class="score-chart-tick" x="\(SVGText.number(Self.left))" y="\(SVGText.number(Self.height - 8))">\(SVGText.escape(first.date.indonesian))</text>
                """
            if points.count > 1 {
                svg += """
                    <text class="score-chart-tick" x="\(SVGText.number(Self.width - Self.right))" y="\(SVGText.number(Self.height - 8))" text-anchor="end">\(SVGText.escape(last.date.indonesian))</text>
                    """
            }
        }
        return svg + "</svg>"
    }
}
