import Dashboard
import Testing

/// The chart markup: accessible, free of `style` (CSP), escaped, and scaled as told.
@Suite struct BarChartTests {
    static let stacked = BarChart(
        title: "Keluarga per kategori <kapanewon>", orientation: .horizontal,
        series: [BarChart.Series(label: "Miskin", colour: "#b54708"), BarChart.Series(label: "Mampu", colour: "#1e7b34")],
        bars: [BarChart.Bar(label: "Srandakan & Sanden", values: [30, 10]), BarChart.Bar(label: "Pandak", values: [0, 20])])
    static let weeks = BarChart(
        title: "Penilaian per minggu", orientation: .vertical,
        series: [BarChart.Series(label: "Penilaian", colour: "#0b5d7a")],
        bars: (1...12).map { BarChart.Bar(label: "\($0) Nov", values: [$0 * 3]) })

    @Test(arguments: [stacked, weeks])
    func theSVGHasATitleARoleAndNoStyle(chart: BarChart) {
        let svg = chart.svg(id: "grafik-uji")
        #expect(svg.hasPrefix("<svg "))
        #expect(svg.hasSuffix("</svg>"))
        #expect(svg.contains(#"role="img""#))
        #expect(svg.contains(#"aria-labelledby="grafik-uji-title grafik-uji-desc""#))
        #expect(svg.contains(#"<title id="grafik-uji-title">"#))
        #expect(!svg.lowercased().contains("style"))
        #expect(!svg.contains("<script"))
    }

    @Test func labelsAreEscaped() {
        let svg = Self.stacked.svg(id: "k")
        #expect(svg.contains("Keluarga per kategori &lt;kapanewon&gt;"))
        #expect(svg.contains("Srandakan &amp; Sanden"))
        #expect(!svg.contains("<kapanewon>"))
    }

    @Test func stackedBarsDrawOneRectanglePerNonZeroValueAndALegend() {
        let svg = Self.stacked.svg(id: "k")
        #expect(svg.components(separatedBy: ##"fill="#b54708""##).count - 1 == 2, "one bar part and one legend swatch")
        #expect(svg.components(separatedBy: ##"fill="#1e7b34""##).count - 1 == 3, "two bar parts and one legend swatch")
        #expect(svg.contains("<title>Srandakan &amp; Sanden, Miskin: 30</title>"))
        // the longest bar (40) spans the whole plot: 640 - 180 - 70 = 390 units
        #expect(svg.contains(#"x="180" y="26" width="292""#))
        #expect(svg.contains(#"width="97""#))
    }

    @Test func aPercentageChartScalesToItsMaximum() {
        let chart = BarChart(
            title: "Cakupan", orientation: .horizontal, series: [BarChart.Series(label: "Dinilai", colour: "#1e7b34")],
            bars: [BarChart.Bar(label: "Poncosari", values: [50])], maximum: 100, unit: "%")
        let svg = chart.svg(id: "c")
        #expect(svg.contains(#"width="195""#))
        #expect(svg.contains(">50%</text>"))
        #expect(svg.contains("<desc id=\"c-desc\">Poncosari: 50%</desc>"))
    }

    @Test func anEmptyChartStillRenders() {
        let chart = BarChart(title: "Kosong", orientation: .vertical, series: [], bars: [])
        let svg = chart.svg(id: "e")
        #expect(svg.contains("<title id=\"e-title\">Kosong</title>"))
        #expect(!svg.contains("<rect"))
    }

    @Test func thousandsAreGroupedTheIndonesianWay() {
        let chart = BarChart(
            title: "Besar", orientation: .vertical, series: [BarChart.Series(label: "N", colour: "#000000")],
            bars: [BarChart.Bar(label: "a", values: [1_234_567])])
        #expect(chart.svg(id: "b").contains(">1.234.567</text>"))
    }
}
