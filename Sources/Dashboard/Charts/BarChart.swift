import Core

/// One server-rendered SVG bar chart: horizontal or vertical bars, stacked when there is more than
/// one series, a column series per week being the vertical case with one series. The markup uses
/// presentation attributes only (`fill`, `x`, `width`, …): the CSP forbids `style` attributes and
/// `<style>` blocks (DESIGN.md §4). `role="img"` with `aria-labelledby` naming the `<title>` and
/// `<desc>` follows the W3C SVG accessibility pattern; every bar carries its own `<title>`.
package struct BarChart: Sendable, Equatable {
    /// Which way the bars grow.
    package enum Orientation: Sendable, Equatable {
        /// Categories down the left, bars to the right (long labels: kapanewon, steps).
        case horizontal
        /// Categories along the bottom, columns upwards (weeks, months).
        case vertical
    }

    /// One stacked part of every bar, with its colour (a `#rrggbb` value we chose, never input).
    package struct Series: Sendable, Equatable {
        package let label: String
        package let colour: String

        package init(label: String, colour: String) {
            self.label = label
            self.colour = colour
        }
    }

    /// One bar: its category label and one value per series.
    package struct Bar: Sendable, Equatable {
        package let label: String
        package let values: [Int]

        package init(label: String, values: [Int]) {
            self.label = label
            self.values = values
        }
    }

    package let title: String
    package let orientation: Orientation
    package let series: [Series]
    package let bars: [Bar]
    /// The value of a full-length bar; nil scales to the longest bar (percentages pass 100).
    package let maximum: Int?
    /// Appended to every value in labels and bar titles (`%`).
    package let unit: String

    package init(
        title: String, orientation: Orientation, series: [Series], bars: [Bar], maximum: Int? = nil, unit: String = ""
    ) {
        self.title = title
        self.orientation = orientation
        self.series = series
        self.bars = bars
        self.maximum = maximum
        self.unit = unit
    }

    /// The largest stacked total, at least 1 so that an empty chart still draws its axes.
    var scale: Int {
        max(1, maximum ?? bars.map { $0.values.reduce(0, +) }.max() ?? 1)
    }

    /// The chart as `<svg>` markup; `id` must be unique in the page (it names the title element).
    package func svg(id: String) -> String {
        var out = SVGWriter()
        let size = orientation == .horizontal ? horizontalSize : verticalSize
        out.open(
            "svg",
            [("xmlns", "http://www.w3.org/2000/svg"), ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
             ("viewBox", "0 0 \(size.width) \(size.height)"), ("width", "100%"), ("class", "chart"),
             ("font-family", "sans-serif"), ("font-size", "12")])
        out.element("title", [("id", "\(id)-title")], text: title)
        out.element("desc", [("id", "\(id)-desc")], text: description)
        legend(&out)
        switch orientation {
        case .horizontal: drawHorizontal(&out)
        case .vertical: drawVertical(&out)
        }
        out.close("svg")
        return out.text
    }

    /// What a screen reader hears after the title: every bar and its values.
    var description: String {
        bars.map { bar in
            if series.count == 1 { return "\(bar.label): \(format(bar.values.first ?? 0))" }
            let parts = zip(series, bar.values).map { "\($0.label) \(format($1))" }
            return "\(bar.label): " + parts.joined(separator: ", ")
        }.joined(separator: "; ")
    }

    func format(_ value: Int) -> String {
        IndonesianFormat.number(value) + unit
    }

    var legendHeight: Int { series.count > 1 ? 24 : 0 }

    private func legend(_ out: inout SVGWriter) {
        guard series.count > 1 else { return }
        var x = 0
        for item in series {
            out.element("rect", [("x", "\(x)"), ("y", "4"), ("width", "12"), ("height", "12"), ("fill", item.colour)])
            out.element("text", [("x", "\(x + 16)"), ("y", "14")], text: item.label)
            x += 16 + item.label.count * 7 + 18
        }
    }

    func fill(ofSeries index: Int) -> String {
        index < series.count ? series[index].colour : "#5b6775"
    }

    func barTitle(_ bar: Bar, series index: Int, value: Int) -> String {
        series.count > 1 ? "\(bar.label), \(series[index].label): \(format(value))" : "\(bar.label): \(format(value))"
    }
}
