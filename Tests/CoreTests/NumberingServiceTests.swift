import Core
import Database
import Foundation
import Testing

/// Numbers come from one gap-free sequence per series and year, formatted by the series' template.
@Suite struct NumberingServiceTests {
    @Test(arguments: [
        ("400.9/{seq:3}/Dinsos/{month_roman}/{year}", 7, "400.9/007/Dinsos/XI/2026"),
        ("PBI/{year}/{seq:6}", 42, "PBI/2026/000042"),
        ("{unit}-{code}-{seq}-{month}", 1234, "SLRT-SKTM-1234-11"),
        ("B/{seq:2}", 123, "B/123"),
    ])
    func formatsFillTheirTokens(format: String, sequence: Int, expected: String) throws {
        try NumberFormat.validate(format)
        let values = NumberFormat.Values(sequence: sequence, year: 2026, month: 11, code: "SKTM", unit: "SLRT")
        #expect(NumberFormat.render(format, values) == expected)
    }

    @Test(arguments: [
        ("400.9/{nomor}/{year}", NumberFormatError.unknownToken("nomor")),
        ("{seq:3/{year}", .unknownToken("seq:3/{year")),
        ("{seq}/{year", .unclosedToken),
        ("400.9/Dinsos/{year}", .missingSequence),
        ("{seq:0}", .unknownToken("seq:0")),
    ])
    func badFormatsAreRefused(format: String, error: NumberFormatError) {
        #expect(throws: error) { try NumberFormat.validate(format) }
    }

    @Test(arguments: [(1, "I"), (4, "IV"), (9, "IX"), (11, "XI"), (12, "XII")])
    func romanMonths(month: Int, text: String) {
        #expect(RomanNumeral.text(month) == text)
    }

    @Test func sequencesCountPerSeriesAndYearAndRestartInANewYear() throws {
        let fixture = try WorkflowFixture()
        let november = WorkflowFixture.monday(9)
        let newYear = try #require(ISO8601Timestamp.parse("2026-12-31T17:30:00Z"))  // 1 January 2027 00.30 WIB
        let texts = try fixture.pool.write { db in
            [
                try NumberingService.next(series: "a", format: "A/{seq:3}/{year}", in: db, at: november, timeZone: "Asia/Jakarta").text,
                try NumberingService.next(series: "a", format: "A/{seq:3}/{year}", in: db, at: november, timeZone: "Asia/Jakarta").text,
                try NumberingService.next(series: "b", format: "B/{seq}", in: db, at: november, timeZone: "Asia/Jakarta").text,
                try NumberingService.next(series: "a", format: "A/{seq:3}/{year}", in: db, at: newYear, timeZone: "Asia/Jakarta").text,
            ]
        }
        #expect(texts == ["A/001/2026", "A/002/2026", "B/1", "A/001/2027"])
    }

    @Test func aRolledBackChangeGivesItsNumberBack() throws {
        let fixture = try WorkflowFixture()
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try fixture.pool.write { db in
                _ = try NumberingService.next(series: "a", format: "{seq}", in: db, at: WorkflowFixture.monday(9), timeZone: "Asia/Jakarta")
                throw Refused()
            }
        }
        let next = try fixture.pool.write {
            try NumberingService.next(series: "a", format: "{seq}", in: $0, at: WorkflowFixture.monday(9), timeZone: "Asia/Jakarta")
        }
        #expect(next.sequence == 1)
    }

    @Test func fiftyConcurrentIssuesGetFiftyDistinctGapFreeNumbers() async throws {
        let fixture = try WorkflowFixture()
        let pool = fixture.pool
        let numbers = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    try pool.write {
                        try NumberingService.next(series: "surat", format: "{seq}", in: $0, at: WorkflowFixture.monday(9), timeZone: "Asia/Jakarta").sequence
                    }
                }
            }
            var all: [Int] = []
            for try await number in group { all.append(number) }
            return all
        }
        #expect(numbers.sorted() == Array(1...50))
    }
}
