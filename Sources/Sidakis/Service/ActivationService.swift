package import Core
import Database
import Documents
import Foundation

/// SOP steps 4 and 5: the approved proposals go into an activation batch with its BNBA files,
/// and BPJS's answers come back by file or by hand.
package struct ActivationService: Sendable {
    package let proposals: ProposalService

    package init(proposals: ProposalService) {
        self.proposals = proposals
    }

    var pool: DatabasePool { proposals.pool }

    /// The columns of a result file, matched on their header without case, spaces or `_`.
    enum ResultColumn {
        static let nik = ["nik"]
        static let result = ["hasil", "status", "statushasil"]
        static let kis = ["nomorkis", "nokis", "kis", "nomorkartu"]
        static let reason = ["alasan", "keterangan", "catatan"]
    }

    /// Puts every approved proposal into a new batch: the BNBA files are rendered with the
    /// configured columns and stored with the batch, and each proposal moves to proses_aktivasi.
    package func createBatch(by actor: Actor, user: CurrentUser) throws -> ActivationBatch {
        let timeZone = proposals.settings.current.timeZone
        return try pool.write { db in
            let approved = try ProposalStore.all(ProposalFilter(status: .approved), scope: user.scope, in: db)
            guard !approved.isEmpty else {
                throw ProposalError.notAllowed("Belum ada usulan yang disetujui untuk diekspor.")
            }
            let settings = try SidakisSettings.load(in: db)
            let now = proposals.clock.now
            let number = try NumberingService.next(
                series: ProposalService.batchSeries, format: settings.batchNumberFormat, code: "", unit: "", in: db, at: now,
                timeZone: timeZone)
            let rows = try approved.map { try BNBARow($0, timeZone: timeZone, in: db) }
            let files = try BNBARow.files(rows, columns: settings.bnbaColumns, created: now, timeZone: timeZone)
            let batchID = try BatchStore.insert(
                number: number.text, by: actor.userID, name: user.fullName, count: approved.count,
                columns: settings.bnbaColumns, csv: files.csv, xlsx: files.xlsx, at: now, in: db)
            for proposal in approved {
                let event = try proposals.engine.apply(
                    SidakisWorkflow.Move.activate, itemID: proposal.id, from: proposal.status.rawValue,
                    areaCode: proposal.areaCode, by: actor, note: number.text, in: db, at: now)
                try proposals.save(
                    proposal, to: ProposalStatus(rawValue: event.to) ?? .activating,
                    changes: ProposalStore.MoveChanges(batchID: batchID), at: now, in: db)
            }
            var changes = AuditChanges()
            changes.set("number", to: number.text)
            changes.set("proposals", to: String(approved.count))
            changes.set("columns", to: settings.bnbaColumns.map(\.rawValue).joined(separator: ","))
            try AuditLog.record(
                AuditEntry(action: "sidakis.batch.buat", entity: "sidakis_batch", entityID: String(batchID), changes: changes),
                by: actor, in: db, at: now)
            guard let batch = try BatchStore.find(batchID, in: db) else { throw ProposalError.notFound }
            return batch
        }
    }

    /// Reads a CSV or XLSX result file and records its rows (`importResults(_:source:batchID:by:)`).
    package func importResults(
        _ bytes: [UInt8], fileName: String, batchID: Int64, by actor: Actor
    ) throws -> ResultImportReport {
        try importResults(try Self.rows(bytes, fileName: fileName), source: fileName, batchID: batchID, by: actor)
    }

    /// Records each valid row for the batch's proposals in one transaction; rows with problems
    /// are reported and left out. `source` (a file name, or the API) goes into the audit row.
    package func importResults(
        _ rows: [ResultRow], source: String, batchID: Int64, by actor: Actor
    ) throws -> ResultImportReport {
        try pool.write { db in
            guard try BatchStore.find(batchID, in: db) != nil else { throw ProposalError.notFound }
            var report = ResultImportReport()
            var seen: Set<String> = []
            for row in rows {
                let nik = row.nik.trimmingCharacters(in: .whitespaces)
                func refuse(_ text: String) {
                    report.lines.append(.init(line: row.line, nik: nik, outcome: text, applied: false))
                }
                guard !seen.contains(nik) else { refuse(ResultImportReport.Problem.duplicate); continue }
                seen.insert(nik)
                let candidates = try db.query(
                    Proposal.self, "SELECT \(Proposal.columns) FROM sidakis_proposals AS p WHERE p.nik = ? ORDER BY p.id DESC",
                    [nik])
                guard !candidates.isEmpty else { refuse(ResultImportReport.Problem.unknownNIK); continue }
                guard let proposal = candidates.first(where: { $0.batchID == batchID }) else {
                    refuse(ResultImportReport.Problem.notInBatch); continue
                }
                guard let result = ActivationResult(text: row.result) else {
                    refuse(ResultImportReport.Problem.unknownResult); continue
                }
                let kis = row.kisNumber
                let reason = row.reason
                if result == .succeeded, KISNumber.parse(kis) == nil { refuse(ResultImportReport.Problem.invalidKIS); continue }
                if result != .succeeded, reason.trimmingCharacters(in: .whitespaces).count < 3 {
                    refuse(ResultImportReport.Problem.reasonMissing); continue
                }
                guard proposal.status == .activating else { refuse(ResultImportReport.Problem.alreadyRecorded); continue }
                let saved = try proposals.recordResult(proposal, result, kisNumber: kis, reason: reason, by: actor, in: db)
                let text = saved.kisNumber.map { "\(result.label), KIS \($0)" } ?? "\(result.label): \(reason)"
                report.lines.append(.init(line: row.line, nik: nik, outcome: text, applied: true))
            }
            var changes = AuditChanges()
            changes.set("file", to: source)
            changes.set("applied", to: String(report.appliedCount))
            changes.set("refused", to: String(report.refusedCount))
            try AuditLog.record(
                AuditEntry(action: "sidakis.batch.impor-hasil", entity: "sidakis_batch", entityID: String(batchID), changes: changes),
                by: actor, in: db, at: proposals.clock.now)
            return report
        }
    }

    /// The rows of a result file, blank lines left out; a file without the NIK and Hasil
    /// columns is refused whole.
    static func rows(_ bytes: [UInt8], fileName: String) throws -> [ResultRow] {
        let records = try Self.records(bytes, fileName: fileName)
        guard let header = records.first else {
            throw ProposalError.invalid(["berkas": "Berkas kosong."])
        }
        let names = header.fields.map(Self.key)
        func index(_ candidates: [String]) -> Int? { names.firstIndex { candidates.contains($0) } }
        guard let nikColumn = index(ResultColumn.nik), let resultColumn = index(ResultColumn.result) else {
            throw ProposalError.invalid(["berkas": "Baris judul harus memuat kolom NIK dan Hasil (juga Nomor KIS dan Alasan)."])
        }
        let kisColumn = index(ResultColumn.kis)
        let reasonColumn = index(ResultColumn.reason)
        return records.dropFirst().compactMap { record in
            let nik = (record.field(nikColumn) ?? "").trimmingCharacters(in: .whitespaces)
            if nik.isEmpty, record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { return nil }
            return ResultRow(
                line: record.line, nik: nik, result: record.field(resultColumn) ?? "",
                kisNumber: kisColumn.flatMap { record.field($0) } ?? "", reason: reasonColumn.flatMap { record.field($0) } ?? "")
        }
    }

    /// The file's records (`TableFile`: XLSX by content, otherwise CSV with the delimiter detected).
    static func records(_ bytes: [UInt8], fileName: String) throws -> [CSVRecord] {
        do {
            return try TableFile.records(bytes)
        } catch {
            throw ProposalError.invalid(["berkas": "Berkas tidak dapat dibaca: \(error.message)"])
        }
    }

    static func key(_ header: String) -> String {
        header.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}
