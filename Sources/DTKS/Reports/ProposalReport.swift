package import Core
package import Database
import Foundation

/// The DTKS reports over the proposals made in a period, inside the reader's scope: the rekap
/// usulan per kalurahan and status, and the funnel proposed → layak → padan → finalised → ID DTKS.
package struct ProposalReport: Sendable, Equatable {
    /// One kalurahan's counts by current state.
    package struct AreaRow: Sendable, Equatable {
        package let areaCode: String
        package let areaName: String
        package let kecamatanName: String
        package var counts: [ProposalState: Int]
        package var total: Int { counts.values.reduce(0, +) }
    }

    /// The funnel's stages, each counting the proposals that reached it.
    package struct Funnel: Sendable, Equatable {
        package var proposed = 0
        package var eligible = 0
        package var matched = 0
        package var finalised = 0
        package var registered = 0

        package init(proposed: Int = 0, eligible: Int = 0, matched: Int = 0, finalised: Int = 0, registered: Int = 0) {
            self.proposed = proposed
            self.eligible = eligible
            self.matched = matched
            self.finalised = finalised
            self.registered = registered
        }
    }

    package var rows: [AreaRow]
    package var funnel: Funnel

    /// The totals per state over every row.
    package var totals: [ProposalState: Int] {
        rows.reduce(into: [:]) { totals, row in for (state, count) in row.counts { totals[state, default: 0] += count } }
    }

    /// The report of proposals created from the start of `from` to the end of `to` in `timeZone`.
    package static func load(
        from: CalendarDate, to: CalendarDate, timeZone: String, scope: AreaScope, in db: Connection
    ) throws -> ProposalReport {
        let start = ISO8601Timestamp.format(startOfDay(from, timeZone: timeZone))
        let end = ISO8601Timestamp.format(startOfDay(to, timeZone: timeZone).addingTimeInterval(86_400))
        let condition = "p.created_at >= ?1 AND p.created_at < ?2 AND \(AreaScope.sqlCondition(column: "p.area_code", parameter: 3))"
        var rows: [String: AreaRow] = [:]
        var order: [String] = []
        try db.forEach(
            """
            SELECT p.area_code, a.name, coalesce(k.name, ''), p.status, count(*)
            FROM dtks_proposals AS p JOIN areas AS a ON a.code = p.area_code LEFT JOIN areas AS k ON k.code = a.parent_code
            WHERE \(condition)
            GROUP BY p.area_code, p.status ORDER BY p.area_code
            """, [start, end, scope.sqlArgument]
        ) { row in
            let code: String = try row.get(0)
            if rows[code] == nil {
                order.append(code)
                rows[code] = AreaRow(areaCode: code, areaName: try row.get(1), kecamatanName: try row.get(2), counts: [:])
            }
            if let state = ProposalState(rawValue: try row.get(3)) { rows[code]?.counts[state] = try row.get(4) }
        }
        let funnelRow = try db.queryOne(
            """
            SELECT count(*),
                   coalesce(sum(p.assessment = 'layak'), 0),
                   coalesce(sum(p.match_result = 'padan'), 0),
                   coalesce(sum(p.status IN ('menunggu_id', 'terdaftar')
                                OR (p.batch_id IS NOT NULL AND p.status <> 'dikembalikan'
                                    AND (SELECT b.status FROM dtks_batches AS b WHERE b.id = p.batch_id) <> 'draf')), 0),
                   coalesce(sum(p.id_dtks IS NOT NULL), 0)
            FROM dtks_proposals AS p WHERE \(condition)
            """, [start, end, scope.sqlArgument])
        var funnel = Funnel()
        if let funnelRow {
            funnel = Funnel(
                proposed: try funnelRow.get(0), eligible: try funnelRow.get(1), matched: try funnelRow.get(2),
                finalised: try funnelRow.get(3), registered: try funnelRow.get(4))
        }
        return ProposalReport(rows: order.compactMap { rows[$0] }, funnel: funnel)
    }

    static func startOfDay(_ day: CalendarDate, timeZone: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .current
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? Date(timeIntervalSince1970: 0)
    }
}
