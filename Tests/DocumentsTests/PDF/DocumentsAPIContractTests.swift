import Documents
import Testing

/// The calls /work/wt/DOCS-API.md promises the letters code, written as it writes them.
struct DocumentsAPIContractTests {
    @Test func theDocumentedCallsWorkTogether() throws {
        let matrix = try QRCode.encode(Array("https://dinsos.example/verifikasi/AbC123".utf8), correction: .medium)
        #expect(matrix.size == 21 + 4 * (matrix.version - 1))
        #expect(matrix[0, 0] && !matrix[7, 0])
        #expect(matrix.svg(moduleSize: 4, quietZone: 4).hasPrefix("<svg "))
        #expect(matrix.png(scale: 4, quietZone: 4).count > 100)

        var pdf = PDFDocument(title: "Surat Keterangan Tidak Mampu", author: "Dinas Sosial")
        var page = PDFPage.a4()
        #expect(page.width == 595.28 && page.height == 841.89)
        page.text("KOP SURAT", x: 72, y: 800, font: .helveticaBold, size: 14)
        let used = page.paragraph("long text …", x: 72, top: 700, width: 451, font: .timesRoman, size: 12,
                                  alignment: .justified, lineHeight: 1.4)
        #expect(abs(used - 12 * 1.4) < 1e-9)
        page.line(from: (72, 760), to: (523, 760), width: 1.5)
        page.image(try PDFImage(jpeg: PDFImageTests.minimalJPEG), x: 72, y: 770, width: 60, height: 60)
        page.qr(matrix, x: 450, y: 80, size: 80)
        pdf.add(page)
        let bytes: [UInt8] = pdf.render()
        #expect(bytes.starts(with: Array("%PDF-1.4".utf8)))
        #expect(PDFFont.timesRoman.width(of: "text", size: 12) == (278 + 444 + 500 + 278) * 12 / 1000)
    }
}
