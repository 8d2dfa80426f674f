import Core
import HTTPServer
import Web

/// `GET|POST /akun/sandi`: a signed-in user changes their own password.
struct AccountController: RouteCollection {
    let pages: PageRenderer
    let passwords: OwnPasswordService

    private typealias Field = OwnPasswordService.Field

    private struct View: Encodable {
        let fields: [FormField]
    }

    func addRoutes(to routes: inout RouteBuilder) {
        routes.get("/akun/sandi", access: .requires(Action.changeOwnPassword)) { _, context in
            try form(errors: [:], context: context, status: .ok)
        }
        routes.post("/akun/sandi", access: .requires(Action.changeOwnPassword)) { request, context in
            try change(request, &context)
        }
    }

    private func change(_ request: Request, _ context: inout RequestContext) throws -> Response {
        guard let user = context.currentUser else { throw HTTPError(.forbidden) }
        let submitted = try request.formData()
        let change = OwnPasswordService.Change(
            current: submitted[Field.current] ?? "", new: submitted[Field.new] ?? "",
            confirmation: submitted[Field.confirmation] ?? "")
        switch try passwords.change(
            for: user, change, keeping: context.sessionHandle?.tokenHash, address: request.remoteAddress,
            requestID: context.requestID)
        {
        case .changed:
            context.flash(.success, "Kata sandi berhasil diubah. Sesi akun ini di perangkat lain telah diakhiri.")
            return .redirect(to: "/akun/sandi")
        case .invalid(let errors):
            return try form(errors: errors, context: context, status: .unprocessableContent)
        }
    }

    /// Passwords are never written back into the page, only the errors.
    private func form(errors: [String: String], context: RequestContext, status: HTTPStatus) throws -> Response {
        let fields = [
            FormField(
                name: Field.current, label: "Kata sandi saat ini", type: "password", required: true,
                error: errors[Field.current], autocomplete: "current-password"),
            FormField(
                name: Field.new, label: "Kata sandi baru", type: "password", required: true,
                hint: "Minimal \(PasswordPolicy.minimumLength) karakter dan tidak memuat nama pengguna.",
                error: errors[Field.new], autocomplete: "new-password"),
            FormField(
                name: Field.confirmation, label: "Ulangi kata sandi baru", type: "password", required: true,
                error: errors[Field.confirmation], autocomplete: "new-password"),
        ]
        return try pages.render(
            "akun/sandi", title: "Ubah Kata Sandi", View(fields: fields), context: context, status: status)
    }
}
