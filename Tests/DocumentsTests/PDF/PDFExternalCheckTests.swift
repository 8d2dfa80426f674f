import Foundation
import Testing

@testable import Documents

/// Our PDFs as other programs see them: qpdf's structural check, poppler's renderer and text
/// extractor, and zbarimg reading the QR code off the rendered page.
struct PDFExternalCheckTests {
    static let justified = "Yang bertanda tangan di bawah ini Kepala Dinas Sosial Kabupaten Bantul menerangkan "
        + "bahwa keluarga tersebut tercatat dalam Data Terpadu Kesejahteraan Sosial dengan desil satu, "
        + "sehingga dinilai layak menerima bantuan iuran jaminan kesehatan dari anggaran daerah."
    static let url = "https://dinsos.bantulkab.go.id/verifikasi/Qm9_aXN-dGVzdC0xMjM0NQ"

    /// A letter-like page with every drawing operation, a JPEG (when given), a PNG logo and a QR code.
    static func letter(jpeg: [UInt8]?) throws -> [UInt8] {
        var pdf = PDFDocument(title: "Surat Keterangan Tidak Mampu", author: "Dinas Sosial", creationDate: Date())
        var page = PDFPage.a4()
        let logoPixels = (0..<(48 * 48)).flatMap { index -> [UInt8] in
            let (x, y) = (index % 48, index / 48)
            let inside = (x - 24) * (x - 24) + (y - 24) * (y - 24) < 22 * 22
            return [0, 100, 200, inside ? 255 : 0]  // a blue disc on transparency
        }
        let logo = try PDFImage(png: TestPNG.encode(width: 48, height: 48, channels: 4, pixels: logoPixels))
        page.image(logo, x: 72, y: 760, width: 60, height: 60)
        if let jpeg { page.image(try PDFImage(jpeg: jpeg), x: 463, y: 760, width: 60, height: 60) }
        page.text("PEMERINTAH KABUPATEN BANTUL", x: 297.64, y: 800, font: .helveticaBold, size: 14, alignment: .center)
        page.text("DINAS SOSIAL — Kapanéwon Bantul", x: 297.64, y: 782, font: .timesRoman, size: 11, alignment: .center)
        page.line(from: (72, 752), to: (523, 752), width: 1.5)
        page.text("Nomor: 400.9/017/Dinsos/X/2023", x: 523, y: 730, font: .timesItalic, size: 11, alignment: .right)
        var top = 700.0
        top -= page.paragraph(justified, x: 72, top: top, width: 451, font: .timesRoman, size: 12,
                              alignment: .justified, lineHeight: 1.4)
        top -= page.paragraph("Biaya € 1.500 – “lunas” à la café, naïve São Tomé; Ä Ö Ü ß ©.", x: 72, top: top - 10,
                              width: 451, font: .timesBold, size: 12)
        page.paragraph("Rata kanan", x: 72, top: top - 40, width: 451, font: .helvetica, size: 10, alignment: .right)
        page.rectangle(x: 72, y: 200, width: 100, height: 10, fill: .gray(0.5))
        page.strokeRectangle(x: 72, y: 180, width: 100, height: 10)
        page.qr(try QRCode.encode(url), x: 420, y: 80, size: 100)
        pdf.add(page)
        pdf.add(.a4())
        return pdf.render()
    }

    /// A JPEG made by poppler from a PDF of coloured rectangles.
    static func makeJPEG(in directory: TemporaryDirectory) throws -> [UInt8] {
        var pdf = PDFDocument(title: "warna", author: "uji")
        var page = PDFPage(width: 72, height: 48)
        page.rectangle(x: 0, y: 0, width: 36, height: 48, fill: PDFColor(red: 0.9, green: 0.1, blue: 0.1))
        page.rectangle(x: 36, y: 0, width: 36, height: 48, fill: PDFColor(red: 0.1, green: 0.7, blue: 0.2))
        pdf.add(page)
        let source = try directory.write(pdf.render(), to: "warna.pdf")
        let result = try ExternalTool.pdftoppm.run(["-jpeg", "-r", "72", "-singlefile", source, directory.file("warna")])
        #expect(result.status == 0, "\(result.errors)")
        return try directory.read("warna.jpg")
    }

