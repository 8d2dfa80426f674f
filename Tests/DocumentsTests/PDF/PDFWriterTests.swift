import Foundation
import Testing

@testable import Documents

struct PDFWriterTests {
    static func sampleDocument() -> PDFDocument {
        var pdf = PDFDocument(title: "Surat Keterangan (SKTM)", author: "Dinas Sosial")
        var first = PDFPage.a4()
        first.text("KOP SURAT", x: 72, y: 800, font: .helveticaBold, size: 14)
        first.line(from: (72, 790), to: (523, 790), width: 1.5)
        first.paragraph("Isi surat yang cukup panjang untuk dibungkus menjadi beberapa baris.", x: 72, top: 760,
                        width: 200, font: .timesRoman, size: 12, alignment: .justified)
        var second = PDFPage.a4Landscape()
        second.rectangle(x: 10, y: 10, width: 20, height: 20, fill: PDFColor(red: 0.8, green: 0.1, blue: 0.1))
        second.text("Halaman dua", x: 400, y: 300, font: .timesItalic, size: 10, alignment: .center)
        pdf.add(first)
        pdf.add(second)
        return pdf
    }

    /// The xref table's offsets, parsed from the file.
    static func crossReferences(_ bytes: [UInt8]) throws -> (offsets: [Int], size: Int) {
        let text = String(decoding: bytes, as: UTF8.self)
        let startxref = try #require(text.range(of: "startxref\n", options: .backwards))
        let start = try #require(Int(text[startxref.upperBound...].prefix { $0.isNumber }))
        let table = Array(bytes[start...])
        #expect(String(decoding: table.prefix(5), as: UTF8.self) == "xref\n")
        let lines = String(decoding: table, as: UTF8.self).components(separatedBy: "\n")
        let count = try #require(Int(lines[1].split(separator: " ")[1]))
        var offsets: [Int] = []
        var position = start + 5 + lines[1].utf8.count + 1
        for index in 0..<count {
            let entry = String(decoding: bytes[position..<position + 20], as: UTF8.self)
            #expect(entry.hasSuffix("\r\n") && entry.count == 19)
            if index > 0 {
                #expect(entry.contains(" 00000 n"))
                offsets.append(try #require(Int(entry.prefix(10))))
            }
            position += 20
        }
        let trailer = String(decoding: bytes[position...], as: UTF8.self)
        #expect(trailer.hasPrefix("trailer\n<< /Size \(count) /Root 1 0 R /Info 3 0 R >>"))
        return (offsets, count)
    }

    @Test func crossReferenceOffsetsPointAtTheirObjects() throws {
        let bytes = Self.sampleDocument().render()
        #expect(Array(bytes.prefix(9)) == Array("%PDF-1.4\n".utf8))
        #expect(String(decoding: bytes.suffix(6), as: UTF8.self) == "%%EOF\n")
        let (offsets, size) = try Self.crossReferences(bytes)
        // catalog, pages, info, 3 fonts, 2 × (page + contents)
        #expect(size == 11)
        for (index, offset) in offsets.enumerated() {
            let expected = Array("\(index + 1) 0 obj\n".utf8)
            #expect(Array(bytes[offset..<offset + expected.count]) == expected, "object \(index + 1)")
        }
    }

    @Test func fontsAreStandardType1WithWinAnsi() throws {
        let text = String(decoding: Self.sampleDocument().render(), as: UTF8.self)
        for name in ["Helvetica-Bold", "Times-Roman", "Times-Italic"] {
            #expect(text.contains("/Subtype /Type1 /BaseFont /\(name) /Encoding /WinAnsiEncoding"))
        }
        #expect(!text.contains("/BaseFont /Courier"))
        #expect(text.contains("/MediaBox [0 0 595.28 841.89]"))
        #expect(text.contains("/MediaBox [0 0 841.89 595.28]"))
        #expect(text.contains("/Title (Surat Keterangan \\(SKTM\\)) /Author (Dinas Sosial)"))
    }

    /// The offset of the first occurrence of `needle` in `bytes` at or after `start`.
    static func find(_ needle: String, in bytes: [UInt8], from start: Int = 0) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count else { return nil }
        return (start...(bytes.count - pattern.count)).first { Array(bytes[$0..<$0 + pattern.count]) == pattern }
    }

