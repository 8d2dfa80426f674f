package import Database

extension DTKSReadAPI {
    /// The finalised DTKS/DTSEN membership of the person with this NIK, or nil when not a member.
    package func membership(nik: String, in db: Connection) throws -> DTKSMembership? {
        // Filled in by the DTKS members work (issue 6).
        nil
    }
}
