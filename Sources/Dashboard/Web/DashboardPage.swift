import Core
import Database
import Foundation

/// Reads everything `/dasbor` shows for one user in one read transaction.
enum DashboardPage {
    static func read(
        scope: AreaScope, settings: Settings, now: Date, sources: DashboardSources, in db: Connection
    ) throws -> DashboardView {
        let calendar = WorkingCalendar(settings: settings)
        let sections = try sources.workflows.map {
            try WorkflowSection.read($0, scope: scope, settings: settings, now: now, in: db)
        }
        let areaNames = try names(of: Set(sections.flatMap { $0.overdue.map(\.areaCode) }), in: db)
        let workflows = sections.map { section in
            DashboardView.Workflow(
                id: "alur-" + section.kind, label: section.label, pending: IndonesianFormat.number(section.pending),
                queues: section.queues.map { queue in
                    DashboardView.Queue(
                        label: queue.label, count: IndonesianFormat.number(queue.count), link: queue.link,
                        isFinal: queue.isFinal,
                        standard: queue.standardMinutes.map {
                            WorkingDuration.text($0, minutesPerDay: calendar.minutesPerDay)
                        } ?? "")
                },
                overdue: section.overdue.map { item in
                    DashboardView.Overdue(
                        itemID: item.itemID, step: item.stepLabel, area: areaNames[item.areaCode] ?? item.areaCode,
                        since: IndonesianFormat.dateTime(item.since, timeZone: settings.timeZone),
                        waited: WorkingDuration.text(item.workingMinutes, minutesPerDay: calendar.minutesPerDay),
                        standard: WorkingDuration.text(item.standardMinutes, minutesPerDay: calendar.minutesPerDay),
                        link: item.link)
                },
                sla: DashboardView.Panel(section.slaPanel(minutesPerDay: calendar.minutesPerDay), isNested: true))
        }
        var panels = [
            try PBIPanel.panel(
                scope: scope, settings: settings, sidakis: sections.first { $0.kind == PBIPanel.proposalKind }, in: db)
        ]
        panels += try SidamesraPanels.panels(scope: scope, settings: settings, now: now, in: db)
        let extra = try sources.panels.flatMap { try $0.panels(scope: scope, now: now, settings: settings, in: db) }
        return DashboardView(
            scopeNote: try scopeNote(scope, settings: settings, in: db),
            asOf: IndonesianFormat.dateTime(now, timeZone: settings.timeZone),
            workflows: workflows, panels: panels.map { DashboardView.Panel($0) },
            extraPanels: extra.map { DashboardView.Panel($0) })
    }

    private static func names(of codes: Set<String>, in db: Connection) throws -> [String: String] {
        guard !codes.isEmpty else { return [:] }
        var names: [String: String] = [:]
        for area in try AreaStore.areas(Array(codes), in: db) { names[area.code] = area.name }
        return names
    }

    private static func scopeNote(_ scope: AreaScope, settings: Settings, in db: Connection) throws -> String {
        guard case .areas(let codes) = scope else { return "Seluruh wilayah kerja dinas." }
        let areas = try AreaStore.areas(codes, in: db)
        guard !areas.isEmpty else { return "Wilayah kerja Anda belum diatur." }
        return "Wilayah kerja Anda: " + areas.map { "\(settings.word(for: $0.level)) \($0.name)" }.joined(separator: ", ") + "."
    }
}
