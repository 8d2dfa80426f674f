package import Core
package import Database
import Sidamesra
package import Web

/// Every route of the DTKS members work: the members list and exports, the DTSEN import and the
/// verivali rounds, added by App with one line.
package struct DTKSMemberRoutes: RouteCollection {
    let members: DTKSMembersController
    let dtsen: DtsenImportController
    let verivali: VerivaliController

    package init(pool: DatabasePool, pages: PageRenderer, clock: Clock, jobs: JobQueue, uploadsDirectory: String) {
        members = DTKSMembersController(pool: pool, pages: pages, clock: clock)
        dtsen = DtsenImportController(
            pool: pool, pages: pages, jobs: jobs, uploads: HouseholdImportUploads(uploadsDirectory: uploadsDirectory))
        verivali = VerivaliController(pool: pool, pages: pages, clock: clock)
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        members.addRoutes(to: &routes)
        dtsen.addRoutes(to: &routes)
        verivali.addRoutes(to: &routes)
    }
}
