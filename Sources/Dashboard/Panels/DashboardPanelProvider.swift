package import Core
package import Database
package import Foundation

/// A module that adds panels to `/dasbor` without the dashboard reading its tables (DESIGN.md §1):
/// DTKS (members by desil, the proposal funnel) and SLRT (letters per type per month, open
/// referrals) implement it and App registers them in `AppEnvironment.dashboard.panels`.
///
/// Called inside the dashboard's one read transaction. Keep it to indexed reads or summary
/// tables: the whole page has 100 ms at Bantul scale. Every row shown must lie inside `scope`.
package protocol DashboardPanelProvider: Sendable {
    /// The panels for a user who sees `scope`, at `now`; empty when there is nothing to show.
    func panels(scope: AreaScope, now: Date, settings: Settings, in db: Connection) throws -> [DashboardPanel]
}
