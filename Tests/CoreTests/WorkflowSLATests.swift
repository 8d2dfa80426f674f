import Core
import Foundation
import Testing

/// Standard times count working time only: office hours on working days, holidays skipped.
@Suite struct WorkflowSLATests {
    static func settings(holidays: [Holiday] = [], standards: [String: Int] = [:]) -> Settings {
        var settings = Settings()
        settings.holidays = holidays
        settings.standardMinutes = standards
        return settings
    }

    @Test(arguments: [
        // start (Monday = day 0, hour, minute), end, expected working minutes
        ((0, 9, 0), (0, 9, 10), 10),
        ((0, 6, 0), (0, 9, 0), 60),  // before opening counts from 08.00
        ((0, 15, 30), (0, 20, 0), 30),  // after closing stops at 16.00
        ((4, 15, 30), (7, 8, 30), 60),  // Friday 15.30 → next Monday 08.30 skips the weekend
        ((0, 8, 0), (1, 8, 0), 480),  // one working day
        ((5, 10, 0), (6, 12, 0), 0),  // a weekend
        ((0, 10, 0), (0, 9, 0), 0),  // end before start
    ])
    func workingMinutes(start: (Int, Int, Int), end: (Int, Int, Int), expected: Int) {
        let calendar = WorkingCalendar(settings: Self.settings())
        let from = WorkflowFixture.monday(start.1, start.2, plusDays: start.0)
        let to = WorkflowFixture.monday(end.1, end.2, plusDays: end.0)
        #expect(calendar.workingMinutes(from: from, to: to) == expected)
    }

    @Test func holidaysAreSkipped() throws {
        let tuesday = try #require(CalendarDate(iso: "2026-11-24"))
        let calendar = WorkingCalendar(settings: Self.settings(holidays: [Holiday(day: tuesday, name: "Libur uji")]))
        let minutes = calendar.workingMinutes(from: WorkflowFixture.monday(15), to: WorkflowFixture.monday(9, plusDays: 2))
        #expect(minutes == 60 + 60)
    }

    @Test func theTimeZoneMovesOfficeHours() {
        var settings = Self.settings()
        settings.timeZone = "Asia/Makassar"  // WITA: 08.00 WITA is 07.00 WIB
        let calendar = WorkingCalendar(settings: settings)
        #expect(calendar.workingMinutes(from: WorkflowFixture.monday(7), to: WorkflowFixture.monday(8)) == 60)
    }

    @Test func aScriptedTimelineGivesEachStaysFigures() {
        let sla = WorkflowSLA(WorkflowFixture.definition, settings: Self.settings())
        func event(_ id: Int64, _ from: String?, _ to: String, _ at: Date) -> WorkflowEvent {
            WorkflowEvent(id: id, workflow: "uji", itemID: 1, from: from, to: to, transition: "t", userID: nil, username: "u", note: "", at: at)
        }
        let events = [
            event(1, nil, "diajukan", WorkflowFixture.monday(9)),
            event(2, "diajukan", "terverifikasi", WorkflowFixture.monday(9, 25)),
            event(3, "terverifikasi", "disetujui", WorkflowFixture.monday(10, plusDays: 1)),
        ]
        let stays = sla.timings(events, now: WorkflowFixture.monday(12, plusDays: 3))
        #expect(stays.map(\.workingMinutes) == [25, 395 + 120, 0])
        #expect(stays.map(\.isOverdue) == [true, true, false])
        #expect(stays[0].leftAt == events[1].at)
        #expect(stays[2].leftAt == nil)
        #expect(sla.isOverdue(state: "diajukan", since: WorkflowFixture.monday(9), now: WorkflowFixture.monday(9, 10)) == false)
        #expect(sla.isOverdue(state: "diajukan", since: WorkflowFixture.monday(9), now: WorkflowFixture.monday(9, 11)))
        #expect(sla.isOverdue(state: "dikembalikan", since: WorkflowFixture.monday(9), now: WorkflowFixture.monday(9, plusDays: 30)) == false)
    }

