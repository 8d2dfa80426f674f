import Core
import Foundation
import SLRT
import Testing
import TestSupport

/// The letter as a reader gets it: the A4 print view with its QR code, and the PDF checked by
/// qpdf, rendered by pdftoppm, read by pdftotext, its QR code decoded by zbarimg.
@Suite struct LetterDocumentTests {
    /// An issued SKTM with a logo in the settings and a public address for the QR code.
    static func issued(_ office: SLRTOffice) throws -> IssuedLetter {
        var settings = SLRTSettings()
        settings.publicBaseURL = "https://dinsos.bantul.example/"
        _ = try office.pool.write { try SLRTSettingsStore.save(settings, expectedVersion: 0, by: .cli, at: Date(), in: $0) }
        let logo = try QRCodeFixture.png("LOGO")
        let service = SettingsService(
            pool: office.pool, cache: office.app.environment.settings,
            attachments: AttachmentService(pool: office.pool, directory: office.app.environment.uploadsDirectory))
        var core = office.app.environment.settings.current
        core.kepalaDinasName = "Dra. Endang Lestari, M.Si."
        core.kepalaDinasNIP = "196805121990032004"
        _ = try service.save(core, logo: .replace(AttachmentUpload(fileName: "logo.png", content: .bytes(logo))), expecting: nil, by: .cli)
        let request = try office.signingRequest()
        try office.move(request, SLRTWorkflow.Transition.sign, as: "kadis")
        return try #require(try office.pool.read { try LetterStore.find(request: request.id, in: $0) })
    }

    @Test func thePDFPassesQpdfRendersAndItsQRCodeLeadsToTheVerificationPage() throws {
        let office = try SLRTOffice()
        let letter = try Self.issued(office)
        let browser = try office.signIn("staf.bo")
        let answer = try browser.get("/slrt/surat/\(letter.id)/pdf")
        #expect(answer.status == 200)
        #expect(answer.header("Content-Type") == "application/pdf")
        #expect(Array(answer.body.prefix(8)) == Array("%PDF-1.4".utf8))
        let folder = office.app.database.directory
        let file = folder + "/surat.pdf"
        #expect(FileManager.default.createFile(atPath: file, contents: Data(answer.body)))
        let check = try CommandLineTool.qpdf.run(["--check", file], in: folder)
        #expect(check.status == 0, "\(check.output) \(check.errors)")
        let render = try CommandLineTool.pdftoppm.run(["-r", "150", "-png", file, folder + "/halaman"], in: folder)
        #expect(render.status == 0, "\(render.errors)")
        let image = folder + "/halaman-1.png"
        #expect(FileManager.default.fileExists(atPath: image))
        let decoded = try CommandLineTool.zbarimg.run(["--raw", "-q", image], in: folder)
        #expect(decoded.status == 0)
        // The logo stand-in is itself a QR image reading LOGO: decoding it proves the embedded image renders.
        let symbols = Set(decoded.output.split(separator: "\n").map(String.init))
        #expect(symbols == ["https://dinsos.bantul.example/verifikasi/" + letter.verificationCode, "LOGO"])
        let text = try CommandLineTool.pdftotext.run(["-layout", file, "-"], in: folder)
        #expect(text.output.contains(letter.number))
        #expect(text.output.contains("Siti Aminah"))
        #expect(text.output.contains("Dra. Endang Lestari, M.Si."))
        #expect(text.output.contains("NIP. 196805121990032004"))
        #expect(text.output.contains("DINAS SOSIAL"))
        #expect(text.output.contains("Bantul, 18 November 2026"))
        // The decoded address answers publicly for this letter.
        let path = "/verifikasi/" + letter.verificationCode
        let page = try office.app.browser().get(path)
        #expect(page.status == 200 && page.text.contains(letter.number))
    }

    @Test func thePrintViewIsA4HTMLWithTheQRAndNoInlineStyles() throws {
        let office = try SLRTOffice()
        let letter = try Self.issued(office)
        let browser = try office.signIn("kasi")
        let page = try browser.get("/slrt/surat/\(letter.id)")
        #expect(page.status == 200)
        #expect(page.text.contains("/static/css/letter.css"))
        #expect(page.text.contains("<svg"))
        #expect(page.text.contains(letter.number))
        #expect(page.text.contains("Bantul, 18 November 2026"))
        #expect(page.text.contains("/slrt/surat/\(letter.id)/logo"))
        #expect(!page.text.contains("style="))
        #expect(!page.text.contains("<style"))
        #expect(!page.text.contains("<script"))
        let logo = try browser.get("/slrt/surat/\(letter.id)/logo")
        #expect(logo.status == 200)
        #expect(logo.header("Content-Type") == "image/png")
        let css = try browser.get("/static/css/letter.css")
        #expect(css.status == 200 && css.text.contains("size: A4"))
    }

    @Test func theLetterQRRoundTripsThroughZbarimg() throws {
        let office = try SLRTOffice()
        let letter = try Self.issued(office)
        let folder = office.app.database.directory
        let file = folder + "/qr.png"
        #expect(FileManager.default.createFile(atPath: file, contents: Data(try QRCodeFixture.png(letter.content.verificationURL))))
        let decoded = try CommandLineTool.zbarimg.run(["--raw", "-q", file], in: folder)
        #expect(decoded.output.trimmingCharacters(in: .whitespacesAndNewlines) == letter.content.verificationURL)
    }

    @Test func anotherKalurahansOperatorCannotOpenTheLetter() throws {
        let office = try SLRTOffice()
        let letter = try Self.issued(office)
        let browser = try office.signIn("op.trimurti")
        #expect(try browser.get("/slrt/surat/\(letter.id)").status == 403)
    }
}
