import Core
import HTTPServer
import Web

extension UsersController {
    func renderNew(
        _ form: UserForm, problems: [UserField: String], context: RequestContext, status: HTTPStatus
    ) throws -> Response {
        let view = UserFormView(
            action: "/admin/pengguna/baru", submitLabel: "Buat pengguna",
            fields: UserFormView.identityFields(form, isNew: true, problems: problems),
            areaPicker: try areaPicker(form, error: problems[.areas]),
            passwordFields: UserFormView.passwordFields(problems: problems),
            version: nil, hasErrors: !problems.isEmpty, account: nil, conflict: nil)
        return try pages.render("admin/pengguna/formulir", title: "Pengguna baru", view, context: context, status: status)
    }

    func renderEdit(
        _ user: User, form: UserForm, problems: [UserField: String], conflict: User?, context: RequestContext,
        status: HTTPStatus
    ) throws -> Response {
        let current = settings.current
        let view = UserFormView(
            action: "/admin/pengguna/\(user.id)", submitLabel: "Simpan perubahan",
            fields: UserFormView.identityFields(form, isNew: false, problems: problems),
            areaPicker: try areaPicker(form, error: problems[.areas]),
            passwordFields: [], version: form.version ?? user.version, hasErrors: !problems.isEmpty,
            account: UserFormView.account(user, viewerID: context.currentUser?.id, timeZone: current.timeZone),
            conflict: conflict.map { UserFormView.conflict($0, words: current) })
        return try pages.render(
            "admin/pengguna/formulir", title: "Pengguna \(user.username)", view, context: context, status: status)
    }

    func renderPassword(
        _ user: User, problems: [UserField: String], context: RequestContext, status: HTTPStatus
    ) throws -> Response {
        let view = PasswordResetView(
            id: user.id, username: user.username, fields: UserFormView.passwordFields(problems: problems),
            hasErrors: !problems.isEmpty)
        return try pages.render(
            "admin/pengguna/sandi", title: "Atur ulang kata sandi \(user.username)", view, context: context,
            status: status)
    }

    private func areaPicker(_ form: UserForm, error: String?) throws -> AreaPickerView {
        let (kecamatan, desa) = try pool.read { db in
            (try AreaStore.all(level: .kecamatan, in: db), try AreaStore.all(level: .desa, in: db))
        }
        return AreaPickerView(form: form, kecamatan: kecamatan, desa: desa, words: settings.current, error: error)
    }
}

/// The model of `admin/pengguna/sandi`.
struct PasswordResetView: Encodable {
    let id: Int64
    let username: String
    let fields: [FormField]
    let hasErrors: Bool
}
