/// Breaks text into lines that fit a width, by the fonts' AFM widths.
package enum PDFTextLayout {
    /// One laid-out line in WinAnsi bytes.
    package struct Line: Sendable, Equatable {
        /// The line's WinAnsi bytes, words separated by single spaces.
        package let bytes: [UInt8]
        /// Its natural width in points.
        package let width: Double
        /// Whether it ends a paragraph (a line break in the text, or the end), so it is not justified.
        package let endsParagraph: Bool

        /// Spaces in the line: what word spacing (Tw) widens.
        var spaceCount: Int { bytes.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) } }
    }

    /// `text` wrapped into lines at most `width` points wide; "\n" starts a new paragraph,
    /// runs of spaces collapse, and a word wider than the line is split between characters.
    package static func lines(_ text: String, width: Double, font: PDFFont, size: Double) -> [Line] {
        var result: [Line] = []
        let spaceWidth = font.width(ofEncoded: [0x20], size: size)
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = WinAnsi.encode(String(paragraph)).split(separator: 0x20).map(Array.init)
            var current: [UInt8] = []
            var currentWidth = 0.0
            func finish(endsParagraph: Bool) {
                result.append(Line(bytes: current, width: currentWidth, endsParagraph: endsParagraph))
                current = []
                currentWidth = 0
            }
            for var word in words {
                var wordWidth = font.width(ofEncoded: word, size: size)
                if !current.isEmpty {
                    if currentWidth + spaceWidth + wordWidth <= width + 0.001 {
                        current.append(0x20)
                        current += word
                        currentWidth += spaceWidth + wordWidth
                        continue
                    }
                    finish(endsParagraph: false)
                }
                // Split a word that does not fit on a line of its own.
                while wordWidth > width + 0.001 && word.count > 1 {
                    var take = 0
                    var taken = 0.0
                    while take < word.count {
                        let next = font.width(ofEncoded: [word[take]], size: size)
                        if take > 0 && taken + next > width + 0.001 { break }
                        taken += next
                        take += 1
                    }
                    current = Array(word[0..<take])
                    currentWidth = taken
                    word = Array(word[take...])
                    wordWidth = font.width(ofEncoded: word, size: size)
                    if !word.isEmpty { finish(endsParagraph: false) }
                }
                current = word
                currentWidth = wordWidth
            }
            finish(endsParagraph: true)
        }
        return result
    }
}