    @Test func theAdminsStandardOverridesTheSOPDefault() {
        let sla = WorkflowSLA(WorkflowFixture.definition, settings: Self.settings(standards: ["uji.diajukan": 30]))
        #expect(sla.standardMinutes(of: "diajukan") == 30)
        #expect(sla.standardMinutes(of: "terverifikasi") == 480)
        #expect(sla.standardMinutes(of: "disetujui") == nil)
        #expect(sla.isOverdue(state: "diajukan", since: WorkflowFixture.monday(9), now: WorkflowFixture.monday(9, 25)) == false)
    }

    @Test func statisticsCountStaysEndedInThePeriod() {
        let sla = WorkflowSLA(WorkflowFixture.definition, settings: Self.settings())
        var events: [WorkflowEvent] = []
        var id: Int64 = 0
        for (item, minutes) in [(1, 5), (2, 8), (3, 20), (4, 40)] {
            id += 1
            events.append(WorkflowEvent(id: id, workflow: "uji", itemID: Int64(item), from: nil, to: "diajukan", transition: "buat", userID: nil, username: "", note: "", at: WorkflowFixture.monday(9)))
            id += 1
            events.append(WorkflowEvent(id: id, workflow: "uji", itemID: Int64(item), from: "diajukan", to: "terverifikasi", transition: "verifikasi", userID: nil, username: "", note: "", at: WorkflowFixture.monday(9, minutes)))
        }
        let figures = sla.statistics(events, endedFrom: WorkflowFixture.monday(0), to: WorkflowFixture.monday(0, plusDays: 1))
        let verification = figures.first { $0.state == "diajukan" }
        #expect(verification?.count == 4)
        #expect(verification?.withinStandard == 2)
        #expect(verification?.percentWithin == 50)
        #expect(verification?.medianMinutes == 14)
        #expect(figures.first { $0.state == "terverifikasi" }?.count == 0)
    }

    @Test(arguments: [(0, "0 menit"), (45, "45 menit"), (65, "1 jam 5 menit"), (480, "1 hari"), (1_500, "3 hari 1 jam")])
    func durationsReadAsWorkingTime(minutes: Int, text: String) {
        #expect(WorkingDuration.text(minutes) == text)
    }
}

extension WorkflowSLATests {
    @Test(arguments: [
        ((0, 10, 0), 30, (0, 9, 30)),
        ((0, 9, 0), 120, (-3, 15, 0)),  // Monday 09.00 minus 2 h: the Friday before, 15.00
        ((0, 20, 0), 60, (0, 15, 0)),  // after closing counts back from 16.00
        ((0, 10, 0), 0, (0, 10, 0)),
    ])
    func theOverdueThresholdWalksBackInWorkingTime(end: (Int, Int, Int), minutes: Int, expected: (Int, Int, Int)) {
        let calendar = WorkingCalendar(settings: Self.settings())
        let now = WorkflowFixture.monday(end.1, end.2, plusDays: end.0)
        let threshold = calendar.instant(workingMinutes: minutes, before: now)
        #expect(threshold == WorkflowFixture.monday(expected.1, expected.2, plusDays: expected.0))
        #expect(calendar.workingMinutes(from: threshold, to: now) == minutes)
    }

    @Test func queuesCountTheEnginesItemsInsideTheScope() throws {
        let fixture = try WorkflowFixture()
        let engine = WorkflowEngine(WorkflowFixture.definition)
        try fixture.pool.write { db in
            for (id, area) in [(1, "34.02.01.2001"), (2, "34.02.01.2001"), (3, "34.02.02.2001")] {
                try engine.start(itemID: Int64(id), state: "diajukan", areaCode: area, by: .cli, in: db, at: WorkflowFixture.monday(9))
            }
            try engine.apply("verifikasi", itemID: 2, from: "diajukan", areaCode: "34.02.01.2001", by: .cli, in: db, at: WorkflowFixture.monday(10))
        }
        try fixture.pool.read { db in
            #expect(try WorkflowQueues.counts(workflow: "uji", scope: .everywhere, in: db) == ["diajukan": 2, "terverifikasi": 1])
            #expect(try WorkflowQueues.counts(workflow: "uji", scope: .areas(["34.02.01"]), in: db) == ["diajukan": 1, "terverifikasi": 1])
            let old = try WorkflowQueues.oldest(
                workflow: "uji", state: "diajukan", enteredBefore: WorkflowFixture.monday(9, 30), scope: .everywhere, limit: 10, in: db)
            #expect(old.map(\.itemID) == [1, 3])
        }
    }
}
