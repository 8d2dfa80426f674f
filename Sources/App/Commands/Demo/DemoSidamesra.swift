import Core
import Foundation
import Registry
import Sidamesra

/// SIDAMESRA in the demo: ten of the twelve demo households assessed by their operator or the
/// pendamping against the active indicator set during the first weeks, with answers chosen per
/// household so their totals fall in every category; two households wait for their first visit.
struct DemoSidamesra {
    let office: DemoOffice
    let service: AssessmentService

    init(office: DemoOffice) {
        self.office = office
        service = AssessmentService(pool: office.pool, clock: office.clock, settings: office.settings)
    }

    /// Who assesses each household, when, and how well off it is (0 poorest … 1 best off).
    static let visits: [(head: String, by: String, week: Int, day: Int, hour: Int, level: Double)] = [
        ("Painem Wiryo", "op.poncosari", 0, 0, 10, 0.05),
        ("Suparman Hadi", "op.poncosari", 0, 1, 9, 0.3),
        ("Sarjiyem", "pendamping.srandakan", 0, 1, 11, 0.12),
        ("Bayu Saputra", "op.trimurti", 0, 2, 10, 0.8),
        ("Tukiran Sastro", "op.parangtritis", 0, 3, 9, 0.55),
        ("Sugeng Riyadi", "pendamping.srandakan", 1, 0, 13, 0.22),
        ("Darmanto", "op.poncosari", 1, 1, 10, 0.9),
        ("Slamet Widodo", "op.trimurti", 1, 3, 9, 0.35),
        ("Heru Prasetyo", "op.trimurti", 2, 0, 10, 0.45),
        ("Mujiono", "op.parangtritis", 2, 1, 14, 0.25),
    ]

    /// Plans every assessment on the timeline.
    func plan(on timeline: DemoTimeline) {
        for visit in Self.visits {
            timeline.at(week: visit.week, day: visit.day, visit.hour) {
                try assess(visit.head, by: visit.by, level: visit.level, on: timeline)
            }
        }
    }

    /// Answers every indicator of the active set near `level` of its options (by points), with a
    /// deterministic spread per household and indicator, and submits it as the form does.
    private func assess(_ head: String, by username: String, level: Double, on timeline: DemoTimeline) throws {
        guard let set = try office.pool.read({ try IndicatorSetStore.active(in: $0) }) else {
            throw CommandFailure("demo: no active SIDAMESRA indicator set")
        }
        let seed = head.unicodeScalars.reduce(0) { ($0 * 31 + Int($1.value)) % 1_000 }
        var answers: [String: Int64] = [:]
        for (index, indicator) in set.indicators.enumerated() {
            let options = indicator.options.sorted { ($0.points, $0.position) < ($1.points, $1.position) }
            guard !options.isEmpty else { continue }
            // The extremes answer alike everywhere (poorest, best off); the others vary by ±½ option.
            let spread = level <= 0.1 || level >= 0.9 ? 0 : Double((index * 7 + seed) % 10) / 10 - 0.45
            let chosen = Int((level * Double(options.count - 1) + spread).rounded())
            answers[indicator.code] = options[min(max(chosen, 0), options.count - 1)].id
        }
        _ = try service.submit(
            household: try office.household(headedBy: head).id, answers: answers, assessedOn: timeline.today,
            note: "Pendataan kunjungan rumah (data demo).", by: office.actor(username), scope: try office.user(username).scope)
    }
}
