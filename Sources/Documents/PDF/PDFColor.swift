/// A DeviceRGB or DeviceGray colour for fills and strokes, components 0…1.
package struct PDFColor: Sendable, Equatable {
    let red: Double
    let green: Double
    let blue: Double

    /// An RGB colour, each component 0…1.
    package init(red: Double, green: Double, blue: Double) {
        self.red = min(max(red, 0), 1)
        self.green = min(max(green, 0), 1)
        self.blue = min(max(blue, 0), 1)
    }

    /// A gray level, 0 black … 1 white.
    package static func gray(_ level: Double) -> PDFColor { PDFColor(red: level, green: level, blue: level) }

    /// Black.
    package static let black = PDFColor.gray(0)
    /// White.
    package static let white = PDFColor.gray(1)

    /// The operator setting this as the fill (`g`/`rg`) or stroke (`G`/`RG`) colour.
    func operation(stroke: Bool) -> String {
        if red == green && green == blue {
            return "\(PDFNumber.format(red)) \(stroke ? "G" : "g")"
        }
        return "\(PDFNumber.format(red)) \(PDFNumber.format(green)) \(PDFNumber.format(blue)) \(stroke ? "RG" : "rg")"
    }
}
