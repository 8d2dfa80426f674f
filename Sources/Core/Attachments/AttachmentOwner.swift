/// The record an attachment belongs to, as `attachments.owner_entity` and `owner_id` store it:
/// the serving route checks that the viewer may see this record before sending the file.
package struct AttachmentOwner: Sendable, Hashable {
    package let entity: String
    package let id: String

    package init(entity: String, id: String) {
        self.entity = entity
        self.id = id
    }

    /// The deployment's logo (settings page).
    package static let instansiLogo = AttachmentOwner(entity: "settings", id: "instansi")
}