    @Test func qpdfFindsNoErrorsOrWarnings() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let jpeg = try Self.makeJPEG(in: directory)
        for (name, bytes) in [("sampel.pdf", PDFWriterTests.sampleDocument().render()), ("surat.pdf", try Self.letter(jpeg: jpeg))] {
            let file = try directory.write(bytes, to: name)
            let result = try ExternalTool.qpdf.run(["--check", file])
            #expect(result.status == 0, "qpdf --check \(name): \(result.text) \(result.errors)")
            #expect(!(result.text + result.errors).uppercased().contains("WARNING"), "\(result.text) \(result.errors)")
            #expect(result.text.contains("No syntax or stream encoding errors"))
        }
    }

    @Test func popplerRendersEveryPage() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write(try Self.letter(jpeg: nil), to: "surat.pdf")
        let result = try ExternalTool.pdftoppm.run(["-png", "-r", "50", file, directory.file("halaman")])
        #expect(result.status == 0 && result.errors.isEmpty, "\(result.errors)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("halaman") }.sorted()
        #expect(pages == ["halaman-1.png", "halaman-2.png"])
        let image = try PNGReader.decode(try directory.read("halaman-1.png"))
        // A4 at 50 dpi: 8.27 × 11.69 inches.
        #expect(abs(image.width - 413) <= 1 && abs(image.height - 585) <= 1)
        // The heading rule at y = 752 pt is drawn dark across the text width.
        let ruleRow = Int((841.89 - 752) / 72 * 50)
        let darkest = (-1...1).map { dy in
            image.pixels[((ruleRow + dy) * image.width + image.width / 2) * image.channels]
        }.min() ?? 255
        #expect(darkest < 128)
    }

    @Test func pdftotextGetsTheTextBack() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try directory.write(try Self.letter(jpeg: nil), to: "surat.pdf")
        let result = try ExternalTool.pdftotext.run(["-enc", "UTF-8", file, "-"])
        #expect(result.status == 0, "\(result.errors)")
        let text = result.text
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        #expect(text.contains("PEMERINTAH KABUPATEN BANTUL"))
        #expect(text.contains("DINAS SOSIAL — Kapanéwon Bantul"))
        #expect(text.contains("Nomor: 400.9/017/Dinsos/X/2023"))
        // Every word of the justified paragraph comes back, in order.
        let expected = Self.justified.split(separator: " ").map(String.init)
        let start = try #require(words.firstIndex(of: expected[0]))
        #expect(Array(words[start..<start + expected.count]) == expected)
        #expect(text.contains("Biaya € 1.500 – “lunas” à la café, naïve São Tomé; Ä Ö Ü ß ©."))
        #expect(text.contains("Rata kanan"))
    }

    @Test func theQRCodeDecodesFromThePageRenderedAt150DPI() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let jpeg = try Self.makeJPEG(in: directory)
        let file = try directory.write(try Self.letter(jpeg: jpeg), to: "surat.pdf")
        // DINSOS_KEEP_PDF=/some/path.pdf keeps a copy of the sample letter to look at.
        if let keep = ProcessInfo.processInfo.environment["DINSOS_KEEP_PDF"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(atPath: file, toPath: keep)
        }
        let render = try ExternalTool.pdftoppm.run(["-png", "-r", "150", "-f", "1", "-l", "1", "-singlefile", file, directory.file("surat")])
        #expect(render.status == 0, "\(render.errors)")
        let scan = try ExternalTool.zbarimg.run(["--raw", "-q", directory.file("surat.png")])
        #expect(scan.status == 0, "\(scan.errors)")
        #expect(scan.text == Self.url + "\n")
        // The JPEG (red left half) and the PNG logo (blue disc) are on the page.
        let image = try PNGReader.decode(try directory.read("surat.png"))
        func pixel(_ xPoints: Double, _ yPoints: Double) -> [UInt8] {
            let x = Int(xPoints / 72 * 150)
            let y = Int((841.89 - yPoints) / 72 * 150)
            let start = (y * image.width + x) * image.channels
            return Array(image.pixels[start..<start + 3])
        }
        let red = pixel(463 + 10, 790)
        #expect(red[0] > 180 && red[1] < 80 && red[2] < 80, "JPEG pixel \(red)")
        let green = pixel(463 + 50, 790)
        #expect(green[1] > 120 && green[0] < 80, "JPEG pixel \(green)")
        let blue = pixel(72 + 30, 790)
        #expect(blue[2] > 150 && blue[0] < 50, "logo pixel \(blue)")
        let corner = pixel(72 + 1, 761)
        #expect(corner == [255, 255, 255], "transparent logo corner \(corner)")
    }
}
