import Core
import Database
import Foundation
import HTTPServer
package import Web

/// Issued letters: the A4 print view, the frozen logo, the PDF, and revocation by the kasi.
package struct LettersController: RouteCollection {
    let slrt: SLRTPages

    package init(_ slrt: SLRTPages) {
        self.slrt = slrt
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let view = RouteAccess.requires(Action.slrtView)
        routes.get("/slrt/surat/:id", access: view) { _, context in try printView(context) }
        routes.get("/slrt/surat/:id/logo", access: view) { request, context in try logo(request, context) }
        routes.get("/slrt/surat/:id/pdf", access: view) { _, context in try pdf(context) }
        routes.post("/slrt/surat/:id/cabut", access: .requires(Action.slrtDecide)) { request, context in
            try revoke(request, &context)
        }
    }

    private func letter(_ context: RequestContext) throws -> IssuedLetter {
        let user = try context.slrtUser()
        let id = try context.slrtID()
        guard let letter = try slrt.pool.read({ try LetterStore.find(id, in: user.scope, db: $0) }) else {
            throw RequestError.notFound
        }
        return letter
    }

    private func printView(_ context: RequestContext) throws -> Response {
        let letter = try letter(context)
        let view = LetterPrintView(letter, qrSVG: try LetterQR.svg(letter.content.verificationURL))
        return .html(bytes: try slrt.templates.render("slrt/surat", view))
    }

    /// The logo as it was when the letter was issued (a later logo does not change the letter).
    private func logo(_ request: Request, _ context: RequestContext) throws -> Response {
        let letter = try letter(context)
        guard let id = letter.content.letterhead.logoAttachmentID, let contents = try slrt.attachments.open(id),
            contents.attachment.kind == .logo
        else { throw RequestError.notFound }
        return contents.response(to: request)
    }

    private func pdf(_ context: RequestContext) throws -> Response {
        let letter = try letter(context)
        let logo = try letter.content.letterhead.logoAttachmentID.flatMap { try slrt.attachments.open($0) }
        let bytes = try LetterPDF.render(letter, logo: logo.map { ($0.bytes, $0.attachment.contentType) })
        var headers: HTTPHeaders = ["Content-Type": "application/pdf", "Cache-Control": "private, no-cache"]
        headers.add("Content-Disposition", ContentDisposition.attachment(filename: "surat-\(letter.id).pdf"))
        return Response(status: .ok, headers: headers, body: .bytes(bytes))
    }

    private func revoke(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let user = try context.slrtUser()
        let id = try context.slrtID()
        let form = try request.urlEncodedForm()
        let current = try letter(context)
        let back = current.requestID.map { "/slrt/permohonan/\($0)" } ?? current.referralID.map { "/slrt/rujukan/\($0)" } ?? "/slrt"
        do {
            _ = try slrt.letters.revoke(
                id, reason: form["alasan"] ?? "", by: request.slrtActor(user, context), scope: user.scope, pool: slrt.pool,
                at: slrt.clock.now)
            context.flash(.success, "Surat \(current.number) dicabut.")
        } catch let error as RequestError {
            guard case .notFound = error else {
                context.flash(.error, error.publicMessage ?? "Surat tidak dapat dicabut.")
                return .redirect(to: back)
            }
            throw error
        }
        return .redirect(to: back)
    }
}
