package import Core
package import Database
package import Foundation
import Registry

/// The rules of the DTKS/DTSEN register: registering a person (or updating the active
/// registration of the same NIK) and ending a registration. Every method runs inside the
/// caller's write transaction (a finalisation batch, an import, a verivali round) and writes its
/// audit row there, so the registration commits or rolls back with the work that made it.
package enum DTKSMembers {
    /// The audit action names.
    package enum AuditAction {
        package static let register = "dtks.anggota.daftar"
        package static let update = "dtks.anggota.ubah"
        package static let deactivate = "dtks.anggota.nonaktif"
    }

    /// The audit entity of a registration.
    package static let auditEntity = "dtks_member"
    /// The longest ID DTKS accepted.
    static let maxIDLength = 40

    /// Registers `membership` and returns the row id. When the NIK already has an active
    /// registration, that row is updated instead (upsert): a new ID DTKS replaces the stored one
    /// (and its `since`), a given desil replaces the stored one, nil values keep what is stored;
    /// the audit row keeps the values before and after. A NIK the register knows takes its name,
    /// No KK, household and area from there.
    @discardableResult
    package static func register(
        _ membership: NewMembership, by actor: Actor, in db: Connection, at date: Date
    ) throws -> Int64 {
        try apply(membership, by: actor, in: db, at: date).id
    }

    /// `register`, telling whether anything was written (a new row or a change).
    static func apply(
        _ membership: NewMembership, by actor: Actor, in db: Connection, at date: Date
    ) throws -> (id: Int64, changed: Bool) {
        let nik = IdentityNumberText.normalized(membership.nik)
        guard nik.count == IdentityNumberText.length, nik.allSatisfy(\.isASCIIDigit) else {
            throw DTKSMemberError.invalidNIK(membership.nik)
        }
        if let desil = membership.desil, !(1...10).contains(desil) { throw DTKSMemberError.invalidDesil(desil) }
        let idDTKS = membership.idDTKS?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let idDTKS, idDTKS.isEmpty || idDTKS.count > maxIDLength { throw DTKSMemberError.invalidIDDTKS }
        let existing = try DTKSMemberStore.findActive(nik: nik, in: db)
        var row = try registerLink(membership, nik: nik, existing: existing, in: db)
        row.idDTKS = idDTKS ?? existing?.idDTKS
        row.desil = membership.desil ?? existing?.desil
        if let existing {
            // The registration keeps its start unless the Ministry gave a new ID DTKS.
            if idDTKS == nil || idDTKS == existing.idDTKS { row.since = existing.since }
            // Only a change of what the data says counts; the same values again from another
            // source (a re-run import) leave the row and the trail alone.
            var substance = row
            substance.source = existing.source
            substance.sourceBatchID = existing.sourceBatchID
            guard !changes(existing, substance).isEmpty else { return (existing.id, false) }
            let changes = changes(existing, row)
            guard try DTKSMemberStore.update(existing.id, row, expectedVersion: existing.version, at: date, in: db) else {
                throw DTKSMemberError.notFound
            }
            try record(AuditAction.update, id: existing.id, area: row.areaCode, changes: changes, by: actor, at: date, in: db)
            return (existing.id, true)
        }
        let id = try DTKSMemberStore.insert(row, at: date, in: db)
        try record(AuditAction.register, id: id, area: row.areaCode, changes: changes(nil, row), by: actor, at: date, in: db)
        return (id, true)
    }

    /// Ends registration `id` on `day` for `reason`; refused when it already ended.
    package static func deactivate(
        _ id: Int64, on day: CalendarDate, reason: String, by actor: Actor, in db: Connection, at date: Date
    ) throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw DTKSMemberError.reasonRequired }
        guard let member = try DTKSMemberStore.find(id, in: .everywhere, db: db) else { throw DTKSMemberError.notFound }
        guard member.status == .active else { throw DTKSMemberError.alreadyInactive }
        guard try DTKSMemberStore.deactivate(id, on: day, reason: reason, expectedVersion: member.version, at: date, in: db)
        else { throw DTKSMemberError.notFound }
        var changes = AuditChanges()
        changes.set("status", from: MemberStatus.active.rawValue, to: MemberStatus.inactive.rawValue)
        changes.set("deactivated_on", to: day.iso)
        changes.set("deactivation_reason", to: reason)
        try record(AuditAction.deactivate, id: id, area: member.areaCode, changes: changes, by: actor, at: date, in: db)
    }

    /// Ends the active registration of `nik`; `DTKSMemberError.notFound` when there is none.
    package static func deactivate(
        nik: String, on day: CalendarDate, reason: String, by actor: Actor, in db: Connection, at date: Date
    ) throws {
        guard let member = try DTKSMemberStore.findActive(nik: IdentityNumberText.normalized(nik), in: db) else {
            throw DTKSMemberError.notFound
        }
        try deactivate(member.id, on: day, reason: reason, by: actor, in: db, at: date)
    }

    /// The row's person, household, name, No KK and area: from the register when it knows the
    /// NIK, else from the membership (or what is stored).
    private static func registerLink(
        _ membership: NewMembership, nik: String, existing: DTKSMember?, in db: Connection
    ) throws -> DTKSMemberStore.Row {
        var row = DTKSMemberStore.Row(
            nik: nik, personID: nil, householdID: nil, noKK: "", name: "", areaCode: nil, idDTKS: nil, desil: nil,
            since: membership.since, source: membership.source, sourceBatchID: membership.sourceBatchID)
        if let (person, areaCode) = try PersonStore.find(nik: nik, in: db) {
            if let given = membership.personID, given != person.id { throw DTKSMemberError.personMismatch }
            if let given = membership.householdID, given != person.householdID { throw DTKSMemberError.personMismatch }
            row.personID = person.id
            row.householdID = person.householdID
            row.name = person.name
            row.areaCode = areaCode
            row.noKK = try HouseholdStore.find(person.householdID, in: .everywhere, db: db)?.noKK ?? ""
            return row
        }
        if membership.personID != nil { throw DTKSMemberError.personMismatch }
        let name = membership.name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        row.name = name.isEmpty ? existing?.name ?? "" : name
        guard !row.name.isEmpty else { throw DTKSMemberError.nameRequired }
        let noKK = IdentityNumberText.normalized(membership.noKK ?? "")
        row.noKK = noKK.count == IdentityNumberText.length && noKK.allSatisfy(\.isASCIIDigit) ? noKK : existing?.noKK ?? ""
        if let householdID = membership.householdID {
            guard let household = try HouseholdStore.find(householdID, in: .everywhere, db: db) else {
                throw DTKSMemberError.personMismatch
            }
            row.householdID = household.id
            row.noKK = household.noKK
            row.areaCode = household.areaCode
        } else {
            row.householdID = existing?.householdID
            row.areaCode = existing?.areaCode
        }
        return row
    }

    private static func changes(_ before: DTKSMember?, _ after: DTKSMemberStore.Row) -> AuditChanges {
        var changes = AuditChanges()
        changes.set("nik", from: before?.nik, to: after.nik)
        changes.set("person_id", from: before?.personID.map(String.init), to: after.personID.map(String.init))
        changes.set("household_id", from: before?.householdID.map(String.init), to: after.householdID.map(String.init))
        changes.set("no_kk", from: before?.noKK, to: after.noKK)
        changes.set("name", from: before?.name, to: after.name)
        changes.set("area_code", from: before?.areaCode, to: after.areaCode)
        changes.set("id_dtks", from: before?.idDTKS, to: after.idDTKS)
        changes.set("desil", from: before?.desil.map(String.init), to: after.desil.map(String.init))
        changes.set("since", from: before?.since.iso, to: after.since.iso)
        changes.set("source", from: before?.source.rawValue, to: after.source.rawValue)
        changes.set(
            "source_batch_id", from: before?.sourceBatchID.map(String.init), to: after.sourceBatchID.map(String.init))
        return changes
    }

    private static func record(
        _ action: String, id: Int64, area: String?, changes: AuditChanges, by actor: Actor, at date: Date,
        in db: Connection
    ) throws {
        try AuditLog.record(
            AuditEntry(action: action, entity: auditEntity, entityID: String(id), areaCode: area ?? "", changes: changes),
            by: actor, in: db, at: date)
    }
}
