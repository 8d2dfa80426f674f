import Foundation
import Testing
@testable import Database

struct ISO8601TimestampTests {
    @Test(arguments: [
        (1_795_525_500.0, "2026-11-24T13:05:00Z"),
        (1_709_251_199.0, "2024-02-29T23:59:59Z"),
        (-1.0, "1969-12-31T23:59:59Z"),
        (-2_208_988_800.0, "1900-01-01T00:00:00Z"),
        (951_868_800.0, "2000-03-01T00:00:00Z"),
        (0.0, "1970-01-01T00:00:00Z"),
    ])
    func formatsAndParsesUTC(seconds: Double, text: String) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(ISO8601Timestamp.format(date) == text)
        #expect(ISO8601Timestamp.parse(text) == date)
    }

    @Test func dropsFractionsTowardsThePast() {
        #expect(ISO8601Timestamp.format(Date(timeIntervalSince1970: 1_795_525_500.999)) == "2026-11-24T13:05:00Z")
        #expect(ISO8601Timestamp.format(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59Z")
    }

    @Test(arguments: [
        ("2026-11-24 13:05:00", 1_795_525_500.0),
        ("2026-11-24T13:05:00", 1_795_525_500.0),
        ("2026-11-24T13:05:00.250Z", 1_795_525_500.25),
        ("2026-11-24T20:05:00+07:00", 1_795_525_500.0),
        ("2026-11-24T12:05:00-01:00", 1_795_525_500.0),
    ])
    func acceptsSQLiteAndOffsetForms(text: String, seconds: Double) {
        #expect(ISO8601Timestamp.parse(text) == Date(timeIntervalSince1970: seconds))
    }

    @Test(arguments: [
        "", "2026-11-24", "2026-11-24T13:05", "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z",
        "2026-04-31T00:00:00Z", "2026-11-24T24:00:00Z", "2026-11-24T13:60:00Z", "2026-11-24T13:05:60Z",
        "2026-11-24T13:05:00ZZ", "2026-11-24T13:05:00.Z", "2026-11-24T13:05:00+0700", "26-11-24T13:05:00Z",
        "2026/11/24T13:05:00Z", "２０２６-11-24T13:05:00Z", " 2026-11-24T13:05:00Z",
    ])
    func rejectsMalformedText(text: String) {
        #expect(ISO8601Timestamp.parse(text) == nil)
    }

    @Test func acceptsLeapDayOnlyInLeapYears() {
        #expect(ISO8601Timestamp.parse("2000-02-29T00:00:00Z") != nil)
        #expect(ISO8601Timestamp.parse("1900-02-29T00:00:00Z") == nil)
    }

    @Test func roundTripsEverySecondOfAYearSample() {
        for step in stride(from: 1_704_067_200, to: 1_735_689_600, by: 86_413) {
            let date = Date(timeIntervalSince1970: Double(step))
            #expect(ISO8601Timestamp.parse(ISO8601Timestamp.format(date)) == date)
        }
    }

    @Test func agreesWithFoundationFormatter() {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        for seconds in stride(from: -3_000_000_000, to: 4_000_000_000, by: 123_456_789) {
            let date = Date(timeIntervalSince1970: Double(seconds))
            #expect(ISO8601Timestamp.format(date) == formatter.string(from: date))
        }
    }
}
