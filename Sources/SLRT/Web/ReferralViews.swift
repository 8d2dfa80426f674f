import Core
import Foundation

struct ReferralListView: Encodable {
    struct Badge: Encodable {
        let tone: String
        let label: String
    }

    struct Row: Encodable {
        let id: Int64
        let referredOn: String
        let applicant: String
        let partner: String
        let need: String
        let badge: Badge
    }

    let rows: [Row]
    let filter: FormField
    let pager: Pager
    let canCreate: Bool
}

struct ReferralFormView: Encodable {
    let fields: [FormField]
    let requestID: String
}

struct ReferralPageView: Encodable {
    struct Step: Encodable {
        let name: String
        let path: String
        let label: String
        let requiresNote: Bool
    }

    struct Letter: Encodable {
        let id: Int64
        let number: String
        let revoked: Bool
    }

    let id: Int64
    let version: Int
    let applicant: String
    let partner: String
    let need: String
    let badge: ReferralListView.Badge
    let referredOn: String
    let acceptedOn: String
    let followedUpOn: String
    let finishedOn: String
    let feedback: [String]
    let hasFeedback: Bool
    let requestPath: String?
    let letter: Letter?
    let steps: [Step]
    let hasSteps: Bool

    init(referral: Referral, letter: IssuedLetter?, steps: [WorkflowTransition]) {
        func day(_ iso: String?) -> String { iso.flatMap(CalendarDate.init(iso:))?.indonesian ?? "–" }
        id = referral.id
        version = referral.version
        applicant = referral.applicantName
        partner = referral.partner
        need = referral.need
        badge = ReferralListView.Badge(tone: referral.state.badge, label: referral.state.label)
        referredOn = day(referral.referredOn)
        acceptedOn = day(referral.acceptedOn)
        followedUpOn = day(referral.followedUpOn)
        finishedOn = day(referral.finishedOn)
        feedback = referral.feedback.split(separator: "\n").map(String.init)
        hasFeedback = !feedback.isEmpty
        requestPath = referral.requestID.map { "/slrt/permohonan/\($0)" }
        self.letter = letter.map { Letter(id: $0.id, number: $0.number, revoked: $0.isRevoked) }
        self.steps = steps.map {
            Step(name: $0.name, path: "/slrt/rujukan/\(referral.id)/langkah/\($0.name)", label: $0.label, requiresNote: $0.requiresNote)
        }
        hasSteps = !steps.isEmpty
    }
}
