package import Database
import Foundation
package import Mustache

/// What the application is built from: the open database, the loaded templates and the folders.
package struct AppEnvironment: Sendable {
    package var pool: DatabasePool
    package var templates: TemplateLibrary
    package var publicDirectory: String
    package var maxBody: Int
    package var development: Bool

    package init(pool: DatabasePool, templates: TemplateLibrary, publicDirectory: String, maxBody: Int, development: Bool) {
        self.pool = pool
        self.templates = templates
        self.publicDirectory = publicDirectory
        self.maxBody = maxBody
        self.development = development
    }

    /// Loads Templates/ from the project root; a parse error or missing partial fails here, at start.
    package static func loadTemplates(root: String, development: Bool) throws -> TemplateLibrary {
        let directory = URL(fileURLWithPath: root).appendingPathComponent("Templates").path
        do {
            return try TemplateLibrary(directory: directory, reloadsChangedFiles: development)
        } catch {
            throw CommandFailure("templates: \(error)")
        }
    }
}
