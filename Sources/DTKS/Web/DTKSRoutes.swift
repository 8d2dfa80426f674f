package import Core
package import Database
package import Web

/// Every DTKS page, added to the application with one line.
package struct DTKSRoutes: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let settings: SettingsCache
    let clock: Clock
    let jobs: JobQueue
    let uploadsDirectory: String

    package init(
        pool: DatabasePool, pages: PageRenderer, settings: SettingsCache, clock: Clock, jobs: JobQueue, uploadsDirectory: String
    ) {
        self.pool = pool
        self.pages = pages
        self.settings = settings
        self.clock = clock
        self.jobs = jobs
        self.uploadsDirectory = uploadsDirectory
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let attachments = AttachmentService(pool: pool, directory: uploadsDirectory)
        routes.add(DukcapilController(pool: pool, pages: pages, jobs: jobs, clock: clock, uploadsDirectory: uploadsDirectory))
        routes.add(ProposalsController(pool: pool, pages: pages, settings: settings, clock: clock, attachments: attachments))
        routes.add(BatchController(pool: pool, pages: pages, settings: settings, clock: clock, attachments: attachments))
        routes.add(ReportController(pool: pool, pages: pages, clock: clock))
    }
}
