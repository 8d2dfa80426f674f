package import Core
package import Database
import Documents
import Foundation

/// The Ministry's answer for uploaded proposals: an ID DTKS (registered) or a refusal, entered by
/// hand for one proposal or imported from a result file (`NIK` or `No KK`, `ID DTKS`, `status`).
/// Rows that find no proposal waiting for its ID are reported, never guessed.
package struct ProposalResults: Sendable {
    package let pool: DatabasePool
    package let clock: Clock
    /// The deployment's time zone: the day a registration starts.
    package let timeZone: String
    let engine = WorkflowEngine(ProposalWorkflow.definition)

    package init(pool: DatabasePool, clock: Clock, timeZone: String = "Asia/Jakarta") {
        self.pool = pool
        self.clock = clock
        self.timeZone = timeZone
    }

    /// Manual entry of the ID DTKS of proposal `id` (waiting for it, inside `scope`).
    package func enter(_ id: Int64, idDTKS: String, version: Int, by actor: Actor, scope: AreaScope) throws {
        let idDTKS = idDTKS.trimmingCharacters(in: .whitespaces)
        guard !idDTKS.isEmpty else { throw ProposalError.invalid(field: "id_dtks", message: "Isi ID DTKS.") }
        try pool.write { db in
            guard let proposal = try ProposalStore.find(id, scope: scope, in: db) else { throw ProposalError.notFound }
            guard proposal.version == version else { throw ProposalError.stale }
            try register(proposal, idDTKS: idDTKS, status: "terdaftar", by: actor, in: db, at: clock.now)
        }
    }

    /// What a result file import found.
    package struct Report: Sendable, Equatable {
        /// A row that changed nothing: its line and why.
        package struct Unmatched: Sendable, Equatable {
            package let row: Int
            package let identifier: String
            package let message: String
        }

        package var registered = 0
        package var refused = 0
        package var unmatched: [Unmatched] = []
    }

    /// Statuses read as "registered"; an empty status with an ID DTKS counts as registered too.
    static let registeredWords: Set<String> = ["terdaftar", "ditetapkan", "berhasil", "sukses", "aktif", "padan"]

    /// Imports a result file (CSV or XLSX bytes) in one transaction.
    package func importFile(_ bytes: [UInt8], by actor: Actor) throws -> Report {
        let records = try ProposalResultFile.records(bytes)
        guard let header = records.first.map(CSVHeader.init) else {
            throw ProposalError.invalid(field: "berkas", message: "Berkas kosong.")
        }
        let nikColumn = ["nik"].compactMap(header.index(of:)).first
        let kkColumn = ["no_kk", "no kk", "nokk", "nkk"].compactMap(header.index(of:)).first
        let idColumn = ["id_dtks", "id dtks", "iddtks", "id"].compactMap(header.index(of:)).first
        let statusColumn = ["status", "keterangan"].compactMap(header.index(of:)).first
        guard nikColumn != nil || kkColumn != nil, let idColumn else {
            throw ProposalError.invalid(field: "berkas", message: "Berkas harus punya kolom nik atau no_kk, dan id_dtks.")
        }
        return try pool.write { db in
            let now = clock.now
            var report = Report()
            for record in records.dropFirst() where !record.isBlank {
                let nik = nikColumn.flatMap { record.field($0) }.map(DukcapilImportRow.identityNumber) ?? ""
                let noKK = kkColumn.flatMap { record.field($0) }.map(DukcapilImportRow.identityNumber) ?? ""
                let idDTKS = (record.field(idColumn) ?? "").trimmingCharacters(in: .whitespaces)
                let status = statusColumn.flatMap { record.field($0) }?.trimmingCharacters(in: .whitespaces) ?? ""
                let shown = IdentityNumberText.masked(nik.isEmpty ? noKK : nik)
                func skip(_ message: String) { report.unmatched.append(.init(row: record.line, identifier: shown, message: message)) }
                guard !nik.isEmpty || !noKK.isEmpty else { skip("NIK dan No KK kosong."); continue }
                guard let proposal = try waitingProposal(nik: nik, noKK: noKK, in: db) else {
                    skip("Tidak ada usulan yang menunggu ID DTKS untuk \(nik.isEmpty ? "No KK" : "NIK") ini.")
                    continue
                }
                let registered = status.isEmpty || Self.registeredWords.contains(status.lowercased())
                if registered {
                    guard !idDTKS.isEmpty else { skip("ID DTKS kosong."); continue }
                    try register(proposal, idDTKS: idDTKS, status: status.isEmpty ? "terdaftar" : status, by: actor, in: db, at: now)
                    report.registered += 1
                } else {
                    let note = "Ditolak Kemensos: \(status)"
                    try ProposalMoves.apply(
                        .refusedByMinistry, to: proposal, note: note,
                        fields: [("result_status", status), ("result_at", ISO8601Timestamp.format(now)), ("return_reason", note)],
                        engine: engine, by: actor, in: db, at: now)
                    report.refused += 1
                }
            }
            return report
        }
    }

    /// The proposal waiting for its ID whose household holds `nik` (as a member) or `noKK`.
    func waitingProposal(nik: String, noKK: String, in db: Connection) throws -> Proposal? {
        let sql = """
            SELECT \(ProposalStore.columns) FROM dtks_proposals AS p JOIN households AS h ON h.id = p.household_id
            WHERE p.status = 'menunggu_id'
              AND (h.no_kk = ?1 OR EXISTS (SELECT 1 FROM persons AS m WHERE m.household_id = h.id AND m.nik = ?2))
            ORDER BY p.id LIMIT 1
            """
        return try db.queryOne(sql, [noKK.isEmpty ? nil : noKK, nik.isEmpty ? nil : nik]).map(ProposalStore.decode)
    }

    private func register(_ proposal: Proposal, idDTKS: String, status: String, by actor: Actor, in db: Connection, at now: Date) throws {
        try ProposalMoves.apply(
            .register, to: proposal, note: "ID DTKS \(idDTKS)",
            fields: [("id_dtks", idDTKS), ("result_status", status), ("result_at", ISO8601Timestamp.format(now))],
            engine: engine, by: actor, in: db, at: now)
        try ProposalMembership.register(proposal, idDTKS: idDTKS, timeZone: timeZone, by: actor, in: db, at: now)
    }
}
