import Core
import HTTPServer
import Web

/// The PDF of an issued letter, drawn from its frozen content.
enum LetterPDF {
    static func render(_ letter: IssuedLetter, logo: ([UInt8], AttachmentContentType)?) throws -> [UInt8] {
        // Filled in once the Documents PDF writer lands (wip-docs).
        throw HTTPError(.notImplemented, message: "PDF belum tersedia.")
    }
}
