import Core
package import Database
import Foundation

/// The SQL of finalisation batches and of the proposals they carry.
package enum BatchStore {
    static let columns = """
        id, number, period_start, period_end, status, status_since, meeting_reference, memo_number, memo_date,
        decree_number, decree_date, created_at, version
        """

    package static func find(_ id: Int64, in db: Connection) throws -> FinalisationBatch? {
        try db.queryOne("SELECT \(columns) FROM dtks_batches WHERE id = ?", [id]).map(decode)
    }

    /// Every batch, newest first.
    package static func all(in db: Connection) throws -> [FinalisationBatch] {
        try db.query("SELECT \(columns) FROM dtks_batches ORDER BY id DESC").map(decode)
    }

    /// Proposals waiting for finalisation and not yet in a batch.
    package static func waitingCount(in db: Connection) throws -> Int {
        try db.scalar(Int.self, "SELECT count(*) FROM dtks_proposals WHERE status = 'finalisasi' AND batch_id IS NULL")
    }

    static func insert(
        number: String, start: CalendarDate, end: CalendarDate, references: BatchReferences, by actor: Actor, at date: Date,
        in db: Connection
    ) throws -> Int64 {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            """
            INSERT INTO dtks_batches (number, period_start, period_end, status, status_since, meeting_reference, created_by,
                                      created_at, updated_at)
            VALUES (?, ?, ?, 'draf', ?, ?, ?, ?, ?)
            """,
            [number, start.iso, end.iso, now, references.meeting, actor.userID, now, now])
        return db.lastInsertRowID
    }

    /// Puts every waiting proposal into batch `id`; returns how many.
    static func collect(into id: Int64, in db: Connection) throws -> Int {
        try db.execute("UPDATE dtks_proposals SET batch_id = ? WHERE status = 'finalisasi' AND batch_id IS NULL", [id])
        return db.changes
    }

    static func saveReferences(_ id: Int64, _ references: BatchReferences, version: Int, at date: Date, in db: Connection) throws -> Bool {
        try db.execute(
            """
            UPDATE dtks_batches SET meeting_reference = ?, memo_number = ?, memo_date = ?, decree_number = ?, decree_date = ?,
                updated_at = ?, version = version + 1
            WHERE id = ? AND version = ?
            """,
            [references.meeting, references.memoNumber, references.memoDate?.iso, references.decreeNumber, references.decreeDate?.iso,
             ISO8601Timestamp.format(date), id, version])
        return db.changes == 1
    }

    static func move(_ id: Int64, to state: BatchState, version: Int, at date: Date, in db: Connection) throws -> Bool {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            "UPDATE dtks_batches SET status = ?, status_since = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
            [state.rawValue, now, now, id, version])
        return db.changes == 1
    }

    /// The proposals of batch `id` (id, version, area, state), in id order.
    static func proposals(of id: Int64, in db: Connection) throws -> [(ProposalRef, ProposalState)] {
        try db.query("SELECT id, version, area_code, status FROM dtks_proposals WHERE batch_id = ? ORDER BY id", [id]).map { row in
            let state = ProposalState(rawValue: try row.get(3)) ?? .finalisation
            return (ProposalRef(id: try row.get(0), version: try row.get(1), areaCode: try row.get(2)), state)
        }
    }

    static func decode(_ row: Row) throws -> FinalisationBatch {
        func day(_ index: Int) throws -> CalendarDate? {
            row[index].isNull ? nil : CalendarDate(iso: try row.get(index))
        }
        func stamp(_ index: Int) throws -> Date {
            guard let date = ISO8601Timestamp.parse(try row.get(index)) else {
                throw DatabaseError(code: .mismatch, message: "dtks_batches column \(index) holds no timestamp")
            }
            return date
        }
        guard let state = BatchState(rawValue: try row.get(4)), let start = try day(2), let end = try day(3) else {
            throw DatabaseError(code: .mismatch, message: "dtks_batches row is malformed")
        }
        return FinalisationBatch(
            id: try row.get(0), number: try row.get(1), periodStart: start, periodEnd: end, state: state, stateSince: try stamp(5),
            references: BatchReferences(
                meeting: try row.get(6), memoNumber: try row.get(7), memoDate: try day(8), decreeNumber: try row.get(9),
                decreeDate: try day(10)),
            createdAt: try stamp(11), version: try row.get(12))
    }
}
