package import Core
package import Database
import Foundation

extension RegistryService {
    /// Sets a person's JKN segment inside the caller's write transaction (SIDAKIS: a successful
    /// activation makes the person PBI APBD), with the audit row `penduduk.ubah`; `reason` names
    /// what caused it. Returns false when the segment was already that (nothing written).
    package func setJKNSegment(
        _ personID: Int64, to segment: JKNSegment, reason: String, by actor: Actor, in db: Connection
    ) throws -> Bool {
        guard let person = try PersonStore.find(personID, in: .everywhere, db: db),
            let household = try HouseholdStore.find(person.householdID, in: .everywhere, db: db)
        else { throw RegistryError.notFound }
        guard person.jknSegment != segment else { return false }
        var details = person.details
        details.jknSegment = segment
        let now = clock.now
        guard try PersonStore.update(personID, details, expectedVersion: person.version, at: now, in: db) else {
            throw RegistryError.personChanged(current: person)
        }
        var changes = AuditChanges()
        changes.set("jkn_segment", from: person.jknSegment.rawValue, to: segment.rawValue)
        changes.set("reason", to: reason)
        try record(AuditAction.editPerson, person: personID, area: household.areaCode, changes: changes, by: actor, at: now, in: db)
        return true
    }

    /// Living persons of active households in `segment`, counted per kecamatan (kapanewon) code.
    package static func jknMembersByKecamatan(_ segment: JKNSegment, in db: Connection) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        try db.forEach(
            """
            SELECT a.parent_code, count(*) FROM persons AS p
            JOIN households AS h ON h.id = p.household_id
            JOIN areas AS a ON a.code = h.area_code
            WHERE p.jkn_segment = ? AND p.status = 'hidup' AND h.status = 'aktif'
            GROUP BY a.parent_code
            """,
            [segment.rawValue]
        ) { row in
            if !row[0].isNull { counts[try row.get(0)] = try row.get(1) }
        }
        return counts
    }
}
