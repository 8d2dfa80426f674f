import Core
import Foundation

/// The model of `admin/pengguna/formulir`, for a new account and for editing one.
struct UserFormView: Encodable {
    /// The stored account beside the edit form, with its other actions.
    struct Account: Encodable {
        let id: Int64
        let username: String
        let badge: UserListView.Badge
        let createdAt: String
        let passwordChangedAt: String
        let canDeactivate: Bool
        let canReactivate: Bool
    }

    /// What is stored now, shown when a save came too late.
    struct Conflict: Encodable {
        let message: String
        let fullName: String
        let roleLabel: String
        let areas: String
    }

    let action: String
    let submitLabel: String
    let fields: [FormField]
    let areaPicker: AreaPickerView
    let passwordFields: [FormField]
    let version: Int?
    let hasErrors: Bool
    let account: Account?
    let conflict: Conflict?

    /// Username (new accounts only), full name and role.
    static func identityFields(_ form: UserForm, isNew: Bool, problems: [UserField: String]) -> [FormField] {
        var fields: [FormField] = []
        if isNew {
            fields.append(FormField(
                name: UserField.username.rawValue, label: "Nama pengguna", value: form.username, required: true,
                hint: "3–40 karakter: huruf, angka, titik, garis bawah atau tanda hubung. Tidak dapat diubah nanti.",
                error: problems[.username], autocomplete: "off"))
        }
        fields.append(FormField(
            name: UserField.fullName.rawValue, label: "Nama lengkap", value: form.fullName, required: true,
            error: problems[.fullName], autocomplete: "off"))
        let roles = FormField.Option.list(Role.allCases, label: \.label, selected: form.role?.rawValue ?? "", empty: "— pilih peran —")
        fields.append(FormField(
            name: UserField.role.rawValue, label: "Peran", value: form.roleText, type: "select", required: true,
            error: problems[.role], options: roles))
        return fields
    }

    /// A new password and its repetition (never filled in again after a refused save).
    static func passwordFields(problems: [UserField: String]) -> [FormField] {
        [
            FormField(
                name: UserField.password.rawValue, label: "Kata sandi", type: "password", required: true,
                hint: "Minimal \(PasswordPolicy.minimumLength) karakter dan tidak memuat nama pengguna.",
                error: problems[.password], autocomplete: "new-password"),
            FormField(
                name: UserField.passwordConfirmation.rawValue, label: "Ulangi kata sandi", type: "password",
                required: true, error: problems[.passwordConfirmation], autocomplete: "new-password"),
        ]
    }

    static func account(_ user: User, viewerID: Int64?, timeZone: String) -> Account {
        Account(
            id: user.id, username: user.username, badge: UserListView.statusBadge(user.isActive),
            createdAt: IndonesianFormat.dateTime(user.createdAt, timeZone: timeZone),
            passwordChangedAt: IndonesianFormat.dateTime(user.passwordChangedAt, timeZone: timeZone),
            canDeactivate: user.isActive && user.id != viewerID, canReactivate: !user.isActive)
    }

    static func conflict(_ current: User, words: Settings) -> Conflict {
        Conflict(
            message: UserError.versionConflict(current: current).publicMessage ?? "",
            fullName: current.fullName, roleLabel: current.role.label,
            areas: UserListView.areasText(current, words: words))
    }
}
