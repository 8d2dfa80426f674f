extension PDFPage {
    /// One line of text with its baseline at `y`; `x` is the left end, the centre or the right end
    /// by `alignment` (justified is treated as left).
    package mutating func text(
        _ text: String, x: Double, y: Double, font: PDFFont, size: Double,
        alignment: PDFTextAlignment = .left, color: PDFColor = .black
    ) {
        let bytes = WinAnsi.encode(text)
        let width = font.width(ofEncoded: bytes, size: size)
        let left: Double
        switch alignment {
        case .left, .justified: left = x
        case .center: left = x - width / 2
        case .right: left = x - width
        }
        use(font)
        let f = PDFNumber.format
        append("q \(color.operation(stroke: false)) BT /\(font.resourceName) \(f(size)) Tf \(f(left)) \(f(y)) Td")
        appendString(bytes)
        append(" Tj ET Q")
    }

    /// Text wrapped to `width` below `top` (the top of the first line's letters), each line
    /// `lineHeight` × `size` below the last. Returns the height used: lines × size × lineHeight.
    @discardableResult
    package mutating func paragraph(
        _ text: String, x: Double, top: Double, width: Double, font: PDFFont, size: Double,
        alignment: PDFTextAlignment = .left, lineHeight: Double = 1.2, color: PDFColor = .black
    ) -> Double {
        let lines = PDFTextLayout.lines(text, width: width, font: font, size: size)
        let leading = size * lineHeight
        use(font)
        let f = PDFNumber.format
        append("q \(color.operation(stroke: false)) BT /\(font.resourceName) \(f(size)) Tf")
        var baseline = top - font.ascender(size: size)
        for line in lines {
            var left = x
            var spacing = 0.0
            switch alignment {
            case .left: break
            case .center: left = x + (width - line.width) / 2
            case .right: left = x + width - line.width
            case .justified:
                let spaces = line.spaceCount
                if !line.endsParagraph && spaces > 0 { spacing = max(0, width - line.width) / Double(spaces) }
            }
            // Tm sets the line's origin absolutely; Tw persists, so every line sets it.
            append("\(f(spacing)) Tw 1 0 0 1 \(f(left)) \(f(baseline)) Tm")
            appendString(line.bytes)
            append(" Tj")
            baseline -= leading
        }
        append("ET Q")
        return Double(lines.count) * leading
    }

    /// The height `paragraph` would use for the same text, without drawing.
    package static func paragraphHeight(
        _ text: String, width: Double, font: PDFFont, size: Double, lineHeight: Double = 1.2
    ) -> Double {
        Double(PDFTextLayout.lines(text, width: width, font: font, size: size).count) * size * lineHeight
    }
}
