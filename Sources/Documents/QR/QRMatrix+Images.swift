extension QRMatrix {
    /// An SVG image with one `<path>` of dark modules on a white square, sized by attributes only
    /// (no style attribute, so it passes a CSP without 'unsafe-inline').
    package func svg(moduleSize: Int = 4, quietZone: Int = 4) -> String {
        let side = size + 2 * quietZone
        let pixels = side * max(moduleSize, 1)
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard self[x, y] else {
                    x += 1
                    continue
                }
                var run = 1
                while x + run < size && self[x + run, y] { run += 1 }
                path += "M\(x + quietZone) \(y + quietZone)h\(run)v1h-\(run)z"
                x += run
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(pixels)\" height=\"\(pixels)\" "
            + "viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\" role=\"img\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(path)\"/></svg>"
    }

    /// An 8-bit grayscale PNG, `scale` pixels per module, with `quietZone` light modules around.
    package func png(scale: Int = 4, quietZone: Int = 4) -> [UInt8] {
        let scale = max(scale, 1)
        let side = (size + 2 * quietZone) * scale
        var pixels = [UInt8](repeating: 255, count: side * side)
        for y in 0..<size {
            for x in 0..<size where self[x, y] {
                let left = (x + quietZone) * scale
                for row in (y + quietZone) * scale..<(y + quietZone + 1) * scale {
                    for column in left..<left + scale { pixels[row * side + column] = 0 }
                }
            }
        }
        // compress2 fails only when zlib cannot allocate memory.
        return (try? PNGWriter.grayscale(width: side, height: side, pixels: pixels)) ?? []
    }
}
