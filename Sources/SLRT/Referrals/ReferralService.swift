package import Core
package import Database
import Foundation
package import Mustache
import Registry

/// Referrals to partner agencies: made with their referral letter in one transaction, then moved
/// through `ReferralWorkflow` by the Core engine with the partner's feedback and the day of each step.
package struct ReferralService: Sendable {
    package let pool: DatabasePool
    package let clock: Clock
    package let settings: SettingsCache
    package let templates: TemplateLibrary

    package init(pool: DatabasePool, clock: Clock, settings: SettingsCache, templates: TemplateLibrary) {
        self.pool = pool
        self.clock = clock
        self.settings = settings
        self.templates = templates
    }

    /// Refers the person with `nik` to `partner` (one of the settings' partners) for `need`;
    /// issues the referral letter. `requestID` links it to the request it came from.
    package func create(
        nik: String, partner: String, need: String, requestID: Int64?, by actor: Actor, scope: AreaScope
    ) throws -> Referral {
        let need = need.trimmingCharacters(in: .whitespacesAndNewlines)
        let nik = nik.filter(\.isASCIIDigit)
        return try pool.write { db in
            let slrt = try SLRTSettingsStore.load(in: db).settings
            var problems: [String: String] = [:]
            if !slrt.partners.contains(partner) { problems["mitra"] = "Pilih mitra rujukan." }
            if need.count < 5 { problems["kebutuhan"] = "Tulis kebutuhan yang dirujuk (minimal 5 karakter)." }
            let found = nik.count == 16 ? try PersonStore.find(nik: nik, in: db) : nil
            if found == nil { problems["nik"] = "NIK tidak ditemukan di data keluarga." }
            guard let found, problems.isEmpty else { throw RequestError.invalid(problems) }
            guard scope.contains(found.areaCode) else {
                throw RequestError.invalid(["nik": "NIK terdaftar di luar wilayah Anda."])
            }
            if let requestID, try RequestStore.find(requestID, in: scope, db: db) == nil { throw RequestError.notFound }
            let now = clock.now
            let day = CalendarDate(now, timeZone: settings.current.timeZone)
            let id = try ReferralStore.insert(
                requestID: requestID, personID: found.person.id, applicantName: found.person.name, areaCode: found.areaCode,
                partner: partner, need: need, referredOn: day, by: actor.userID, at: now, in: db)
            _ = try WorkflowEngine(ReferralWorkflow.definition).start(
                itemID: id, state: ReferralState.referred.rawValue, areaCode: found.areaCode, by: actor, note: need, in: db,
                at: now)
            let facts = try DTKSCheck().facts(nik: nik, householdID: found.person.householdID, in: db)
            _ = try LetterService(templates: templates, settings: settings).issue(
                LetterService.Draft(
                    requestID: nil, referralID: id, template: "rujukan", title: "Surat Rujukan", series: "slrt.rujukan",
                    format: slrt.referralNumberFormat, personID: found.person.id, householdID: found.person.householdID,
                    areaCode: found.areaCode, purposeLines: [LetterContext.PurposeLine(label: "Kebutuhan", value: need)],
                    purpose: ["kebutuhan": need], facts: facts, partner: partner, need: need),
                settings: slrt, by: actor, in: db, at: now)
            guard let referral = try ReferralStore.find(id, in: .everywhere, db: db) else { throw RequestError.notFound }
            return referral
        }
    }

    /// Takes step `transition` of the referral with the partner's `feedback` and the `day` it happened.
    package func move(
        _ id: Int64, transition name: String, feedback: String, day: CalendarDate?, version: Int, by actor: Actor,
        scope: AreaScope
    ) throws -> Referral {
        let feedback = feedback.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let transition = ReferralWorkflow.definition.transition(named: name),
            let target = ReferralState(rawValue: transition.to)
        else { throw RequestError.notFound }
        if transition.requiresNote, feedback.count < 5 {
            throw RequestError.invalid(["umpan_balik": "Tulis umpan balik mitra (minimal 5 karakter)."])
        }
        return try pool.write { db in
            guard let referral = try ReferralStore.find(id, in: scope, db: db) else { throw RequestError.notFound }
            guard referral.version == version else { throw RequestError.changed }
            let now = clock.now
            let today = CalendarDate(now, timeZone: settings.current.timeZone)
            let day = day ?? today
            guard day <= today else { throw RequestError.invalid(["tanggal": "Tanggal tidak boleh di masa depan."]) }
            _ = try WorkflowEngine(ReferralWorkflow.definition).apply(
                name, itemID: id, from: referral.state.rawValue, areaCode: referral.areaCode, by: actor,
                note: feedback.isEmpty ? nil : feedback, in: db, at: now)
            let line = feedback.isEmpty ? "" : "\(day.indonesian) (\(target.label.lowercased())): \(feedback)"
            guard try ReferralStore.setState(id, to: target, on: day, feedback: line, expectedVersion: version, at: now, in: db)
            else { throw RequestError.changed }
            guard let after = try ReferralStore.find(id, in: .everywhere, db: db) else { throw RequestError.notFound }
            return after
        }
    }
}
