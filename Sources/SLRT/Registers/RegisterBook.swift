package import Core
package import Database
package import Foundation

/// The daily or monthly book (buku register) of requests, letters and referrals, with the
/// working time each SOP step took against its standard.
package struct RegisterBook: Sendable {
    package struct RequestRow: Sendable, Encodable {
        package let number: Int
        package let id: Int64
        package let received: String
        package let type: String
        package let applicant: String
        package let nik: String
        package let state: String
        package let letterNumber: String
        package let workingMinutes: Int
        package let duration: String
        package let overdueSteps: Int
    }

    package struct LetterRow: Sendable, Encodable {
        package let number: Int
        package let letterNumber: String
        package let issuedOn: String
        package let title: String
        package let applicant: String
        package let status: String
    }

    package struct ReferralRow: Sendable, Encodable {
        package let number: Int
        package let referredOn: String
        package let applicant: String
        package let partner: String
        package let need: String
        package let state: String
        package let acceptedOn: String
        package let followedUpOn: String
        package let finishedOn: String
    }

    package struct StepRow: Sendable, Encodable {
        package let label: String
        package let standard: String
        package let count: Int
        package let average: String
        package let overdue: Int
    }

    package let period: RegisterPeriod
    package let requests: [RequestRow]
    package let letters: [LetterRow]
    package let referrals: [ReferralRow]
    package let steps: [StepRow]

    /// Builds the book of `period` inside `scope`; NIKs masked unless `fullNIK`.
    package static func build(
        _ period: RegisterPeriod, scope: AreaScope, fullNIK: Bool, settings: Settings, now: Date, in db: Connection
    ) throws -> RegisterBook {
        let (start, end) = period.interval(timeZone: settings.timeZone)
        let sla = WorkflowSLA(SLRTWorkflow.definition, settings: settings)
        var perStep: [String: (count: Int, minutes: Int, overdue: Int)] = [:]
        var requestRows: [RequestRow] = []
        for (index, request) in try RequestStore.received(from: start, to: end, in: scope, db: db).enumerated() {
            let events = try WorkflowHistory.events(workflow: SLRTWorkflow.kind, itemID: request.id, in: db)
            let timings = sla.timings(events, now: now)
            var total = 0
            var overdue = 0
            for timing in timings where timing.standardMinutes != nil {
                total += timing.workingMinutes
                if timing.isOverdue { overdue += 1 }
                var step = perStep[timing.state] ?? (0, 0, 0)
                step.count += 1
                step.minutes += timing.workingMinutes
                if timing.isOverdue { step.overdue += 1 }
                perStep[timing.state] = step
            }
            requestRows.append(RequestRow(
                number: index + 1, id: request.id, received: IndonesianFormat.dateTime(request.createdAt, timeZone: settings.timeZone),
                type: request.letterType.shortLabel, applicant: request.applicantName,
                nik: fullNIK ? request.applicantNIK : IdentityNumberText.masked(request.applicantNIK), state: request.state.label,
                letterNumber: try LetterStore.find(request: request.id, in: db)?.number ?? "", workingMinutes: total,
                duration: WorkingDuration.text(total), overdueSteps: overdue))
        }
        let letters = try LetterStore.issued(from: period.first, through: period.last, in: scope, db: db).enumerated().map { index, letter in
            LetterRow(
                number: index + 1, letterNumber: letter.number, issuedOn: letter.issuedOn.indonesian, title: letter.title,
                applicant: letter.content.context.applicant.name,
                status: letter.isRevoked ? "Dicabut: " + (letter.revokedReason ?? "") : "Berlaku")
        }
        let referrals = try ReferralStore.referred(from: period.first, through: period.last, in: scope, db: db).enumerated().map { index, referral in
            ReferralRow(
                number: index + 1, referredOn: Self.day(referral.referredOn), applicant: referral.applicantName,
                partner: referral.partner, need: referral.need, state: referral.state.label,
                acceptedOn: Self.day(referral.acceptedOn), followedUpOn: Self.day(referral.followedUpOn),
                finishedOn: Self.day(referral.finishedOn))
        }
        let steps = SLRTWorkflow.definition.steps.compactMap { step -> StepRow? in
            guard let standard = sla.standardMinutes(of: step.state) else { return nil }
            let found = perStep[step.state] ?? (0, 0, 0)
            return StepRow(
                label: step.label, standard: WorkingDuration.text(standard), count: found.count,
                average: found.count == 0 ? "–" : WorkingDuration.text(found.minutes / found.count), overdue: found.overdue)
        }
        return RegisterBook(period: period, requests: requestRows, letters: letters, referrals: referrals, steps: steps)
    }

    private static func day(_ iso: String?) -> String {
        iso.flatMap(CalendarDate.init(iso:))?.indonesian ?? ""
    }
}
