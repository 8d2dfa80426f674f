/// What Templates/layout.mustache needs besides the page itself, under the key `layout`.
package struct LayoutModel: Sendable, Encodable {
    package struct UserBadge: Sendable, Encodable {
        package let fullName: String
        package let username: String
        package let roleLabel: String
    }

    package struct FlashView: Sendable, Encodable {
        package let message: String
        package let isSuccess: Bool
        package let isError: Bool
    }

    package let title: String
    package let instansiName: String
    package let hasLogo: Bool
    package let user: UserBadge?
    package let menu: [Navigation.MenuEntry]
    package let csrfToken: String
    package let flash: FlashView?
    package let footer: String
}
