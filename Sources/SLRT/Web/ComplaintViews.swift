import Core
import Foundation

struct ComplaintListView: Encodable {
    struct Row: Encodable {
        let id: Int64
        let receivedOn: String
        let complainant: String
        let subject: String
        let category: String
        let badge: ReferralListView.Badge
    }

    let rows: [Row]
    let filter: FormField
    let pager: Pager
    let canCreate: Bool
}

struct ComplaintFormView: Encodable {
    let fields: [FormField]
}

struct ComplaintPageView: Encodable {
    struct Step: Encodable {
        let name: String
        let path: String
        let label: String
    }

    let id: Int64
    let version: Int
    let complainant: String
    let contact: String
    let subject: String
    let category: String
    let description: String
    let badge: ReferralListView.Badge
    let receivedOn: String
    let closedOn: String
    let followUp: String
    let closingAnswer: String
    let steps: [Step]
    let hasSteps: Bool

    init(complaint: Complaint, steps: [WorkflowTransition]) {
        id = complaint.id
        version = complaint.version
        complainant = complaint.complainant
        contact = complaint.contact
        subject = complaint.subject
        category = complaint.category
        description = complaint.description
        badge = ReferralListView.Badge(tone: complaint.state.badge, label: complaint.state.label)
        receivedOn = CalendarDate(iso: complaint.receivedOn)?.indonesian ?? complaint.receivedOn
        closedOn = complaint.closedOn.flatMap(CalendarDate.init(iso:))?.indonesian ?? ""
        followUp = complaint.followUp
        closingAnswer = complaint.closingAnswer
        self.steps = steps.map { Step(name: $0.name, path: "/slrt/pengaduan/\(complaint.id)/langkah/\($0.name)", label: $0.label) }
        hasSteps = !steps.isEmpty
    }
}
