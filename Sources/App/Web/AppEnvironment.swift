package import Core
package import Dashboard
package import Database
import DTKS
import Foundation
package import Mustache
package import Registry
import Sidakis
import Sidamesra
import SLRT

/// What the application is built from: the open database, the loaded templates, the folders,
/// and the shared services every controller uses.
package struct AppEnvironment: Sendable {
    package var pool: DatabasePool
    package var templates: TemplateLibrary
    package var publicDirectory: String
    package var uploadsDirectory: String
    package var maxBody: Int
    package var development: Bool
    /// `Secure` on the session cookie (`--secure-cookies`, behind HTTPS).
    package var secureCookies: Bool
    /// The deployment's settings, loaded at start and replaced when the admin saves them.
    package var settings: SettingsCache
    /// Password hashing parameters (tests use `PasswordHasher.testing`).
    package var passwordHasher: PasswordHasher
    /// The clock sessions, throttling and audit read (tests move it).
    package var clock: Clock
    /// Background jobs: the registered kinds, queuing and cancelling (the runner shares it).
    package var jobs: JobQueue
    /// Where job results are written: `results/` beside the uploads folder.
    package var jobResults: JobResultFolder
    /// Links of other modules on the household and person pages (tests may replace them).
    package var registryLinkProviders: [any RegistryLinkProvider] = [WelfareProfileLinks(), DTKSMemberLinks(), SidakisLinks(), SLRTLinks()]
    /// The workflows and module panels `/dasbor` shows (tests may add a workflow of their own).
    package var dashboard = DashboardSources(
        workflows: WorkflowCatalog.all.map { WorkflowSource(definition: $0, listPath: WorkflowListPaths.all[$0.kind]) },
        panels: [DTKSDesilPanel()])

    package init(
        pool: DatabasePool, templates: TemplateLibrary, publicDirectory: String, uploadsDirectory: String,
        maxBody: Int, development: Bool, secureCookies: Bool = false, settings: SettingsCache = SettingsCache(),
        passwordHasher: PasswordHasher = PasswordHasher(), clock: Clock = .system, jobs: JobQueue? = nil
    ) {
        self.pool = pool
        self.templates = templates
        self.publicDirectory = publicDirectory
        self.uploadsDirectory = uploadsDirectory
        self.maxBody = maxBody
        self.development = development
        self.secureCookies = secureCookies
        self.settings = settings
        self.passwordHasher = passwordHasher
        self.clock = clock
        self.jobs = jobs ?? JobQueue(
            registry: ApplicationJobs.registry(settings: settings, uploadsDirectory: uploadsDirectory), clock: clock)
        self.jobResults = JobResultFolder(besideUploads: uploadsDirectory)
    }

    /// The worker that runs `jobs`; start it after migrations, stop it at shutdown.
    package func makeJobRunner(pollInterval: Double = 10) -> JobRunner {
        JobRunner(queue: jobs, pool: pool, folder: jobResults, pollInterval: pollInterval)
    }

    /// Pages inside the site layout.
    package var pages: PageRenderer { PageRenderer(templates: templates, settings: settings) }

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
