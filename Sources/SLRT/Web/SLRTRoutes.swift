package import Web

/// Every SLRT route, for the one `routes.add` line of the composition root: the request pages,
/// letters, the public verification page, referrals, complaints, registers and settings.
package struct SLRTRoutes: RouteCollection {
    let slrt: SLRTPages

    package init(_ slrt: SLRTPages) {
        self.slrt = slrt
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        RequestsController(slrt).addRoutes(to: &routes)
        LettersController(slrt).addRoutes(to: &routes)
        VerificationController(pool: slrt.pool, pages: slrt.pages, settings: slrt.settings).addRoutes(to: &routes)
        ReferralsController(slrt).addRoutes(to: &routes)
        ComplaintsController(slrt).addRoutes(to: &routes)
        RegistersController(slrt).addRoutes(to: &routes)
        SLRTSettingsController(slrt).addRoutes(to: &routes)
    }
}
