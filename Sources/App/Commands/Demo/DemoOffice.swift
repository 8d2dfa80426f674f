import Core
import Database
import Foundation
import Mustache
import Registry

/// Who works in the demo and on whom: the demo accounts (acting as signed-in users would, so the
/// workflow engine checks their roles), the demo households, and what the services share (the
/// database, the timeline's clock, the settings, the uploads folder, the templates).
struct DemoOffice {
    let pool: DatabasePool
    let timeline: DemoTimeline
    let settings: SettingsCache
    let attachments: AttachmentService
    let templates: TemplateLibrary
    let users: [String: User]
    let families: [DemoHouseholds.Recorded]

    var clock: Clock { timeline.clock }

    /// The signed-in user `username` of the demo accounts.
    func user(_ username: String) throws -> CurrentUser {
        guard let user = users[username] else { throw CommandFailure("demo: no account \(username)") }
        return CurrentUser(id: user.id, username: user.username, fullName: user.fullName, role: user.role, scope: user.scope)
    }

    /// `username` acting as through the web pages (no client address: the seed made it).
    func actor(_ username: String) throws -> Actor {
        .user(try user(username), address: "", requestID: "demo")
    }

    /// The demo person named `name` (names are unique among the demo families).
    func person(_ name: String) throws -> Person {
        guard let person = families.lazy.flatMap(\.members).first(where: { $0.name == name }) else {
            throw CommandFailure("demo: no person \(name)")
        }
        return person
    }

    /// The household whose head is `name`.
    func household(headedBy name: String) throws -> Household {
        guard let family = families.first(where: { $0.members.first?.name == name }) else {
            throw CommandFailure("demo: no household headed by \(name)")
        }
        return family.household
    }

    /// The members of the household headed by `name`, head first.
    func members(ofHouseholdHeadedBy name: String) throws -> [Person] {
        guard let family = families.first(where: { $0.members.first?.name == name }) else {
            throw CommandFailure("demo: no household headed by \(name)")
        }
        return family.members
    }
}
