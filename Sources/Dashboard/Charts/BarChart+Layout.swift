/// Geometry of the two orientations, in user units of the `viewBox` (the chart scales to its box).
extension BarChart {
    static let width = 640
    static let labelWidth = 180
    static let valueWidth = 70
    static let rowHeight = 22
    static let barThickness = 16
    static let plotHeight = 160
    static let axisHeight = 30
    static let axisWidth = 44
    static let labelCharacters = 26

    var horizontalSize: (width: Int, height: Int) {
        (Self.width, legendHeight + max(1, bars.count) * Self.rowHeight + 4)
    }

    var verticalSize: (width: Int, height: Int) {
        (Self.width, legendHeight + 16 + Self.plotHeight + Self.axisHeight)
    }

    func drawHorizontal(_ out: inout SVGWriter) {
        let plotWidth = Self.width - Self.labelWidth - Self.valueWidth
        let scale = self.scale
        for (row, bar) in bars.enumerated() {
            let top = legendHeight + row * Self.rowHeight + 2
            let middle = top + Self.barThickness / 2 + 4
            out.element(
                "text", [("x", "\(Self.labelWidth - 6)"), ("y", "\(middle)"), ("text-anchor", "end")],
                text: Self.shortened(bar.label))
            var x = Self.labelWidth
            for (index, value) in bar.values.enumerated() where value > 0 {
                let length = max(1, value * plotWidth / scale)
                out.open(
                    "rect",
                    [("x", "\(x)"), ("y", "\(top)"), ("width", "\(length)"), ("height", "\(Self.barThickness)"),
                     ("fill", fill(ofSeries: index))])
                out.element("title", [], text: barTitle(bar, series: index, value: value))
                out.close("rect")
                x += length
            }
            out.element("text", [("x", "\(x + 4)"), ("y", "\(middle)")], text: format(bar.values.reduce(0, +)))
        }
        let axisTop = legendHeight
        let axisBottom = legendHeight + max(1, bars.count) * Self.rowHeight
        out.element(
            "line",
            [("x1", "\(Self.labelWidth)"), ("y1", "\(axisTop)"), ("x2", "\(Self.labelWidth)"), ("y2", "\(axisBottom)"),
             ("stroke", "#5b6775")])
    }

    func drawVertical(_ out: inout SVGWriter) {
        let plotWidth = Self.width - Self.axisWidth - 8
        let top = legendHeight + 16
        let bottom = top + Self.plotHeight
        let slot = plotWidth / max(1, bars.count)
        let thickness = max(2, slot * 7 / 10)
        let scale = self.scale
        out.element(
            "text", [("x", "\(Self.axisWidth - 4)"), ("y", "\(top + 4)"), ("text-anchor", "end"), ("font-size", "10")],
            text: format(scale))
        out.element(
            "text", [("x", "\(Self.axisWidth - 4)"), ("y", "\(bottom)"), ("text-anchor", "end"), ("font-size", "10")],
            text: format(0))
        for (column, bar) in bars.enumerated() {
            let left = Self.axisWidth + column * slot + (slot - thickness) / 2
            let centre = left + thickness / 2
            var y = bottom
            for (index, value) in bar.values.enumerated() where value > 0 {
                let length = max(1, value * Self.plotHeight / scale)
                y -= length
                out.open(
                    "rect",
                    [("x", "\(left)"), ("y", "\(y)"), ("width", "\(thickness)"), ("height", "\(length)"),
                     ("fill", fill(ofSeries: index))])
                out.element("title", [], text: barTitle(bar, series: index, value: value))
                out.close("rect")
            }
            out.element(
                "text", [("x", "\(centre)"), ("y", "\(y - 3)"), ("text-anchor", "middle"), ("font-size", "10")],
                text: format(bar.values.reduce(0, +)))
            out.element(
                "text", [("x", "\(centre)"), ("y", "\(bottom + 14)"), ("text-anchor", "middle"), ("font-size", "10")],
                text: bar.label)
        }
        out.element(
            "line",
            [("x1", "\(Self.axisWidth)"), ("y1", "\(bottom)"), ("x2", "\(Self.width - 8)"), ("y2", "\(bottom)"),
             ("stroke", "#5b6775")])
    }

    static func shortened(_ label: String) -> String {
        label.count <= labelCharacters ? label : String(label.prefix(labelCharacters - 1)) + "…"
    }
}
