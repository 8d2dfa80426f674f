package import Core
package import Database
import Foundation

/// SOP step 5 for many proposals at once: one read joins every proposal waiting in `pemadanan`
/// with its household's living members and their extract rows (by NIK, the primary key), then
/// each proposal gets its per-member results and moves to `finalisasi` (every member padan) or
/// back to the proposer with the reasons, all in one write transaction.
package enum ProposalMatching {
    /// A proposal to match.
    struct Candidate {
        let id: Int64
        let version: Int
        let areaCode: String
    }

    /// One living member with the extract's values of their NIK (nil when not in the extract).
    struct Member {
        let personID: Int64
        let nik: String
        let name: String
        let birthDate: String
        let sex: String
        let recordNameKey: String?
        let recordBirthDate: String?
        let recordSex: String?

        var result: DukcapilMatch {
            guard let recordNameKey else { return .tidakPadan([.nikNotFound]) }
            return DukcapilMatcher.compare(
                nameKey: DukcapilName.key(name), birthDate: birthDate, sex: sex, recordNameKey: recordNameKey,
                recordBirthDate: recordBirthDate, recordSex: recordSex)
        }
    }

    /// What a batch run did.
    package struct Summary: Sendable, Equatable {
        package var matched = 0
        package var notMatched = 0
        /// Members not matching, by reason.
        package var reasons: [DukcapilMismatch: Int] = [:]

        /// "95 padan, 5 tidak padan (NIK tidak ditemukan 3, Nama berbeda 2)".
        package var text: String {
            let detail = DukcapilMismatch.allCases.compactMap { reason in reasons[reason].map { "\(reason.label) \($0)" } }
            return "\(matched) padan, \(notMatched) tidak padan" + (detail.isEmpty ? "" : " (" + detail.joined(separator: ", ") + ")")
        }
    }

    /// Proposals waiting for matching.
    package static func waitingCount(in db: Connection) throws -> Int {
        try db.scalar(Int.self, "SELECT count(*) FROM dtks_proposals WHERE status = 'pemadanan'")
    }

    static let memberColumns = """
        p.id, p.version, p.area_code, m.id, m.nik, m.name, m.birth_date, m.sex, d.name_key, d.birth_date, d.sex
        FROM dtks_proposals AS p
        LEFT JOIN persons AS m ON m.household_id = p.household_id AND m.status = 'hidup'
        LEFT JOIN dukcapil_records AS d ON d.nik = m.nik
        """

    /// Matches every waiting proposal as `actor`; `progress(done, total, db)` runs inside the
    /// transaction every thousand proposals. Throws when no extract is loaded.
    ///
    /// The writes go through prepared statements with fixed SQL, and the moves through the
    /// engine's batch path (one event per proposal, one audit row per thousand), so 100,000
    /// proposals take seconds rather than minutes.
    package static func matchAll(
        pool: DatabasePool, clock: Clock, by actor: Actor, progress: (Int, Int, Connection) throws -> Void = { _, _, _ in }
    ) throws -> Summary {
        let engine = WorkflowEngine(ProposalWorkflow.definition)
        return try pool.write { db in
            guard try DukcapilStore.latestLoad(in: db) != nil else {
                throw ProposalError.invalid(field: "", message: "Data Dukcapil belum dimuat.")
            }
            let (candidates, members) = try collect(
                "SELECT \(memberColumns) WHERE p.status = 'pemadanan' ORDER BY p.id, m.id", [], in: db)
            let now = clock.now
            let stamp = ISO8601Timestamp.format(now)
            try db.execute(
                "DELETE FROM dtks_proposal_checks WHERE proposal_id IN (SELECT id FROM dtks_proposals WHERE status = 'pemadanan')")
            let insertCheck = try db.prepare(
                "INSERT INTO dtks_proposal_checks (proposal_id, person_id, nik, name, result, reasons, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            let update = try db.prepare(
                """
                UPDATE dtks_proposals SET status = ?1, status_since = ?2, updated_at = ?2, version = version + 1,
                    match_result = ?3, match_reasons = ?4, matched_at = ?2,
                    return_reason = CASE WHEN ?3 = 'padan' THEN return_reason ELSE 'Tidak padan Dukcapil: ' || ?4 END
                WHERE id = ?5 AND version = ?6
                """)
            var summary = Summary()
            var matched: [WorkflowEngine.BatchItem] = []
            var notMatched: [WorkflowEngine.BatchItem] = []
            for (index, candidate) in candidates.enumerated() {
                let list = members[candidate.id] ?? []
                let (padan, reasons) = try writeChecks(candidate.id, members: list, insert: insertCheck, stamp: stamp)
                let state = padan ? ProposalState.finalisation : .returned
                try update.execute([state.rawValue, stamp, padan ? "padan" : "tidak_padan", reasons, candidate.id, candidate.version])
                guard db.changes == 1 else { throw ProposalError.stale }
                let item = WorkflowEngine.BatchItem(
                    itemID: candidate.id, from: ProposalState.matching.rawValue, areaCode: candidate.areaCode, note: reasons)
                if padan {
                    matched.append(item)
                    summary.matched += 1
                } else {
                    notMatched.append(item)
                    summary.notMatched += 1
                    for member in list { for reason in member.result.reasons { summary.reasons[reason, default: 0] += 1 } }
                }
                if (index + 1) % 1_000 == 0 { try progress(index + 1, candidates.count, db) }
            }
            try engine.applyBatch(ProposalWorkflow.Move.matched.rawValue, items: matched, by: actor, in: db, at: now)
            try engine.applyBatch(ProposalWorkflow.Move.notMatched.rawValue, items: notMatched, by: actor, in: db, at: now)
            try progress(candidates.count, candidates.count, db)
            return summary
        }
    }

    /// The living members of the given proposals' households with their extract rows.
    static func members(of ids: [Int64], in db: Connection) throws -> [Int64: [Member]] {
        var all: [Int64: [Member]] = [:]
        for id in ids { all.merge(try collect("SELECT \(memberColumns) WHERE p.id = ? ORDER BY m.id", [id], in: db).1) { $1 } }
        return all
    }

    private static func collect(
        _ sql: String, _ arguments: StatementArguments, in db: Connection
    ) throws -> ([Candidate], [Int64: [Member]]) {
        var candidates: [Candidate] = []
        var members: [Int64: [Member]] = [:]
        try db.forEach(sql, arguments) { row in
            let id: Int64 = try row.get(0)
            if candidates.last?.id != id {
                candidates.append(Candidate(id: id, version: try row.get(1), areaCode: try row.get(2)))
            }
            guard !row[3].isNull else { return }
            let member = Member(
                personID: try row.get(3), nik: try row.get(4), name: try row.get(5), birthDate: try row.get(6),
                sex: try row.get(7), recordNameKey: row[8].isNull ? nil : try row.get(8),
                recordBirthDate: row[9].isNull ? nil : try row.get(9), recordSex: row[10].isNull ? nil : try row.get(10))
            members[id, default: []].append(member)
        }
        return (candidates, members)
    }

    /// Writes the per-member results of one proposal and moves it; true when padan.
    static func record(
        _ candidate: Candidate, members: [Member], engine: WorkflowEngine, by actor: Actor, in db: Connection, at now: Date
    ) throws -> Bool {
        let stamp = ISO8601Timestamp.format(now)
        try db.execute("DELETE FROM dtks_proposal_checks WHERE proposal_id = ?", [candidate.id])
        let insert = try db.prepare(
            "INSERT INTO dtks_proposal_checks (proposal_id, person_id, nik, name, result, reasons, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        let (padan, reasons) = try writeChecks(candidate.id, members: members, insert: insert, stamp: stamp)
        var fields: [(String, (any DatabaseValueConvertible)?)] = [
            ("match_result", padan ? "padan" : "tidak_padan"), ("match_reasons", reasons), ("matched_at", stamp),
        ]
        if !padan { fields.append(("return_reason", "Tidak padan Dukcapil: " + reasons)) }
        let proposal = ProposalRef(id: candidate.id, version: candidate.version, areaCode: candidate.areaCode)
        try ProposalMoves.apply(
            padan ? .matched : .notMatched, to: proposal, state: .matching, note: padan ? nil : reasons, fields: fields,
            engine: engine, by: actor, in: db, at: now)
        return padan
    }

    /// Inserts one result row per member; returns whether all are padan, and the reasons text.
    private static func writeChecks(_ id: Int64, members: [Member], insert: Statement, stamp: String) throws -> (Bool, String) {
        var problems: [String] = []
        for member in members {
            let result = member.result
            try insert.execute([
                id, member.personID, member.nik, member.name, result.isPadan ? "padan" : "tidak_padan",
                result.reasons.map(\.rawValue).joined(separator: ","), stamp,
            ])
            if !result.isPadan {
                problems.append("\(member.name) (\(IdentityNumberText.masked(member.nik))): " + result.reasons.map(\.label).joined(separator: ", "))
            }
        }
        if members.isEmpty { problems.append("Keluarga tanpa anggota yang hidup.") }
        return (problems.isEmpty, problems.joined(separator: "; "))
    }
}
