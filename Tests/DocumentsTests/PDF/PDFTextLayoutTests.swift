import Testing

@testable import Documents

struct PDFTextLayoutTests {
    static let text = "Yang bertanda tangan di bawah ini menerangkan bahwa keluarga tersebut tercatat dalam "
        + "Data Terpadu Kesejahteraan Sosial dan dinilai layak menerima bantuan."

    @Test(arguments: [PDFFont.timesRoman, .helvetica, .courierBold], [120.0, 200, 451])
    func linesFitTheWidthAndKeepEveryWord(font: PDFFont, width: Double) {
        let lines = PDFTextLayout.lines(Self.text, width: width, font: font, size: 12)
        #expect(lines.count > 1)
        for line in lines {
            #expect(line.width <= width + 0.001)
            #expect(abs(font.width(ofEncoded: line.bytes, size: 12) - line.width) < 1e-9)
        }
        let words = lines.flatMap { String(decoding: $0.bytes, as: UTF8.self).split(separator: " ") }
        #expect(words.joined(separator: " ") == Self.text)
        // Greedy: the next line's first word would not have fitted on the line before.
        for (line, next) in zip(lines, lines.dropFirst()) {
            let firstWord = next.bytes.split(separator: 0x20).first.map(Array.init) ?? []
            #expect(line.width + font.width(ofEncoded: [0x20] + firstWord, size: 12) > width)
        }
        #expect(lines.dropLast().allSatisfy { !$0.endsParagraph } && lines.last?.endsParagraph == true)
    }

    @Test func lineBreaksStartParagraphsAndSpacesCollapse() {
        let lines = PDFTextLayout.lines("Satu  dua\n\nTiga   empat ", width: 500, font: .helvetica, size: 10)
        #expect(lines.map { String(decoding: $0.bytes, as: UTF8.self) } == ["Satu dua", "", "Tiga empat"])
        #expect(lines.allSatisfy { $0.endsParagraph })
    }

    @Test func aWordWiderThanTheLineIsSplit() {
        let word = String(repeating: "M", count: 40)
        let lines = PDFTextLayout.lines("a \(word) b", width: 100, font: .helvetica, size: 10)
        // M is 833/1000 em: 12 fit in 100 pt at 10 pt.
        #expect(lines.map { $0.bytes.count } == [1, 12, 12, 12, 6])  // "MMMM b" shares the last line
        #expect(lines.allSatisfy { $0.width <= 100.001 })
        #expect(lines.flatMap(\.bytes).filter { $0 == 0x4D }.count == 40)
    }

    @Test func justifiedLinesSpreadTheirSpacesToTheFullWidth() {
        var page = PDFPage.a4()
        let height = page.paragraph(Self.text, x: 72, top: 700, width: 200, font: .timesRoman, size: 12,
                                    alignment: .justified, lineHeight: 1.5)
        let lines = PDFTextLayout.lines(Self.text, width: 200, font: .timesRoman, size: 12)
        #expect(height == Double(lines.count) * 18)
        #expect(PDFPage.paragraphHeight(Self.text, width: 200, font: .timesRoman, size: 12, lineHeight: 1.5) == height)
        let content = String(decoding: page.content, as: UTF8.self)
        let spacings = content.split(separator: "\n").filter { $0.hasSuffix(" Tm") }.compactMap { Double($0.split(separator: " ")[0]) }
        #expect(spacings.count == lines.count)
        for (line, spacing) in zip(lines.dropLast(), spacings) {
            #expect(abs(line.width + spacing * Double(line.spaceCount) - 200) < 0.01)
        }
        #expect(spacings.last == 0)  // the last line stays flush left
        // Baselines: the first at top minus the ascender (683/1000 em), then every 18 pt.
        #expect(content.contains("1 0 0 1 72 691.804 Tm"))
        #expect(content.contains("1 0 0 1 72 673.804 Tm"))
    }

    @Test func centredAndRightAlignedLinesAreOffset() {
        var page = PDFPage.a4()
        page.paragraph("Kanan", x: 100, top: 500, width: 300, font: .helvetica, size: 10, alignment: .right)
        page.paragraph("Tengah", x: 100, top: 400, width: 300, font: .helvetica, size: 10, alignment: .center)
        page.text("Tengah", x: 250, y: 300, font: .helvetica, size: 10, alignment: .center)
        let content = String(decoding: page.content, as: UTF8.self)
        let right = 400 - PDFFont.helvetica.width(of: "Kanan", size: 10)
        let centre = 250 - PDFFont.helvetica.width(of: "Tengah", size: 10) / 2
        #expect(content.contains("0 Tw 1 0 0 1 \(PDFNumber.format(right)) 492.82 Tm"))
        #expect(content.contains("0 Tw 1 0 0 1 \(PDFNumber.format(centre)) 392.82 Tm"))
        #expect(content.contains("\(PDFNumber.format(centre)) 300 Td"))
    }
}
