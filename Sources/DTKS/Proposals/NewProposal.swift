/// What a proposer submits (SOP step 1).
package struct NewProposal: Sendable, Equatable {
    package var householdID: Int64
    package var proposerType: ProposerType
    package var proposerName: String
    package var reason: String
    package var requirements: ProposalRequirements

    package init(
        householdID: Int64, proposerType: ProposerType, proposerName: String, reason: String,
        requirements: ProposalRequirements
    ) {
        self.householdID = householdID
        self.proposerType = proposerType
        self.proposerName = proposerName
        self.reason = reason
        self.requirements = requirements
    }
}
