package import Core
package import Database
package import Registry
package import Sidamesra

/// Everything the proposal page shows, read in one transaction inside the reader's scope.
package struct ProposalDetail: Sendable {
    package let proposal: Proposal
    package let household: Household
    package let members: [Person]
    package let areaName: String
    package let score: CurrentScore?
    package let checks: [MemberCheck]
    package let documents: [Attachment]
    package let events: [WorkflowEvent]
    package let batchNumber: String?

    /// One member's last Dukcapil result.
    package struct MemberCheck: Sendable, Equatable {
        package let name: String
        package let nik: String
        package let padan: Bool
        package let reasons: [DukcapilMismatch]
    }

    /// The page of proposal `id`, or nil outside `scope`.
    package static func load(_ id: Int64, scope: AreaScope, attachments: AttachmentService, in db: Connection) throws -> ProposalDetail? {
        guard let proposal = try ProposalStore.find(id, scope: scope, in: db),
            let household = try HouseholdStore.find(proposal.householdID, in: .everywhere, db: db)
        else { return nil }
        let checks = try db.query(
            "SELECT name, nik, result, reasons FROM dtks_proposal_checks WHERE proposal_id = ? ORDER BY person_id", [id]
        ).map { row in
            let reasons: String = try row.get(3)
            return MemberCheck(
                name: try row.get(0), nik: try row.get(1), padan: try row.get(2, as: String.self) == "padan",
                reasons: reasons.split(separator: ",").compactMap { DukcapilMismatch(rawValue: String($0)) })
        }
        let batchNumber: String? = try proposal.batchID.flatMap {
            try db.scalar(String?.self, "SELECT number FROM dtks_batches WHERE id = ?", [$0])
        }
        return ProposalDetail(
            proposal: proposal, household: household,
            members: try PersonStore.members(of: household.id, in: db).filter { $0.status == .alive },
            areaName: try db.scalar(String?.self, "SELECT name FROM areas WHERE code = ?", [proposal.areaCode]) ?? proposal.areaCode,
            score: try SidamesraReadAPI.currentScore(ofHousehold: household.id, in: db), checks: checks,
            documents: try attachments.attachments(of: ProposalService.owner(id), in: db),
            events: try WorkflowHistory.events(workflow: ProposalWorkflow.kind, itemID: id, in: db), batchNumber: batchNumber)
    }
}
