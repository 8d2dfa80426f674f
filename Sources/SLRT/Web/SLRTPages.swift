package import Core
package import Database
package import Mustache

/// What every SLRT controller is built from (the SLRT target cannot see App's environment).
package struct SLRTPages: Sendable {
    package let pool: DatabasePool
    package let pages: PageRenderer
    package let settings: SettingsCache
    package let clock: Clock
    package let attachments: AttachmentService
    package let templates: TemplateLibrary

    package init(
        pool: DatabasePool, pages: PageRenderer, settings: SettingsCache, clock: Clock, attachments: AttachmentService,
        templates: TemplateLibrary
    ) {
        self.pool = pool
        self.pages = pages
        self.settings = settings
        self.clock = clock
        self.attachments = attachments
        self.templates = templates
    }

    var requests: RequestService {
        RequestService(pool: pool, clock: clock, settings: settings, attachments: attachments, templates: templates)
    }

    var letters: LetterService { LetterService(templates: templates, settings: settings) }

    /// The SLRT settings as stored now.
    func slrtSettings() throws -> SLRTSettings {
        try pool.read { try SLRTSettingsStore.load(in: $0).settings }
    }
}
