/// Decoded 8-bit PNG pixels, row-major, `channels` bytes per pixel.
package struct PNGImage: Sendable, Equatable {
    /// Pixels per row.
    package let width: Int
    /// Rows.
    package let height: Int
    /// 1 gray, 2 gray+alpha, 3 RGB, 4 RGBA.
    package let channels: Int
    /// `width * height * channels` bytes.
    package let pixels: [UInt8]

    /// Whether the last channel is alpha.
    package var hasAlpha: Bool { channels == 2 || channels == 4 }

    /// The colour channels without alpha.
    package var colorChannels: Int { hasAlpha ? channels - 1 : channels }

    /// The pixels without their alpha channel, and the alpha channel alone (nil without alpha).
    package func separatingAlpha() -> (color: [UInt8], alpha: [UInt8]?) {
        guard hasAlpha else { return (pixels, nil) }
        let colors = colorChannels
        var color = [UInt8]()
        var alpha = [UInt8]()
        color.reserveCapacity(width * height * colors)
        alpha.reserveCapacity(width * height)
        var index = 0
        while index < pixels.count {
            color.append(contentsOf: pixels[index..<index + colors])
            alpha.append(pixels[index + colors])
            index += channels
        }
        return (color, alpha)
    }
}
