package import Foundation

/// SLA figures of one workflow: the standard of each step (the admin's setting, else the SOP's
/// default), working time spent, and what is overdue, all computed from the event rows.
package struct WorkflowSLA: Sendable {
    package let definition: WorkflowDefinition
    package let calendar: WorkingCalendar
    private let overrides: [String: Int]

    package init(_ definition: WorkflowDefinition, settings: Settings) {
        self.definition = definition
        self.calendar = WorkingCalendar(settings: settings)
        self.overrides = settings.standardMinutes
    }

    /// The settings key of a step's standard (`sidakis.menunggu_verifikasi`).
    package static func settingKey(kind: String, state: String) -> String { "\(kind).\(state)" }

    /// The standard of `state` in working minutes, nil where the clock does not run.
    package func standardMinutes(of state: String) -> Int? {
        guard let step = definition.step(state), !step.isFinal else { return nil }
        return overrides[Self.settingKey(kind: definition.kind, state: state)] ?? step.standardMinutes
    }

    package func workingMinutes(from start: Date, to end: Date) -> Int {
        calendar.workingMinutes(from: start, to: end)
    }

    /// True when an item that entered `state` at `since` is past the standard at `now`.
    package func isOverdue(state: String, since: Date, now: Date) -> Bool {
        guard let standard = standardMinutes(of: state) else { return false }
        return workingMinutes(from: since, to: now) > standard
    }

    /// Every stay of one item, from its events (oldest first), the last one measured up to `now`.
    package func timings(_ events: [WorkflowEvent], now: Date) -> [StepTiming] {
        var stays: [StepTiming] = []
        for (index, event) in events.enumerated() {
            let next = index + 1 < events.count ? events[index + 1] : nil
            let end = next?.at ?? now
            let isFinal = definition.step(event.to)?.isFinal ?? false
            stays.append(
                StepTiming(
                    state: event.to, label: definition.label(of: event.to), enteredAt: event.at, leftAt: next?.at,
                    leftBy: next?.username ?? "", leftThrough: next?.transition ?? "",
                    workingMinutes: isFinal && next == nil ? 0 : workingMinutes(from: event.at, to: end),
                    standardMinutes: standardMinutes(of: event.to)))
        }
        return stays
    }

    /// Share within the standard and median working time per measured step, over the stays that
    /// ended in `[start, end)`. `events` are the events of the items concerned, grouped by item in
    /// id order (`WorkflowHistory.eventsOfItemsActive`).
    package func statistics(_ events: [WorkflowEvent], endedFrom start: Date, to end: Date) -> [StepStatistics] {
        var durations: [String: [Int]] = [:]
        var index = events.startIndex
        while index < events.endIndex {
            let item = events[index].itemID
            var last = index
            while last + 1 < events.endIndex && events[last + 1].itemID == item { last += 1 }
            for stay in timings(Array(events[index...last]), now: end) {
                guard let left = stay.leftAt, left >= start, left < end, stay.standardMinutes != nil else { continue }
                durations[stay.state, default: []].append(stay.workingMinutes)
            }
            index = last + 1
        }
        return definition.steps.compactMap { step in
            guard let standard = standardMinutes(of: step.state) else { return nil }
            let values = (durations[step.state] ?? []).sorted()
            return StepStatistics(
                state: step.state, label: step.label, standardMinutes: standard, count: values.count,
                withinStandard: values.filter { $0 <= standard }.count,
                medianMinutes: values.isEmpty ? nil : Self.median(values))
        }
    }

    private static func median(_ sorted: [Int]) -> Int {
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
