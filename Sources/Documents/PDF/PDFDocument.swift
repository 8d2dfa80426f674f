package import Foundation

/// A PDF 1.4 file: pages with standard-font text, lines, rectangles, images and QR codes,
/// Flate-compressed content streams, document information, and an exact cross-reference table.
package struct PDFDocument: Sendable {
    /// /Title in the document information.
    package var title: String
    /// /Author in the document information.
    package var author: String
    /// /Subject in the document information, when set.
    package var subject: String?
    /// /CreationDate, when set (written in UTC).
    package var creationDate: Date?
    /// The pages in order.
    package private(set) var pages: [PDFPage] = []

    /// An empty document with its information dictionary.
    package init(title: String, author: String, subject: String? = nil, creationDate: Date? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.creationDate = creationDate
    }

    /// Appends `page`.
    package mutating func add(_ page: PDFPage) { pages.append(page) }

    /// The whole file.
    package func render() -> [UInt8] {
        var writer = PDFObjectWriter()
        // Fixed numbers: 1 catalog, 2 page tree, 3 information; then fonts, images, pages.
        var next = 4
        func allocate() -> Int {
            defer { next += 1 }
            return next
        }
        var fontObjects: [PDFFont: Int] = [:]
        for font in PDFFont.allCases where pages.contains(where: { $0.fonts.contains(font) }) {
            fontObjects[font] = allocate()
        }
        var images: [(image: PDFImage, object: Int, mask: Int?)] = []
        for page in pages {
            for image in page.images where !images.contains(where: { $0.image == image }) {
                let object = allocate()
                images.append((image, object, image.softMask == nil ? nil : allocate()))
            }
        }
        let pageObjects = pages.map { _ in (page: allocate(), content: allocate()) }

        writer.object(1, "<< /Type /Catalog /Pages 2 0 R >>")
        let kids = pageObjects.map { "\($0.page) 0 R" }.joined(separator: " ")
        writer.object(2, "<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        writer.object(3, informationDictionary())
        for font in PDFFont.allCases {
            guard let object = fontObjects[font] else { continue }
            writer.object(
                object, "<< /Type /Font /Subtype /Type1 /BaseFont /\(font.baseFont) /Encoding /WinAnsiEncoding >>")
        }
        for (image, object, mask) in images {
            var dictionary = "/Type /XObject /Subtype /Image /Width \(image.width) /Height \(image.height) "
                + "/ColorSpace /\(image.colorSpace) /BitsPerComponent 8 /Filter /\(image.filter)"
            if let decode = image.decode { dictionary += " /Decode \(decode)" }
            if let mask { dictionary += " /SMask \(mask) 0 R" }
            writer.stream(object, dictionary: dictionary, data: image.data)
            if let mask, let alpha = image.softMask {
                writer.stream(
                    mask,
                    dictionary: "/Type /XObject /Subtype /Image /Width \(image.width) /Height \(image.height) "
                        + "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
                    data: alpha)
            }
        }
        for (page, objects) in zip(pages, pageObjects) {
            var resources = "/ProcSet [/PDF /Text /ImageB /ImageC]"
            let fonts = PDFFont.allCases.filter { page.fonts.contains($0) }
            if !fonts.isEmpty {
                let entries = fonts.compactMap { font in fontObjects[font].map { "/\(font.resourceName) \($0) 0 R" } }
                resources += " /Font << \(entries.joined(separator: " ")) >>"
            }
            if !page.images.isEmpty {
                let entries = page.images.enumerated().compactMap { index, image in
                    images.first { $0.image == image }.map { "/Im\(index + 1) \($0.object) 0 R" }
                }
                resources += " /XObject << \(entries.joined(separator: " ")) >>"
            }
            let box = "[0 0 \(PDFNumber.format(page.width)) \(PDFNumber.format(page.height))]"
            writer.object(
                objects.page,
                "<< /Type /Page /Parent 2 0 R /MediaBox \(box) /Resources << \(resources) >> /Contents \(objects.content) 0 R >>")
            if let compressed = try? Zlib.compress(page.content) {
                writer.stream(objects.content, dictionary: "/Filter /FlateDecode", data: compressed)
            } else {
                writer.stream(objects.content, dictionary: "", data: page.content)  // only without memory for zlib
            }
        }
        return writer.finish(root: 1, info: 3)
    }

    private func informationDictionary() -> String {
        var entries = "/Title \(PDFText.string(title)) /Author \(PDFText.string(author))"
        if let subject { entries += " /Subject \(PDFText.string(subject))" }
        entries += " /Producer (Dinsos)"
        if let creationDate { entries += " /CreationDate \(PDFText.string(PDFText.date(creationDate)))" }
        return "<< \(entries) >>"
    }
}
