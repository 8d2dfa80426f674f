package import Core
import Database
import Foundation

extension RequestService {
    /// Takes step `transition` of `SLRTWorkflow` on request `id` last read at `version`: the
    /// engine checks the step and the role and writes the event and audit rows; this adds the
    /// step's own rule and record (documents complete, the DTKS check, eligibility, the letter).
    package func move(
        _ id: Int64, transition name: String, note: String, version: Int, by actor: Actor, scope: AreaScope
    ) throws -> ServiceRequest {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let transition = SLRTWorkflow.definition.transition(named: name) else { throw RequestError.notFound }
        if transition.requiresNote, note.count < 5 {
            throw RequestError.invalid(["catatan": "Tulis catatan alasannya (minimal 5 karakter)."])
        }
        return try pool.write { db in
            var request = try load(id, version: version, scope: scope, in: db)
            // The engine's own checks (step, role, note) come before the step's rules.
            _ = try engine.check(name, from: request.state.rawValue, by: actor, note: note.isEmpty ? nil : note)
            let now = clock.now
            var expected = version
            switch name {
            case SLRTWorkflow.Transition.complete:
                let missing = request.missingDocuments
                guard missing.isEmpty else {
                    throw RequestError.refused(
                        "Berkas belum lengkap: " + missing.map(\.label).joined(separator: ", ") + ".")
                }
            case SLRTWorkflow.Transition.checkDTKS:
                let facts = try DTKSCheck().facts(nik: request.applicantNIK, householdID: request.householdID, in: db)
                let rules = try SLRTSettingsStore.load(in: db).settings
                let verdict = rules.rule(request.letterType).evaluate(facts)
                guard try RequestStore.recordCheck(id, facts: facts, verdict: verdict, expectedVersion: expected, at: now, in: db)
                else { throw RequestError.changed }
                expected += 1
                request.check = facts
                request.eligible = verdict.eligible
            case SLRTWorkflow.Transition.recommend:
                guard request.mayBeRecommended else {
                    throw RequestError.refused(
                        "Pemohon tidak memenuhi syarat \(request.letterType.shortLabel) menurut hasil cek DTKS; "
                            + "penerbitan hanya dapat direkomendasikan setelah Kepala Seksi memberi pengecualian tertulis.")
                }
                try RequestStore.setRecommendation(id, note, in: db)
            case SLRTWorkflow.Transition.sign:
                let rules = try SLRTSettingsStore.load(in: db).settings
                guard actor.role == .kadis || (!rules.signerUsername.isEmpty && actor.username == rules.signerUsername)
                else {
                    throw RequestError.notPermitted(
                        "Surat hanya dapat disetujui oleh Kepala Dinas atau pejabat penanda tangan yang ditetapkan di pengaturan SLRT.")
                }
            default:
                break
            }
            _ = try engine.apply(
                name, itemID: id, from: request.state.rawValue, areaCode: request.areaCode, by: actor,
                note: note.isEmpty ? nil : note, in: db, at: now)
            guard let target = RequestState(rawValue: transition.to) else { throw RequestError.notFound }
            let keepsNote = transition.requiresNote
            guard try RequestStore.setState(
                id, to: target, note: keepsNote ? note : nil, expectedVersion: expected, at: now, in: db)
            else { throw RequestError.changed }
            if name == SLRTWorkflow.Transition.sign {
                guard let current = try RequestStore.find(id, in: .everywhere, db: db) else { throw RequestError.notFound }
                _ = try LetterService(templates: templates, settings: settings)
                    .issue(for: current, by: actor, in: db, at: now)
            }
            guard let after = try RequestStore.find(id, in: .everywhere, db: db) else { throw RequestError.notFound }
            return after
        }
    }

    /// The kasi's written exception for a request the eligibility rule turned down.
    package func override(_ id: Int64, reason: String, version: Int, by actor: Actor, scope: AreaScope) throws -> ServiceRequest {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard reason.count >= 10 else {
            throw RequestError.invalid(["alasan": "Tulis alasan pengecualian (minimal 10 karakter)."])
        }
        guard actor.role == .kasi || actor.kind != .user else {
            throw RequestError.notPermitted("Pengecualian hanya dapat diberikan oleh Kepala Seksi.")
        }
        return try pool.write { db in
            let request = try load(id, version: version, scope: scope, in: db)
            guard request.eligible == false, request.overrideReason == nil else {
                throw RequestError.refused("Pengecualian hanya untuk permohonan yang tidak memenuhi syarat menurut cek DTKS.")
            }
            guard request.state == .verification || request.state == .reception else {
                throw RequestError.refused("Pengecualian hanya dapat diberikan sebelum surat direkomendasikan.")
            }
            let now = clock.now
            guard try RequestStore.recordOverride(id, reason: reason, by: actor.userID, expectedVersion: version, at: now, in: db)
            else { throw RequestError.changed }
            var changes = AuditChanges()
            changes.set("override_reason", to: reason)
            try AuditLog.record(
                AuditEntry(action: "slrt.pengecualian", entity: Self.entity, entityID: String(id),
                           areaCode: request.areaCode, changes: changes),
                by: actor, in: db, at: now)
            guard let after = try RequestStore.find(id, in: .everywhere, db: db) else { throw RequestError.notFound }
            return after
        }
    }
}
