package import Core
package import Database
import Foundation

extension RegistryService {
    /// Adds a living member to an active household inside `scope`.
    package func addMember(
        to householdID: Int64, _ input: PersonInput, by actor: Actor, scope: AreaScope
    ) throws -> Person {
        try pool.write { db in try addMember(to: householdID, input, by: actor, scope: scope, in: db) }
    }

    /// The same inside the caller's write transaction.
    package func addMember(
        to householdID: Int64, _ input: PersonInput, by actor: Actor, scope: AreaScope, in db: Connection
    ) throws -> Person {
        guard let household = try HouseholdStore.find(householdID, in: scope, db: db) else {
            throw RegistryError.notFound
        }
        var problems = Problems()
        if household.status != .active {
            problems[.relationship] = "Keluarga ini sudah \(household.status.label.lowercased()); anggota tidak dapat ditambah."
        }
        let valid = try validPerson(input, existing: nil, scope: scope, problems: &problems, in: db)
        guard let valid, problems.isEmpty else { throw problems.error }
        let now = clock.now
        let id = try PersonStore.insert(valid, householdID: householdID, reason: "Anggota baru", at: now, in: db)
        try HouseholdStore.touch(householdID, at: now, in: db)
        try record(AuditAction.addPerson, person: id, area: household.areaCode,
                   changes: Self.personChanges(nil, valid, household: householdID), by: actor, at: now, in: db)
        guard let person = try PersonStore.find(id, in: .everywhere, db: db) else { throw RegistryError.notFound }
        return person
    }

    /// Saves a person's data if nobody saved it since `version`; otherwise
    /// `RegistryError.personChanged` with the stored person and nothing written.
    package func editPerson(
        _ id: Int64, _ input: PersonInput, version: Int, by actor: Actor, scope: AreaScope
    ) throws -> Person {
        try pool.write { db in
            guard let before = try PersonStore.find(id, in: scope, db: db),
                let household = try HouseholdStore.find(before.householdID, in: scope, db: db)
            else { throw RegistryError.notFound }
            guard before.version == version else { throw RegistryError.personChanged(current: before) }
            var problems = Problems()
            let valid = try validPerson(input, existing: before, scope: scope, problems: &problems, in: db)
            guard let valid, problems.isEmpty else { throw problems.error }
            let changes = Self.personChanges(before, valid)
            guard !changes.isEmpty else { return before }
            let now = clock.now
            guard try PersonStore.update(id, valid, expectedVersion: version, at: now, in: db) else {
                throw RegistryError.personChanged(current: before)
            }
            try record(AuditAction.editPerson, person: id, area: household.areaCode, changes: changes, by: actor, at: now, in: db)
            guard let after = try PersonStore.find(id, in: .everywhere, db: db) else { throw RegistryError.notFound }
            return after
        }
    }

    /// Moves a living person to the active household holding `targetNoKK` inside `scope`: the
    /// old membership ends, a new one starts, so the history stays.
    package func movePerson(
        _ id: Int64, toNoKK targetNoKK: String, relationship: Relationship?, reason: String, version: Int,
        by actor: Actor, scope: AreaScope
    ) throws -> Person {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        let noKK = IdentityNumberText.normalized(targetNoKK)
        return try pool.write { db in
            guard let before = try PersonStore.find(id, in: scope, db: db),
                let from = try HouseholdStore.find(before.householdID, in: .everywhere, db: db)
            else { throw RegistryError.notFound }
            guard before.version == version else { throw RegistryError.personChanged(current: before) }
            var problems = Problems()
            if before.status != .alive {
                problems[.targetNoKK] = "Hanya penduduk yang masih tercatat hidup di wilayah ini yang dapat dipindahkan."
            }
            var target: Household?
            if let problem = NoKK.problem(noKK), problem != .unknownRegion {
                problems[.targetNoKK] = problem.message
            } else if let found = try HouseholdStore.findActive(noKK: noKK, in: db), scope.contains(found.areaCode) {
                if found.id == from.id { problems[.targetNoKK] = "Penduduk ini sudah anggota keluarga tersebut." }
                target = found
            } else {
                problems[.targetNoKK] = "Tidak ada keluarga aktif dengan No KK ini di wilayah Anda."
            }
            if relationship == nil { problems[.relationship] = "Pilih hubungan dengan kepala keluarga." }
            if reason.count < 5 { problems[.reason] = "Tulis alasan pindah (minimal 5 karakter)." }
            guard let target, let relationship, problems.isEmpty else { throw problems.error }
            let now = clock.now
            guard try PersonStore.move(
                id, to: target.id, relationship: relationship, reason: reason, expectedVersion: version, at: now, in: db)
            else { throw RegistryError.personChanged(current: before) }
            try HouseholdStore.touch(from.id, at: now, in: db)
            try HouseholdStore.touch(target.id, at: now, in: db)
            var changes = AuditChanges()
            changes.set("household_id", from: String(from.id), to: String(target.id))
            changes.set("relationship", from: before.relationship.rawValue, to: relationship.rawValue)
            changes.set("reason", to: reason)
            try record(AuditAction.movePerson, person: id, area: target.areaCode, changes: changes, by: actor, at: now, in: db)
            guard let after = try PersonStore.find(id, in: .everywhere, db: db) else { throw RegistryError.notFound }
            return after
        }
    }

