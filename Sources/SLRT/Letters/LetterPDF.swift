import Core
import Documents
import Foundation

/// The PDF of an issued letter (PDF 1.4, A4, standard Type 1 fonts), drawn from its frozen content
/// only: letterhead with the logo as an image XObject, title and number, body paragraphs and fact
/// rows, the signatory block, and the verification QR code as vector modules.
enum LetterPDF {
    static let left = 70.0
    static let right = 595.28 - 56.0
    static let bottom = 60.0

    static func render(_ letter: IssuedLetter, logo: ([UInt8], AttachmentContentType)?) throws -> [UInt8] {
        let content = letter.content
        var document = PDFDocument(
            title: "\(content.title) \(content.number)", author: letter.issuer, subject: content.title,
            creationDate: letter.issuedAt)
        var page = PDFPage.a4()
        var y = 800.0
        if letter.isRevoked {
            page.text(
                "DICABUT: " + (letter.revokedReason ?? ""), x: 595.28 / 2, y: 820, font: .helveticaBold, size: 10,
                alignment: .center, color: PDFColor(red: 0.7, green: 0, blue: 0))
        }
        y = letterhead(content.letterhead, logo: logo, on: &page, top: y)
        y -= 26
        page.text(content.title.uppercased(), x: 595.28 / 2, y: y, font: .timesBold, size: 13, alignment: .center)
        let titleWidth = PDFFont.timesBold.width(of: content.title.uppercased(), size: 13)
        page.line(from: (595.28 / 2 - titleWidth / 2, y - 2), to: (595.28 / 2 + titleWidth / 2, y - 2), width: 0.6)
        y -= 16
        page.text("Nomor: " + content.number, x: 595.28 / 2, y: y, font: .timesRoman, size: 12, alignment: .center)
        y -= 24
        for paragraph in content.paragraphs {
            if paragraph.isTable {
                for row in paragraph.rows {
                    let height = PDFPage.paragraphHeight(row.value, width: right - left - 170, font: .timesRoman, size: 12, lineHeight: 1.3)
                    if y - height < bottom { newPage(&document, &page, &y) }
                    let baseline = y - PDFFont.timesRoman.ascender(size: 12)
                    page.text(row.label, x: left + 20, y: baseline, font: .timesRoman, size: 12)
                    page.text(":", x: left + 160, y: baseline, font: .timesRoman, size: 12)
                    page.paragraph(row.value, x: left + 170, top: y, width: right - left - 170, font: .timesRoman, size: 12, lineHeight: 1.3)
                    y -= max(height, 15.6)
                }
                y -= 8
            } else {
                let height = PDFPage.paragraphHeight(paragraph.text, width: right - left, font: .timesRoman, size: 12, lineHeight: 1.4)
                if y - height < bottom { newPage(&document, &page, &y) }
                page.paragraph(paragraph.text, x: left, top: y, width: right - left, font: .timesRoman, size: 12, alignment: .justified, lineHeight: 1.4)
                y -= height + 8
            }
        }
        if y - 170 < bottom { newPage(&document, &page, &y) }
        footer(content, on: &page, top: y - 10)
        document.add(page)
        return document.render()
    }

    /// Draws the kop surat; returns the y below its double rule.
    private static func letterhead(
        _ head: LetterContent.Letterhead, logo: ([UInt8], AttachmentContentType)?, on page: inout PDFPage, top: Double
    ) -> Double {
        var lines: [(String, PDFFont, Double)] = []
        if !head.government.isEmpty { lines.append((head.government.uppercased(), .helveticaBold, 13)) }
        lines.append((head.office.uppercased(), .helveticaBold, 16))
        for line in head.addressLines where !line.isEmpty { lines.append((line, .helvetica, 9)) }
        if !head.contactLine.isEmpty { lines.append((head.contactLine, .helvetica, 9)) }
        let height = lines.reduce(0) { $0 + $1.2 * 1.3 }
        var textLeft = left
        if let logo, let image = try? image(logo) {
            let side = min(66, max(height, 50))
            let scaledWidth = side * Double(image.width) / Double(max(image.height, 1))
            page.image(image, x: left, y: top - side, width: scaledWidth, height: side)
            textLeft = left + scaledWidth + 8
        }
        let centre = (textLeft + right) / 2
        var y = top
        for (text, font, size) in lines {
            y -= size * 1.3
            page.text(text, x: centre, y: y + size * 0.25, font: font, size: size, alignment: .center)
        }
        y = min(y, top - 66) - 6
        page.line(from: (left, y), to: (right, y), width: 2)
        page.line(from: (left, y - 3), to: (right, y - 3), width: 0.6)
        return y - 3
    }

    private static func image(_ logo: ([UInt8], AttachmentContentType)) throws -> PDFImage {
        switch logo.1 {
        case .jpeg: try PDFImage(jpeg: logo.0)
        default: try PDFImage(png: logo.0)
        }
    }

    /// The signatory block on the right and the QR code with its address on the left.
    private static func footer(_ content: LetterContent, on page: inout PDFPage, top: Double) {
        let signLeft = 330.0
        let width = right - signLeft
        var y = top
        y -= page.paragraph(content.placeAndDate, x: signLeft, top: y, width: width, font: .timesRoman, size: 12)
        y -= page.paragraph(content.signatory.title, x: signLeft, top: y, width: width, font: .timesRoman, size: 12)
        y -= 64
        page.text(content.signatory.name, x: signLeft, y: y, font: .timesBold, size: 12)
        let nameWidth = PDFFont.timesBold.width(of: content.signatory.name, size: 12)
        page.line(from: (signLeft, y - 2), to: (signLeft + nameWidth, y - 2), width: 0.6)
        y -= 15
        if !content.signatory.rank.isEmpty {
            page.text(content.signatory.rank, x: signLeft, y: y, font: .timesRoman, size: 12)
            y -= 15
        }
        page.text("NIP. " + content.signatory.nip, x: signLeft, y: y, font: .timesRoman, size: 12)
        if let matrix = try? LetterQR.matrix(content.verificationURL) {
            let size = 86.0
            page.qr(matrix, x: left, y: top - size - 4, size: size, quietZone: 4)
            page.paragraph(
                "Periksa keaslian surat ini dengan memindai kode QR atau membuka " + content.verificationURL,
                x: left, top: top - size - 10, width: 230, font: .helvetica, size: 7)
        }
    }

    private static func newPage(_ document: inout PDFDocument, _ page: inout PDFPage, _ y: inout Double) {
        document.add(page)
        page = PDFPage.a4()
        y = 800
    }
}
