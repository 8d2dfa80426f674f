import Core
import Web

/// The values of the create and edit forms as the admin typed them, kept for a form shown again.
/// Which area inputs count depends on the role chosen: the page has all of them, so it works
/// without JavaScript, and the ones that do not belong to the role are ignored.
struct UserForm {
    var username = ""
    var fullName = ""
    var roleText = ""
    var password = ""
    var passwordConfirmation = ""
    /// `area_desa`: the operator's one desa.
    var operatorDesa = ""
    /// `area_kecamatan`: a pendamping's kecamatan.
    var pendampingKecamatan = ""
    /// `area_desa_list`: a pendamping's desa.
    var pendampingDesa: [String] = []
    /// `version`: the stored version when the edit form was rendered.
    var version: Int?

    static let blank = UserForm()

    private init() {}

    init(_ fields: FormFields) {
        username = fields["username"] ?? ""
        fullName = fields["full_name"] ?? ""
        roleText = fields["role"] ?? ""
        password = fields["password"] ?? ""
        passwordConfirmation = fields["password_confirmation"] ?? ""
        operatorDesa = fields["area_desa"] ?? ""
        pendampingKecamatan = fields["area_kecamatan"] ?? ""
        pendampingDesa = fields.all("area_desa_list").filter { !$0.isEmpty }
        version = fields["version"].flatMap { Int($0) }
    }

    init(_ user: User) {
        username = user.username
        fullName = user.fullName
        roleText = user.role.rawValue
        version = user.version
        switch user.role {
        case .operator:
            operatorDesa = user.areaCodes.first ?? ""
        case .pendamping:
            if let first = user.areas.first, first.level == .kecamatan {
                pendampingKecamatan = first.code
            } else {
                pendampingDesa = user.areaCodes
            }
        case .admin, .staf, .kasi, .kadis:
            break
        }
    }

    var role: Role? { Role(rawValue: roleText) }

    /// The areas that belong to the chosen role.
    var areaCodes: [String] {
        switch role {
        case .operator: operatorDesa.isEmpty ? [] : [operatorDesa]
        case .pendamping: (pendampingKecamatan.isEmpty ? [] : [pendampingKecamatan]) + pendampingDesa
        case .admin, .staf, .kasi, .kadis, nil: []
        }
    }
}
