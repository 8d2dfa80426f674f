import Core
import Foundation

/// One request's page: applicant, purpose, checklist with files, the DTKS check and eligibility,
/// the buttons of the steps the user's role may take now, the letter, and the SLA history.
struct RequestPageView: Encodable {
    struct Line: Encodable {
        let label: String
        let value: String
    }

    struct Document: Encodable {
        let key: String
        let label: String
        let present: Bool
        let files: [File]
    }

    struct File: Encodable {
        let name: String
        let path: String
        let replaced: Bool
    }

    struct Step: Encodable {
        let name: String
        let path: String
        let label: String
        let requiresNote: Bool
        let isReturn: Bool
    }

    struct Timing: Encodable {
        let label: String
        let entered: String
        let duration: String
        let standard: String
        let overdue: Bool
    }

    struct Event: Encodable {
        let at: String
        let who: String
        let what: String
        let note: String
    }

    struct Badge: Encodable {
        let tone: String
        let label: String
    }

    struct Letter: Encodable {
        let id: Int64
        let number: String
        let revoked: Bool
        let revokedReason: String
    }

    let id: Int64
    let version: Int
    let typeLabel: String
    let badge: Badge
    let applicantName: String
    let applicantNIK: String
    let personPath: String
    let householdPath: String
    let purpose: [Line]
    let documents: [Document]
    let lastNote: String
    let recommendation: String
    let checked: Bool
    let dtksText: String
    let sidamesraText: String
    let ruleText: String
    let eligibilityNote: String
    let eligible: Bool
    let notEligible: Bool
    let overrideReason: String
    let canOverride: Bool
    let steps: [Step]
    let hasSteps: Bool
    let canEditDetails: Bool
    let purposeFields: [FormField]
    let letter: Letter?
    let canRevoke: Bool
    /// The new-referral form for this request's applicant (rujukan to a partner agency).
    let referralPath: String?
    let timings: [Timing]
    let events: [Event]

    init(
        request: ServiceRequest, files: [(RequiredDocument, [Attachment])], letter: IssuedLetter?, timings: [StepTiming],
        events: [WorkflowEvent], rule: EligibilityRule, user: CurrentUser, timeZone: String
    ) {
        id = request.id
        version = request.version
        typeLabel = request.letterType.title
        badge = Badge(tone: request.state.badge, label: request.state.label)
        applicantName = request.applicantName
        // Masked here as in lists; the person page (linked) is the audited full view (DESIGN §4).
        applicantNIK = IdentityNumberText.masked(request.applicantNIK)
        personPath = "/penduduk/\(request.personID)"
        householdPath = "/keluarga/\(request.householdID)"
        purpose = request.letterType.purposeFields.map { Line(label: $0.label, value: request.purpose[$0.key] ?? "") }
        documents = files.map { document, attachments in
            Document(
                key: document.key, label: document.label, present: request.documents.contains(document.key),
                files: attachments.map {
                    File(name: $0.fileName, path: "/slrt/permohonan/\(request.id)/berkas/\($0.id)", replaced: $0.replacedAt != nil)
                })
        }
        lastNote = request.lastNote
        recommendation = request.recommendation
        checked = request.check != nil
        dtksText = request.check?.dtksText ?? ""
        sidamesraText = request.check?.sidamesraText ?? ""
        ruleText = rule.text
        eligibilityNote = request.eligibilityNote
        eligible = request.eligible == true
        notEligible = request.eligible == false
        overrideReason = request.overrideReason ?? ""
        canOverride = request.eligible == false && request.overrideReason == nil && user.may(Action.slrtDecide)
            && (request.state == .verification || request.state == .reception)
        steps = SLRTWorkflow.definition.available(from: request.state.rawValue, for: user.role).map { transition in
            Step(
                name: transition.name, path: "/slrt/permohonan/\(request.id)/langkah/\(transition.name)", label: transition.label,
                requiresNote: transition.requiresNote, isReturn: transition.requiresNote)
        }
        hasSteps = !steps.isEmpty
        canEditDetails = request.state == .reception && user.may(Action.slrtFrontOffice)
        purposeFields = request.letterType.purposeFields.map { field in
            FormField(
                name: "tujuan." + field.key, label: field.label, value: request.purpose[field.key] ?? "",
                type: field.kind == .textarea ? "textarea" : field.kind == .date ? "date" : "text", required: true)
        }
        self.letter = letter.map {
            Letter(id: $0.id, number: $0.number, revoked: $0.isRevoked, revokedReason: $0.revokedReason ?? "")
        }
        referralPath = user.may(Action.slrtReferrals) ? "/slrt/rujukan/baru?permohonan=\(request.id)" : nil
        canRevoke = letter.map { !$0.isRevoked } == true && user.may(Action.slrtDecide)
        self.timings = timings.map { timing in
            Timing(
                label: timing.label, entered: IndonesianFormat.dateTime(timing.enteredAt, timeZone: timeZone),
                duration: WorkingDuration.text(timing.workingMinutes),
                standard: timing.standardMinutes.map { WorkingDuration.text($0) } ?? "–", overdue: timing.isOverdue)
        }
        self.events = events.map { event in
            Event(
                at: IndonesianFormat.dateTime(event.at, timeZone: timeZone), who: event.username,
                what: SLRTWorkflow.definition.transition(named: event.transition)?.label
                    ?? (event.from == nil ? "Permohonan diterima" : event.transition),
                note: event.note)
        }
    }
}
