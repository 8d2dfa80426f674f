import Core
import Database
import Foundation

extension RegistryService {
    func record(
        _ action: String, household id: Int64, area: String, changes: AuditChanges, by actor: Actor, at date: Date,
        in db: Connection
    ) throws {
        try AuditLog.record(
            AuditEntry(action: action, entity: Self.householdEntity, entityID: String(id), areaCode: area, changes: changes),
            by: actor, in: db, at: date)
    }

    func record(
        _ action: String, person id: Int64, area: String, changes: AuditChanges, by actor: Actor, at date: Date,
        in db: Connection
    ) throws {
        try AuditLog.record(
            AuditEntry(action: action, entity: Self.personEntity, entityID: String(id), areaCode: area, changes: changes),
            by: actor, in: db, at: date)
    }

    static func householdChanges(_ before: Household?, _ after: ValidHousehold) -> AuditChanges {
        var changes = AuditChanges()
        changes.set("no_kk", from: before?.noKK, to: after.input.noKK)
        changes.set("kk_override_reason", from: before?.kkOverrideReason, to: after.overrideReason)
        changes.set("area_code", from: before?.areaCode, to: after.input.areaCode)
        changes.set("dusun", from: before?.dusun, to: after.input.dusun)
        changes.set("rt", from: before?.rt, to: after.input.rt)
        changes.set("rw", from: before?.rw, to: after.input.rw)
        changes.set("address", from: before?.address, to: after.input.address)
        return changes
    }

    /// The audit trail keeps the full NIK of a change: it is the record of who changed which
    /// number, and only admin and kasi read it.
    static func personChanges(_ before: Person?, _ after: ValidPerson, household: Int64? = nil) -> AuditChanges {
        var changes = AuditChanges()
        if let household { changes.set("household_id", to: String(household)) }
        changes.set("nik", from: before?.nik, to: after.nik)
        changes.set("nik_override_reason", from: before?.nikOverrideReason, to: after.nikOverrideReason)
        changes.set("name", from: before?.name, to: after.name)
        changes.set("sex", from: before?.sex.rawValue, to: after.sex.rawValue)
        changes.set("birth_place", from: before?.birthPlace, to: after.birthPlace)
        changes.set("birth_date", from: before?.birthDate.iso, to: after.birthDate.iso)
        changes.set("relationship", from: before?.relationship.rawValue, to: after.relationship.rawValue)
        changes.set("marital_status", from: before?.maritalStatus.rawValue, to: after.maritalStatus.rawValue)
        changes.set("religion", from: before?.religion.rawValue, to: after.religion.rawValue)
        changes.set("education", from: before?.education.rawValue, to: after.education.rawValue)
        changes.set("occupation", from: before?.occupation, to: after.occupation)
        changes.set("mother_name", from: before?.motherName, to: after.motherName)
        changes.set("disability", from: before?.disability.rawValue, to: after.disability.rawValue)
        changes.set("chronic_illness", from: before?.chronicIllness, to: after.chronicIllness)
        changes.set("jkn_segment", from: before?.jknSegment.rawValue, to: after.jknSegment.rawValue)
        return changes
    }
}
