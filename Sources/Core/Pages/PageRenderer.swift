package import HTTPServer
package import Mustache
package import Web

/// Renders a page inside the site layout: the page's own view model at the top of the context,
/// and the layout's (user, menu, flash, CSRF token, instansi) under `layout`.
package struct PageRenderer: Sendable {
    package let templates: TemplateLibrary
    package let settings: SettingsCache

    package init(templates: TemplateLibrary, settings: SettingsCache) {
        self.templates = templates
        self.settings = settings
    }

    /// Renders template `name` with `view`; `title` goes into `<title>` and the heading.
    package func render(
        _ name: String, title: String, _ view: some Encodable, context: RequestContext, status: HTTPStatus = .ok
    ) throws -> Response {
        var object: MustacheObject
        switch try MustacheValue(encoding: view) {
        case .object(let members): object = members
        default: object = MustacheObject()
        }
        object["layout"] = try MustacheValue(encoding: layout(title: title, context: context))
        object["pageTitle"] = .string(title)
        return .html(bytes: try templates.render(name, .object(object)), status: status)
    }

    /// The layout model for a request, also used by the error pages.
    package func layout(title: String, context: RequestContext) -> LayoutModel {
        let current = settings.current
        let user = context.currentUser
        let path = context.route?.pattern.description ?? ""
        return LayoutModel(
            title: title,
            instansiName: current.instansiName,
            hasLogo: current.logoAttachmentID != nil,
            user: user.map { LayoutModel.UserBadge(fullName: $0.fullName, username: $0.username, roleLabel: $0.role.label) },
            menu: user.map { Navigation.menu(for: $0.role, currentPath: path) } ?? [],
            csrfToken: context.session?.csrfToken ?? "",
            flash: context.session?.flash.map {
                LayoutModel.FlashView(message: $0.message, isSuccess: $0.kind == .success, isError: $0.kind == .error)
            },
            footer: current.footerLine)
    }
}
