import Core
import Documents
import Foundation

/// The scanned documents of the demo: small, valid files made here (a one-page PDF saying it is
/// an example, a small grey PNG), checked and stored by the attachment service like any upload.
enum DemoDocuments {
    /// A one-page A5 PDF titled `title`, marked as demo data.
    static func pdf(_ title: String) -> [UInt8] {
        var document = PDFDocument(title: title, author: "Dinsos (data demo)")
        var page = PDFPage(width: 419.53, height: 595.28)
        page.text(title, x: 40, y: 540, font: .helveticaBold, size: 14)
        page.text("CONTOH - data demo, bukan dokumen asli", x: 40, y: 515, font: .helvetica, size: 10)
        page.strokeRectangle(x: 40, y: 380, width: 339.53, height: 110)
        document.add(page)
        return document.render()
    }

    /// A 48 × 32 grey PNG (a stand-in for a photo of a card or a house).
    static func png(shade: UInt8) throws -> [UInt8] {
        let (width, height) = (48, 32)
        var pixels = [UInt8](repeating: shade, count: width * height)
        for y in 4..<28 { for x in 4..<44 where (x + y) % 6 == 0 { pixels[y * width + x] = shade &+ 60 } }
        do {
            return try PNGWriter.grayscale(width: width, height: height, pixels: pixels)
        } catch {
            throw CommandFailure("demo: cannot make a PNG: \(error)")
        }
    }

    /// `bytes` as an upload named `fileName`.
    static func upload(_ fileName: String, _ bytes: [UInt8]) -> AttachmentUpload {
        AttachmentUpload(fileName: fileName, content: .bytes(bytes))
    }

    /// `bytes` checked for `kind` by the attachment service's rules.
    static func checked(_ fileName: String, _ bytes: [UInt8], kind: AttachmentKind = .document) throws -> CheckedUpload {
        try AttachmentService.check(upload(fileName, bytes), kind: kind)
    }
}
