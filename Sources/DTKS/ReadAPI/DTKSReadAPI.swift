package import Database

/// The questions other modules (SIDAKIS, SLRT, the dashboard) may ask the DTKS module.
package struct DTKSReadAPI: Sendable {
    package init() {}

    /// The finalised DTKS/DTSEN membership of the person with this NIK, or nil when not a member.
    package func membership(nik: String, in db: Connection) throws -> DTKSMembership? {
        // Filled in by the DTKS module's finalisation work (issue 6).
        nil
    }

    /// One person compared with the loaded Dukcapil extract.
    package func dukcapilCheck(_ query: DukcapilQuery, in db: Connection) throws -> DukcapilMatch {
        // Filled in by the DTKS module's matching work (issue 6).
        .extractMissing
    }
}
