package import Core
package import Database
import Foundation

/// Complaints: taken at the front office, followed up, closed with an answer; every step through
/// the Core workflow engine (`ComplaintWorkflow`) with its audit row.
package struct ComplaintService: Sendable {
    package let pool: DatabasePool
    package let clock: Clock
    package let settings: SettingsCache

    package init(pool: DatabasePool, clock: Clock, settings: SettingsCache) {
        self.pool = pool
        self.clock = clock
        self.settings = settings
    }

    package func create(_ input: ComplaintInput, by actor: Actor, scope: AreaScope) throws -> Complaint {
        let complainant = input.complainant.trimmingCharacters(in: .whitespacesAndNewlines)
        let subject = input.subject.trimmingCharacters(in: .whitespacesAndNewlines)
        let areaCode = input.areaCode.trimmingCharacters(in: .whitespaces)
        return try pool.write { db in
            let slrt = try SLRTSettingsStore.load(in: db).settings
            var problems: [String: String] = [:]
            if complainant.isEmpty { problems["pengadu"] = "Isi nama pengadu." }
            if subject.isEmpty { problems["perihal"] = "Isi perihal pengaduan." }
            if !slrt.complaintCategories.contains(input.category) { problems["kategori"] = "Pilih kategori." }
            if !areaCode.isEmpty, try AreaStore.find(areaCode, in: db) == nil || !scope.contains(areaCode) {
                problems["wilayah"] = "Pilih wilayah di dalam wilayah Anda."
            }
            guard problems.isEmpty else { throw RequestError.invalid(problems) }
            let now = clock.now
            let stamp = ISO8601Timestamp.format(now)
            let day = CalendarDate(now, timeZone: settings.current.timeZone)
            try db.execute(
                """
                INSERT INTO slrt_complaints (complainant, contact, area_code, subject, category, description, status,
                                             received_on, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'diterima', ?, ?, ?, ?)
                """,
                [complainant, input.contact.trimmingCharacters(in: .whitespaces), areaCode.isEmpty ? nil : areaCode, subject,
                 input.category, input.description.trimmingCharacters(in: .whitespacesAndNewlines), day.iso, actor.userID,
                 stamp, stamp])
            let id = db.lastInsertRowID
            _ = try WorkflowEngine(ComplaintWorkflow.definition).start(
                itemID: id, state: ComplaintState.received.rawValue, areaCode: areaCode, by: actor, note: subject, in: db, at: now)
            guard let complaint = try find(id, scope: .everywhere, in: db) else { throw RequestError.notFound }
            return complaint
        }
    }

    /// Follow-up (`tindaklanjuti`, the note is what was done) or closing (`tutup`, the note is the answer).
    package func move(_ id: Int64, transition name: String, note: String, version: Int, by actor: Actor, scope: AreaScope) throws -> Complaint {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let transition = ComplaintWorkflow.definition.transition(named: name),
            let target = ComplaintState(rawValue: transition.to)
        else { throw RequestError.notFound }
        if note.count < 5 { throw RequestError.invalid(["catatan": "Tulis tindak lanjut atau jawaban (minimal 5 karakter)."]) }
        return try pool.write { db in
            guard let complaint = try find(id, scope: scope, in: db) else { throw RequestError.notFound }
            guard complaint.version == version else { throw RequestError.changed }
            let now = clock.now
            _ = try WorkflowEngine(ComplaintWorkflow.definition).apply(
                name, itemID: id, from: complaint.state.rawValue, areaCode: complaint.areaCode ?? "", by: actor, note: note,
                in: db, at: now)
            let day = CalendarDate(now, timeZone: settings.current.timeZone)
            if target == .closed {
                try db.execute(
                    """
                    UPDATE slrt_complaints SET status = 'selesai', closing_answer = ?, closed_on = ?, updated_at = ?,
                        version = version + 1 WHERE id = ? AND version = ?
                    """,
                    [note, day.iso, ISO8601Timestamp.format(now), id, version])
            } else {
                try db.execute(
                    """
                    UPDATE slrt_complaints SET status = ?, follow_up = ?, updated_at = ?, version = version + 1
                    WHERE id = ? AND version = ?
                    """,
                    [target.rawValue, note, ISO8601Timestamp.format(now), id, version])
            }
            guard db.changes == 1 else { throw RequestError.changed }
            guard let after = try find(id, scope: .everywhere, in: db) else { throw RequestError.notFound }
            return after
        }
    }

    /// The complaint `id` when it has no area or its area lies inside `scope`.
    package func find(_ id: Int64, scope: AreaScope, in db: Connection) throws -> Complaint? {
        try db.queryOne(
            Complaint.self,
            """
            SELECT * FROM slrt_complaints WHERE id = ?1
            AND (area_code IS NULL OR \(AreaScope.sqlCondition(column: "area_code", parameter: 2)))
            """,
            [id, scope.sqlArgument])
    }

    /// One page of complaints, newest first.
    package func list(state: ComplaintState?, scope: AreaScope, paging: Paging) throws -> (rows: [Complaint], total: Int) {
        try pool.read { db in
            let condition = """
                (area_code IS NULL OR \(AreaScope.sqlCondition(column: "area_code", parameter: 1))) AND (?2 IS NULL OR status = ?2)
                """
            let arguments: StatementArguments = [scope.sqlArgument, state?.rawValue]
            let total = try db.scalar(Int.self, "SELECT count(*) FROM slrt_complaints WHERE \(condition)", arguments)
            let page = paging.clamped(toTotal: total)
            let rows = try db.query(
                Complaint.self, "SELECT * FROM slrt_complaints WHERE \(condition) ORDER BY id DESC LIMIT ?3 OFFSET ?4",
                arguments + [page.limit, page.offset])
            return (rows, total)
        }
    }
}
