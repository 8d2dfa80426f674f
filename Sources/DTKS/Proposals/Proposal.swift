package import Core
package import Foundation

/// One DTKS proposal (usulan) for a household of the register, with what each SOP step recorded.
package struct Proposal: Sendable, Equatable, Identifiable {
    package let id: Int64
    package let householdID: Int64
    /// The household's desa (kalurahan) when proposed.
    package let areaCode: String
    package var proposerType: ProposerType
    package var proposerName: String
    package var reason: String
    package var requirements: ProposalRequirements
    package var state: ProposalState
    package var stateSince: Date
    package var coordinationNote: String
    package var coordinationDate: CalendarDate?
    /// Nil until the field visit: true layak, false tidak layak.
    package var eligible: Bool?
    package var assessmentReasons: String
    package var assessedOn: CalendarDate?
    package var latitude: Double?
    package var longitude: Double?
    package var enteredAt: Date?
    /// Nil until matched: true padan.
    package var matched: Bool?
    /// The mismatch text of the last matching ("NIK 3402…: Nama berbeda").
    package var matchReasons: String
    package var matchedAt: Date?
    package var batchID: Int64?
    package var idDTKS: String?
    package var resultStatus: String
    package var resultAt: Date?
    /// The note of the last return to the proposer.
    package var returnReason: String
    package let createdBy: Int64?
    package let createdAt: Date
    package var updatedAt: Date
    package var version: Int
}

/// The requirements checklist of SOP step 1.
package struct ProposalRequirements: Sendable, Equatable {
    /// Copy of the Kartu Keluarga.
    package var familyCard: Bool
    /// Copy of the KTP (NIK).
    package var identityCard: Bool
    /// SKTM or a letter from the RT.
    package var povertyLetter: Bool

    package init(familyCard: Bool, identityCard: Bool, povertyLetter: Bool) {
        self.familyCard = familyCard
        self.identityCard = identityCard
        self.povertyLetter = povertyLetter
    }

    /// True when all three are present.
    package var isComplete: Bool { familyCard && identityCard && povertyLetter }
}
