package import Core
package import Database

/// What later modules add to the household and person pages (a SIDAMESRA profile, a DTKS status,
/// proposals, letters): Registry cannot depend on them, so it declares this and App registers
/// their implementations (DESIGN.md §1). Each is called inside the page's read transaction, only
/// for a record the user may see.
package protocol RegistryLinkProvider: Sendable {
    /// Links shown under "Terkait" on the household page.
    func links(for household: Household, in db: Connection) throws -> [RelatedLink]
    /// Links shown under "Terkait" on the person page.
    func links(for person: Person, in db: Connection) throws -> [RelatedLink]
}

extension RegistryLinkProvider {
    package func links(for household: Household, in db: Connection) throws -> [RelatedLink] { [] }
    package func links(for person: Person, in db: Connection) throws -> [RelatedLink] { [] }
}

/// One link to another module's page about a household or person.
package struct RelatedLink: Sendable, Encodable, Equatable {
    package let label: String
    package let path: String
    /// A short fact beside the link ("Miskin, skor 58"), or nil.
    package let detail: String?
    /// The action a user needs to see the link (the page it opens requires it); nil for everyone
    /// who sees the record.
    package let requiredAction: String?

    package init(label: String, path: String, detail: String? = nil, requiredAction: String? = nil) {
        self.label = label
        self.path = path
        self.detail = detail
        self.requiredAction = requiredAction
    }

    /// True when `user` may follow the link.
    package func isVisible(to user: CurrentUser) -> Bool { requiredAction.map(user.may) ?? true }
}
