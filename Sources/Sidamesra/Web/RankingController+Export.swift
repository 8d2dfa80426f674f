import Core
import Database
import Documents
import Foundation
import HTTPServer
import Web

extension RankingController {
    /// What an export needs once the request is checked and the export audited.
    struct ExportPlan {
        let choices: RankingChoices
        let user: CurrentUser
        let areaCount: Int
        let fullNumbers: Bool

        /// `peringkat-34.02.01.2001-2026-11-24.csv`
        func filename(_ ext: String, on day: CalendarDate) -> String {
            "peringkat-\(choices.filter.area.code ?? "kabupaten")-\(day.iso).\(ext)"
        }
    }

    /// Resolves the filter like the page and writes the audit row (`peringkat.ekspor`: the
    /// filter, the format and the row count at the start of the export).
    func planExport(_ request: Request, _ context: RequestContext, format: String) throws -> ExportPlan {
        let user = try context.signedInUser()
        let query = try request.queryParameters()
        let words = pages.settings.current
        let (choices, areaCount, total) = try pool.read { db in
            let choices = try RankingChoices(query: query, user: user, words: words, in: db)
            let areaCount = try RankingStore.areaCount(choices.filter, scope: user.scope, in: db)
            let total = choices.filter.isWholeArea
                ? areaCount : try RankingStore.count(choices.filter, scope: user.scope, in: db)
            return (choices, areaCount, total)
        }
        let fullNumbers = user.may(Action.viewFullNIK)
        var changes = AuditChanges()
        changes.set("format", to: format)
        changes.set("wilayah", to: choices.filter.area.code ?? "kabupaten")
        changes.set("kategori", to: choices.filter.bandName)
        changes.set("jawaban", to: choices.filter.optionID.map { String($0) })
        changes.set("baris", to: String(total))
        changes.set("nomor_lengkap", to: fullNumbers ? "ya" : "tidak")
        let actor = Actor.user(user, address: request.remoteAddress, requestID: context.requestID)
        let entry = AuditEntry(
            action: "peringkat.ekspor", entity: "peringkat", areaCode: choices.filter.area.code ?? "", changes: changes)
        _ = try pool.write { db in try AuditLog.record(entry, by: actor, in: db, at: clock.now) }
        return ExportPlan(choices: choices, user: user, areaCount: areaCount, fullNumbers: fullNumbers)
    }

    func exportCSV(_ request: Request, _ context: RequestContext) throws -> Response {
        let plan = try planExport(request, context, format: "csv")
        let semicolon = try request.queryParameters()[RankingExport.separatorParameter] == RankingExport.semicolonValue
        let source = RankingRowSource(
            pool: pool, filter: plan.choices.filter, scope: plan.user.scope, areaCount: plan.areaCount)
        var writer = CSVWriter(delimiter: semicolon ? .semicolon : .comma, byteOrderMark: true)
        writer.write(RankingExport.columns.map(\.title))
        var finished = false
        let day = CalendarDate(clock.now, timeZone: pages.settings.current.timeZone)
        return .download(filename: plan.filename("csv", on: day), contentType: "text/csv; charset=utf-8") {
            guard !finished else { return nil }
            for _ in 0..<RankingExport.csvRowsPerPiece {
                guard let row = try source.next() else {
                    finished = true
                    break
                }
                writer.write(RankingExport.fields(row, fullNumbers: plan.fullNumbers))
            }
            let bytes = writer.takeBytes()
            return bytes.isEmpty && finished ? nil : bytes
        }
    }

    func exportXLSX(_ request: Request, _ context: RequestContext) throws -> Response {
        let plan = try planExport(request, context, format: "xlsx")
        let source = RankingRowSource(
            pool: pool, filter: plan.choices.filter, scope: plan.user.scope, areaCount: plan.areaCount)
        let settings = pages.settings.current
        let now = clock.now
        let producer = XLSXChunkProducer(
            sheetName: "Peringkat", columns: RankingExport.columns, options: XLSXSheetOptions(freezesHeader: true),
            timeZone: TimeZone(identifier: settings.timeZone) ?? .current, created: now
        ) {
            try source.next().map { RankingExport.cells($0, fullNumbers: plan.fullNumbers) }
        }
        return .download(
            filename: plan.filename("xlsx", on: CalendarDate(now, timeZone: settings.timeZone)),
            contentType: XLSXWriter.contentType
        ) {
            try producer.nextChunk()
        }
    }
}
