/// One page: its size, its content stream (uncompressed until the document is rendered) and the
/// fonts and images it uses. Coordinates are points from the bottom-left corner.
package struct PDFPage: Sendable {
    /// Width in points.
    package let width: Double
    /// Height in points.
    package let height: Double
    /// The content stream's operators.
    private(set) var content: [UInt8] = []
    /// Fonts the content selects.
    private(set) var fonts: Set<PDFFont> = []
    /// Images the content draws, named /Im1, /Im2, … in this order.
    private(set) var images: [PDFImage] = []

    /// A page of `width` × `height` points.
    package init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// ISO A4 portrait: 210 × 297 mm.
    package static func a4() -> PDFPage { PDFPage(width: 595.28, height: 841.89) }

    /// ISO A4 landscape: 297 × 210 mm.
    package static func a4Landscape() -> PDFPage { PDFPage(width: 841.89, height: 595.28) }

    mutating func append(_ operators: String) {
        content.append(contentsOf: operators.utf8)
        content.append(0x0A)
    }

    mutating func appendString(_ bytes: [UInt8]) {
        content.append(0x28)
        for byte in bytes {
            switch byte {
            case 0x28, 0x29, 0x5C: content += [0x5C, byte]  // ( ) \ escaped (§7.3.4.2)
            default: content.append(byte)
            }
        }
        content.append(0x29)
    }

    mutating func use(_ font: PDFFont) { fonts.insert(font) }

    /// The resource name of `image`, adding it to the page's images if it is new there.
    mutating func resourceName(for image: PDFImage) -> String {
        if let index = images.firstIndex(of: image) { return "Im\(index + 1)" }
        images.append(image)
        return "Im\(images.count)"
    }

    /// A straight line.
    package mutating func line(
        from start: (Double, Double), to end: (Double, Double), width: Double = 1, color: PDFColor = .black
    ) {
        let f = PDFNumber.format
        append("q \(color.operation(stroke: true)) \(f(width)) w 0 J")
        append("\(f(start.0)) \(f(start.1)) m \(f(end.0)) \(f(end.1)) l S Q")
    }

    /// A filled rectangle with its lower-left corner at (x, y).
    package mutating func rectangle(x: Double, y: Double, width: Double, height: Double, fill: PDFColor = .black) {
        let f = PDFNumber.format
        append("q \(fill.operation(stroke: false)) \(f(x)) \(f(y)) \(f(width)) \(f(height)) re f Q")
    }

    /// A rectangle outline with its lower-left corner at (x, y).
    package mutating func strokeRectangle(
        x: Double, y: Double, width: Double, height: Double, lineWidth: Double = 1, color: PDFColor = .black
    ) {
        let f = PDFNumber.format
        append("q \(color.operation(stroke: true)) \(f(lineWidth)) w \(f(x)) \(f(y)) \(f(width)) \(f(height)) re S Q")
    }

    /// `image` scaled into the box with lower-left corner (x, y).
    package mutating func image(_ image: PDFImage, x: Double, y: Double, width: Double, height: Double) {
        let name = resourceName(for: image)
        let f = PDFNumber.format
        append("q \(f(width)) 0 0 \(f(height)) \(f(x)) \(f(y)) cm /\(name) Do Q")
    }

    /// The dark modules of `matrix` as filled rectangles (one per horizontal run) in a square of
    /// `size` points with lower-left corner (x, y); `quietZone` light modules are kept inside the square.
    package mutating func qr(_ matrix: QRMatrix, x: Double, y: Double, size: Double, quietZone: Int = 0) {
        let module = size / Double(matrix.size + 2 * quietZone)
        let f = PDFNumber.format
        var operators = "q 0 g\n"
        for row in 0..<matrix.size {
            let bottom = y + size - Double(row + quietZone + 1) * module
            var column = 0
            while column < matrix.size {
                guard matrix[column, row] else {
                    column += 1
                    continue
                }
                var run = 1
                while column + run < matrix.size && matrix[column + run, row] { run += 1 }
                let left = x + Double(column + quietZone) * module
                operators += "\(f(left)) \(f(bottom)) \(f(Double(run) * module)) \(f(module)) re\n"
                column += run
            }
        }
        operators += "f Q"
        append(operators)
    }
}
