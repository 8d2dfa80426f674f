import Core
import Testing

/// No KK: 16 digits starting with a region code; nothing else is decoded.
@Suite struct NoKKTests {
    @Test func aWellFormedNumberIsAccepted() throws {
        let number = try NoKK.parse("3402 0112 3456 0001")
        #expect(number.digits == "3402011234560001")
        #expect(number.regionCode == "340201")
        #expect(number.masked == "3402••••••••0001")
        #expect(NoKK.problem("3402010000000000") == nil, "nothing after the region is decoded")
    }

    @Test(arguments: [
        ("", NoKKProblem.empty), ("340201123456000", .wrongLength(15)), ("34020112345600012", .wrongLength(17)),
        ("3402011234S60001", .notDigits), ("0902011234560001", .unknownRegion), ("1002011234560001", .unknownRegion),
    ])
    func malformedNumbersAreRefused(text: String, problem: NoKKProblem) {
        #expect(NoKK.problem(text) == problem)
        #expect(!problem.message.isEmpty)
    }

    @Test func onlyTheRegionRuleMayBeOverridden() {
        #expect(NoKKProblem.unknownRegion.isOverridable)
        #expect(!NoKKProblem.wrongLength(3).isOverridable)
        #expect(!NoKKProblem.notDigits.isOverridable)
    }
}

/// Calendar days: leap years and impossible days.
@Suite struct CalendarDateTests {
    @Test func leapYearsFollowTheGregorianRule() {
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
    }

    @Test(arguments: ["2023-02-31", "2023-13-01", "2023-00-10", "2023-01-00", "23-01-01", "2023-1-01", "2023/01/01", ""])
    func impossibleOrMalformedDaysAreNil(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func agesCountWholeYears() throws {
        let birth = try #require(CalendarDate(iso: "1980-05-15"))
        #expect(birth.years(until: try #require(CalendarDate(iso: "2026-05-14"))) == 45)
        #expect(birth.years(until: try #require(CalendarDate(iso: "2026-05-15"))) == 46)
        #expect(birth.indonesian == "15 Mei 1980")
    }
}
