package import Core
package import Database
import Foundation

/// The rules of the register: creating and editing households and persons, moves, deaths and
/// departures, never a deletion. Each change is one write transaction that checks the user's
/// scope, the stored version and the duplicates, and writes its audit row.
package struct RegistryService: Sendable {
    package let pool: DatabasePool
    package let clock: Clock
    /// The deployment's time zone decides what "today" is for dates in the future.
    package let settings: SettingsCache

    /// The audit action names of this service.
    package enum AuditAction {
        package static let createHousehold = "keluarga.buat"
        package static let editHousehold = "keluarga.ubah"
        package static let householdStatus = "keluarga.status"
        package static let addPerson = "penduduk.tambah"
        package static let editPerson = "penduduk.ubah"
        package static let movePerson = "penduduk.pindah-keluarga"
        package static let personStatus = "penduduk.status"
        /// A person's full record (unmasked NIK) was opened.
        package static let viewPerson = "penduduk.lihat"
    }

    static let householdEntity = "household"
    static let personEntity = "person"

    package init(pool: DatabasePool, clock: Clock = .system, settings: SettingsCache = SettingsCache()) {
        self.pool = pool
        self.clock = clock
        self.settings = settings
    }

    /// Creates an active household inside `scope` with `head` as its first member (relationship
    /// kepala keluarga); `RegistryError.invalid` lists every field that breaks a rule.
    package func createHousehold(
        _ input: HouseholdInput, head: PersonInput, by actor: Actor, scope: AreaScope
    ) throws -> (household: Household, head: Person) {
        try pool.write { db in try createHousehold(input, head: head, by: actor, scope: scope, in: db) }
    }

    /// The same inside the caller's write transaction (an import writing many households in one
    /// transaction); a thrown error leaves the caller to roll back or go on.
    package func createHousehold(
        _ input: HouseholdInput, head: PersonInput, by actor: Actor, scope: AreaScope, in db: Connection
    ) throws -> (household: Household, head: Person) {
        var head = head
        head.relationship = .head
        var problems = Problems()
        let household = try validHousehold(input, existing: nil, scope: scope, problems: &problems, in: db)
        let person = try validPerson(head, existing: nil, scope: scope, problems: &problems, in: db)
        guard let household, let person, problems.isEmpty else { throw problems.error }
        let now = clock.now
        let id = try HouseholdStore.insert(household.input, overrideReason: household.overrideReason, at: now, in: db)
        let personID = try PersonStore.insert(person, householdID: id, reason: "Keluarga baru", at: now, in: db)
        try record(AuditAction.createHousehold, household: id, area: household.input.areaCode,
                   changes: Self.householdChanges(nil, household), by: actor, at: now, in: db)
        try record(AuditAction.addPerson, person: personID, area: household.input.areaCode,
                   changes: Self.personChanges(nil, person, household: id), by: actor, at: now, in: db)
        guard let created = try HouseholdStore.find(id, in: .everywhere, db: db),
            let createdHead = try PersonStore.find(personID, in: .everywhere, db: db)
        else { throw RegistryError.notFound }
        return (created, createdHead)
    }

    /// Saves a household's card and address if nobody saved it since `version`; otherwise
    /// `RegistryError.householdChanged` with the stored household and nothing written.
    package func editHousehold(
        _ id: Int64, _ input: HouseholdInput, version: Int, by actor: Actor, scope: AreaScope
    ) throws -> Household {
        try pool.write { db in
            guard let before = try HouseholdStore.find(id, in: scope, db: db) else { throw RegistryError.notFound }
            guard before.version == version else { throw RegistryError.householdChanged(current: before) }
            var problems = Problems()
            let valid = try validHousehold(input, existing: before, scope: scope, problems: &problems, in: db)
            guard let valid, problems.isEmpty else { throw problems.error }
            let changes = Self.householdChanges(before, valid)
            guard !changes.isEmpty else { return before }
            let now = clock.now
            guard try HouseholdStore.update(
                id, valid.input, overrideReason: valid.overrideReason, expectedVersion: version, at: now, in: db)
            else { throw RegistryError.householdChanged(current: before) }
            try record(AuditAction.editHousehold, household: id, area: valid.input.areaCode, changes: changes,
                       by: actor, at: now, in: db)
            guard let after = try HouseholdStore.find(id, in: .everywhere, db: db) else { throw RegistryError.notFound }
            return after
        }
    }

    /// Ends a household: `pindah` (the family left the area: its living members are marked
    /// pindah on the same day) or `bubar` (refused while living members remain; move them first).
    package func setHouseholdStatus(
        _ id: Int64, to status: HouseholdStatus, on day: String, reason: String, version: Int, by actor: Actor,
        scope: AreaScope
    ) throws -> Household {
        try pool.write { db in
            try setHouseholdStatus(id, to: status, on: day, reason: reason, version: version, by: actor, scope: scope, in: db)
        }
    }

    /// The same inside the caller's write transaction (a verivali round applying its results).
    package func setHouseholdStatus(
        _ id: Int64, to status: HouseholdStatus, on day: String, reason: String, version: Int, by actor: Actor,
        scope: AreaScope, in db: Connection
    ) throws -> Household {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let before = try HouseholdStore.find(id, in: scope, db: db) else { throw RegistryError.notFound }
        guard before.version == version else { throw RegistryError.householdChanged(current: before) }
        var problems = Problems()
        if before.status != .active { problems[.status] = "Keluarga ini sudah \(before.status.label.lowercased())." }
        if status == .active { problems[.status] = "Pilih Pindah atau Bubar." }
        let date = statusDate(day, notBefore: nil, problems: &problems)
        if reason.count < 5 { problems[.reason] = "Tulis alasannya (minimal 5 karakter)." }
        let living = try PersonStore.members(of: id, in: db).filter { $0.status == .alive }
        if status == .dissolved, !living.isEmpty {
            problems[.status] =
                "Keluarga masih punya \(living.count) anggota yang tercatat hidup: pindahkan mereka ke keluarga lain atau tandai statusnya dulu."
        }
        guard let date, problems.isEmpty else { throw problems.error }
        let now = clock.now
        guard try HouseholdStore.setStatus(
            id, status, on: date, reason: reason, expectedVersion: version, at: now, in: db)
        else { throw RegistryError.householdChanged(current: before) }
        var changes = AuditChanges()
        changes.set("status", from: before.status.rawValue, to: status.rawValue)
        changes.set("status_date", to: date.iso)
        changes.set("status_reason", to: reason)
        try record(AuditAction.householdStatus, household: id, area: before.areaCode, changes: changes,
                   by: actor, at: now, in: db)
        for member in living {
            _ = try PersonStore.setStatus(
                member.id, .movedAway, on: date, reason: "Keluarga pindah: \(reason)",
                expectedVersion: member.version, at: now, in: db)
            var memberChanges = AuditChanges()
            memberChanges.set("status", from: member.status.rawValue, to: PersonStatus.movedAway.rawValue)
            memberChanges.set("status_date", to: date.iso)
            try record(AuditAction.personStatus, person: member.id, area: before.areaCode, changes: memberChanges,
                       by: actor, at: now, in: db)
        }
        guard let after = try HouseholdStore.find(id, in: .everywhere, db: db) else { throw RegistryError.notFound }
        return after
    }

    /// The household `id` inside `scope` (a read; no audit), or `RegistryError.notFound`.
    package func household(_ id: Int64, scope: AreaScope) throws -> Household {
        guard let household = try pool.read({ try HouseholdStore.find(id, in: scope, db: $0) }) else {
            throw RegistryError.notFound
        }
        return household
    }

    /// Today in the deployment's time zone.
    var today: CalendarDate { CalendarDate(clock.now, timeZone: settings.current.timeZone) }
}
