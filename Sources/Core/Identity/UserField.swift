/// The fields of the user forms; raw values are the form input names, so a service error lands
/// next to the input it is about.
package enum UserField: String, Sendable, Hashable, CaseIterable {
    case username
    case fullName = "full_name"
    case role
    case areas
    case password
    case passwordConfirmation = "password_confirmation"
}