    @Test func contentStreamsAreFlateCompressed() throws {
        let document = Self.sampleDocument()
        let bytes = document.render()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.components(separatedBy: "/Filter /FlateDecode /Length").count == 3)
        #expect(!text.contains("KOP SURAT"))
        var from = 0
        for page in document.pages {
            let dictionary = try #require(Self.find("<< /Filter /FlateDecode /Length ", in: bytes, from: from))
            let digits = bytes[(dictionary + 32)...].prefix { (0x30...0x39).contains($0) }
            let length = try #require(Int(String(decoding: digits, as: UTF8.self)))
            let data = try #require(Self.find(">>\nstream\n", in: bytes, from: dictionary)) + 10
            #expect(try Zlib.decompress(Array(bytes[data..<data + length]), limit: 1 << 20) == page.content)
            #expect(Array(bytes[data + length..<data + length + 10]) == Array("\nendstream".utf8))
            from = data + length
        }
    }

    @Test func informationTextOutsideASCIIIsUTF16() {
        var pdf = PDFDocument(title: "Surat Keterangan — Kapanéwon", author: "Dinsos", subject: "Uji",
                              creationDate: Date(timeIntervalSince1970: 1_696_498_200))
        pdf.add(.a4())
        let text = String(decoding: pdf.render(), as: UTF8.self)
        #expect(text.contains("/Title <FEFF00530075007200610074"))  // "Surat"
        #expect(text.contains("002020140020004B"))  // " — K"
        #expect(text.contains("/CreationDate (D:20231005093000Z)"))
        #expect(text.contains("/Subject (Uji)"))
        #expect(PDFText.string("é") == "<FEFF00E9>")
    }

    @Test func winAnsiConversion() {
        #expect(WinAnsi.encode("Aé€—“x”") == [0x41, 0xE9, 0x80, 0x97, 0x93, 0x78, 0x94])
        #expect(WinAnsi.encode("e\u{301}") == [0xE9])  // decomposed é
        #expect(WinAnsi.encode("ą日🎉\u{7F}\u{1}") == [0x3F, 0x3F, 0x3F, 0x3F, 0x3F])
        #expect(WinAnsi.encode("a\tb\nc") == [0x61, 0x20, 0x62, 0x20, 0x63])
        #expect(WinAnsi.encode("\u{A0}ÿ") == [0xA0, 0xFF])
    }

    @Test func stringsAreEscaped() {
        var page = PDFPage.a4()
        page.text("(a) \\ b", x: 0, y: 0, font: .helvetica, size: 10)
        #expect(String(decoding: page.content, as: UTF8.self).contains("(\\(a\\) \\\\ b) Tj"))
    }

    @Test func widthsComeFromTheAFMs() {
        // Helvetica H 722, e 556, l 222, l 222, o 556; Times-Roman A 722; Courier 600 for all.
        #expect(abs(PDFFont.helvetica.width(of: "Hello", size: 10) - 22.78) < 1e-9)
        #expect(abs(PDFFont.timesRoman.width(of: "A", size: 12) - 8.664) < 1e-9)
        #expect(abs(PDFFont.courier.width(of: "é€x", size: 10) - 18) < 1e-9)
        #expect(PDFFont.helveticaBold.width(of: "é", size: 1000) == 556)
        #expect(PDFFont.timesBold.width(of: "W", size: 1000) == 1000)
        #expect(PDFFont.allCases.allSatisfy { $0.width(of: "€", size: 1000) > 0 })
        #expect(PDFFont.timesRoman.ascender(size: 1000) == 683)
    }

    @Test func numbersAreFormattedPlainly() {
        #expect(PDFNumber.format(595.28) == "595.28")
        #expect(PDFNumber.format(72) == "72")
        #expect(PDFNumber.format(-0.0004) == "0")
        #expect(PDFNumber.format(-1.5) == "-1.5")
        #expect(PDFNumber.format(0.1234) == "0.123")
        #expect(PDFNumber.format(.nan) == "0")
        #expect(PDFNumber.format(1e300) == "1000000000")
    }

    @Test func qrModulesAreMergedIntoRuns() throws {
        let matrix = try QRCode.encode("https://dinsos.bantulkab.go.id/verifikasi/AbC123")
        var page = PDFPage.a4()
        page.qr(matrix, x: 100, y: 100, size: Double(matrix.size))
        let content = String(decoding: page.content, as: UTF8.self)
        let rectangles = content.components(separatedBy: " re\n").count - 1
        var runs = 0
        for y in 0..<matrix.size {
            for x in 0..<matrix.size where matrix[x, y] && (x == 0 || !matrix[x - 1, y]) { runs += 1 }
        }
        #expect(rectangles == runs)
        #expect(rectangles < matrix.modules.filter { $0 }.count)
        // The top-left finder's top row: one 7-module run at the top of the square.
        #expect(content.contains("100 \(100 + matrix.size - 1) 7 1 re"))
        #expect(content.hasSuffix("f Q\n"))
    }

    @Test func imagesAreSharedBetweenPages() throws {
        let logo = try PDFImage(png: TestPNG.encode(width: 4, height: 4, channels: 3, pixels: TestPNG.randomPixels(48, seed: 3)))
        var pdf = PDFDocument(title: "Dua halaman", author: "Dinsos")
        for _ in 0..<2 {
            var page = PDFPage.a4()
            page.image(logo, x: 72, y: 770, width: 60, height: 60)
            page.image(logo, x: 150, y: 770, width: 30, height: 30)
            pdf.add(page)
        }
        let text = String(decoding: pdf.render(), as: UTF8.self)
        #expect(text.components(separatedBy: "/Subtype /Image").count == 2)
        #expect(text.components(separatedBy: "/XObject << /Im1 4 0 R >>").count == 3)
    }
}
