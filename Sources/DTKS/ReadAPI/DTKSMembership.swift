package import Core

/// A person's place in the finalised DTKS/DTSEN data: what SIDAKIS and SLRT show and decide on.
package struct DTKSMembership: Sendable, Equatable {
    /// The ID DTKS given at finalisation.
    package var idDTKS: String
    /// DTSEN desil 1–10 (1 = poorest), nil when not yet ranked.
    package var desil: Int?
    /// The day the membership was finalised.
    package var since: CalendarDate

    package init(idDTKS: String, desil: Int?, since: CalendarDate) {
        self.idDTKS = idDTKS
        self.desil = desil
        self.since = since
    }
}