    /// Marks a living person dead (`meninggal`) or moved out of the area (`pindah`) on `day`; the
    /// record stays, the membership ends.
    package func setPersonStatus(
        _ id: Int64, to status: PersonStatus?, on day: String, reason: String, version: Int, by actor: Actor,
        scope: AreaScope
    ) throws -> Person {
        try pool.write { db in
            try setPersonStatus(id, to: status, on: day, reason: reason, version: version, by: actor, scope: scope, in: db)
        }
    }

    /// The same inside the caller's write transaction (a verivali round applying its results).
    package func setPersonStatus(
        _ id: Int64, to status: PersonStatus?, on day: String, reason: String, version: Int, by actor: Actor,
        scope: AreaScope, in db: Connection
    ) throws -> Person {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let before = try PersonStore.find(id, in: scope, db: db),
            let household = try HouseholdStore.find(before.householdID, in: .everywhere, db: db)
        else { throw RegistryError.notFound }
        guard before.version == version else { throw RegistryError.personChanged(current: before) }
        var problems = Problems()
        if before.status != .alive {
            problems[.status] = "Penduduk ini sudah tercatat \(before.status.label.lowercased())."
        } else if status == nil || status == .alive {
            problems[.status] = "Pilih Meninggal atau Pindah."
        }
        let date = statusDate(day, notBefore: before.birthDate, problems: &problems)
        guard let status, let date, problems.isEmpty else { throw problems.error }
        let now = clock.now
        guard try PersonStore.setStatus(
            id, status, on: date, reason: reason.isEmpty ? status.label : reason, expectedVersion: version, at: now,
            in: db)
        else { throw RegistryError.personChanged(current: before) }
        try HouseholdStore.touch(household.id, at: now, in: db)
        var changes = AuditChanges()
        changes.set("status", from: before.status.rawValue, to: status.rawValue)
        changes.set("status_date", to: date.iso)
        if !reason.isEmpty { changes.set("reason", to: reason) }
        try record(AuditAction.personStatus, person: id, area: household.areaCode, changes: changes, by: actor, at: now, in: db)
        guard let after = try PersonStore.find(id, in: .everywhere, db: db) else { throw RegistryError.notFound }
        return after
    }

    /// The person `id` inside `scope` without writing anything (pages that show the NIK masked).
    package func person(_ id: Int64, scope: AreaScope) throws -> Person {
        guard let person = try pool.read({ try PersonStore.find(id, in: scope, db: $0) }) else {
            throw RegistryError.notFound
        }
        return person
    }

    /// The person `id` inside `scope` for a full view (unmasked NIK): the opening is written to
    /// the audit trail in the same transaction that reads it (DESIGN.md §4).
    package func openFullRecord(_ id: Int64, by actor: Actor, scope: AreaScope) throws -> Person {
        try pool.write { db in
            guard let person = try PersonStore.find(id, in: scope, db: db),
                let household = try HouseholdStore.find(person.householdID, in: .everywhere, db: db)
            else { throw RegistryError.notFound }
            try record(AuditAction.viewPerson, person: id, area: household.areaCode, changes: AuditChanges(),
                       by: actor, at: clock.now, in: db)
            return person
        }
    }
}
