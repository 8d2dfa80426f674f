import Core
import Sidakis
import Testing

/// The definition read like the SOP, and every transition allowed or refused for every role in
/// every state, through the Core engine's own check.
@Suite struct SidakisWorkflowTests {
    static let definition = SidakisWorkflow.definition

    @Test func definitionIsSoundAndCarriesTheSOPStandards() {
        #expect(Self.definition.problems.isEmpty)
        let standards = Self.definition.steps.compactMap { step in step.standardMinutes.map { (step.state, $0) } }
        #expect(standards.map(\.1) == [2, 10, 5, 360])
        #expect(standards.map(\.0) == ["diajukan", "menunggu_verifikasi", "menunggu_persetujuan", "proses_aktivasi"])
        #expect(Set(Self.definition.steps.map(\.state)) == Set(ProposalStatus.allCases.map(\.rawValue)))
    }

    /// Who may make each move, as the SOP assigns it.
    static let allowed: [String: Set<Role>] = [
        SidakisWorkflow.Move.receive: [.staf], SidakisWorkflow.Move.returnToProposer: [.staf],
        SidakisWorkflow.Move.verify: [.staf], SidakisWorkflow.Move.resubmit: [.operator, .pendamping, .staf],
        SidakisWorkflow.Move.approve: [.kasi], SidakisWorkflow.Move.sendBack: [.kasi],
        SidakisWorkflow.Move.activate: [.staf], SidakisWorkflow.Move.succeed: [.staf], SidakisWorkflow.Move.fail: [.staf],
        SidakisWorkflow.Move.postpone: [.staf], SidakisWorkflow.Move.reactivate: [.staf],
    ]

    /// Where each move may start.
    static let startsFrom: [String: Set<ProposalStatus>] = [
        SidakisWorkflow.Move.receive: [.submitted], SidakisWorkflow.Move.returnToProposer: [.submitted, .awaitingVerification],
        SidakisWorkflow.Move.verify: [.awaitingVerification], SidakisWorkflow.Move.resubmit: [.returned],
        SidakisWorkflow.Move.approve: [.awaitingApproval], SidakisWorkflow.Move.sendBack: [.awaitingApproval],
        SidakisWorkflow.Move.activate: [.approved], SidakisWorkflow.Move.succeed: [.activating],
        SidakisWorkflow.Move.fail: [.activating], SidakisWorkflow.Move.postpone: [.activating],
        SidakisWorkflow.Move.reactivate: [.postponed],
    ]

    @Test(arguments: Role.allCases)
    func everyTransitionIsAllowedOnlyToItsRoleFromItsStates(role: Role) {
        let engine = WorkflowEngine(Self.definition)
        let actor = Actor(kind: .user, userID: 1, username: "u", role: role, address: "", requestID: "")
        #expect(Set(Self.allowed.keys) == Set(Self.definition.transitions.map(\.name)))
        for (move, roles) in Self.allowed {
            for state in ProposalStatus.allCases {
                let expected = roles.contains(role) && Self.startsFrom[move, default: []].contains(state)
                let outcome = Result { try engine.check(move, from: state.rawValue, by: actor, note: "alasan cukup") }
                switch outcome {
                case .success: #expect(expected, "\(role) \(move) from \(state) should be refused")
                case .failure(let error):
                    #expect(!expected, "\(role) \(move) from \(state) should be allowed, got \(error)")
                    if !Self.startsFrom[move, default: []].contains(state) {
                        #expect(error as? WorkflowError == .illegalTransition(name: move, from: state.rawValue))
                    } else {
                        #expect(error as? WorkflowError == .notPermitted(name: move))
                    }
                }
            }
        }
    }

    @Test func movesThatReturnOrRefuseNeedANote() {
        let needing = Set(Self.definition.transitions.filter(\.requiresNote).map(\.name))
        #expect(needing == [SidakisWorkflow.Move.returnToProposer, SidakisWorkflow.Move.sendBack,
                            SidakisWorkflow.Move.fail, SidakisWorkflow.Move.postpone])
    }

    @Test(arguments: [Role.staf, .kasi, .operator])
    func theButtonsShownFollowTheRole(role: Role) {
        let shown = Self.definition.available(from: ProposalStatus.awaitingVerification.rawValue, for: role).map(\.name)
        switch role {
        case .staf: #expect(Set(shown) == [SidakisWorkflow.Move.verify, SidakisWorkflow.Move.returnToProposer])
        default: #expect(shown.isEmpty)
        }
    }
}
