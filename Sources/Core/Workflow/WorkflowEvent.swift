package import Foundation

/// One move of one item, as `workflow_events` keeps it.
package struct WorkflowEvent: Sendable, Equatable {
    package let id: Int64
    package let workflow: String
    package let itemID: Int64
    /// Nil for the event that created the item.
    package let from: String?
    package let to: String
    package let transition: String
    package let userID: Int64?
    package let username: String
    package let note: String
    package let at: Date

    package init(
        id: Int64, workflow: String, itemID: Int64, from: String?, to: String, transition: String,
        userID: Int64?, username: String, note: String, at: Date
    ) {
        self.id = id
        self.workflow = workflow
        self.itemID = itemID
        self.from = from
        self.to = to
        self.transition = transition
        self.userID = userID
        self.username = username
        self.note = note
        self.at = at
    }
}
