import Core
import Testing

/// The NIK rules of DOMAIN.md "NIK and No KK": `PPKKCC DDMMYY NNNN`, day + 40 for women,
/// impossible dates and the `0000` serial refused, the century taken from the recorded birth date.
@Suite struct NIKTests {
    static func date(_ text: String) -> CalendarDate {
        guard let date = CalendarDate(iso: text) else { preconditionFailure("bad test date \(text)") }
        return date
    }

    @Test func aMansNIKDecodesRegionBirthDateAndSerial() throws {
        let nik = try NIK.parse("3402011505800001")
        #expect(nik.regionCode == "340201")
        #expect(nik.dayOfMonth == 15)
        #expect(nik.month == 5)
        #expect(nik.twoDigitYear == 80)
        #expect(nik.serial == "0001")
        #expect(nik.sex == .male)
        #expect(nik.problem(sex: .male, birthDate: Self.date("1980-05-15")) == nil)
    }

    @Test func aWomansDayHasFortyAdded() throws {
        let nik = try NIK.parse("3402015505800001")
        #expect(nik.sex == .female)
        #expect(nik.dayOfMonth == 15)
        #expect(nik.problem(sex: .female, birthDate: Self.date("1980-05-15")) == nil)
        #expect(NIK.problem("3402017112900002", sex: .female, birthDate: Self.date("1990-12-31")) == nil)
        #expect(NIK.problem("3402014101900002", sex: .female, birthDate: Self.date("1990-01-01")) == nil)
    }

    @Test func spacesDotsAndDashesBetweenGroupsAreIgnored() throws {
        #expect(try NIK.parse(" 340201 150580 0001 ").digits == "3402011505800001")
        #expect(try NIK.parse("3402.0115.0580-0001").digits == "3402011505800001")
    }

    @Test(arguments: [
        ("3402012902960003", "1996-02-29", Sex.male),
        ("3402016902000004", "2000-02-29", Sex.female),
        ("3402012902040005", "2004-02-29", Sex.male),
    ])
    func the29thOfFebruaryIsAcceptedInALeapYear(nik: String, birth: String, sex: Sex) {
        #expect(NIK.problem(nik, sex: sex, birthDate: Self.date(birth)) == nil)
    }

    @Test(arguments: ["3402012902970003", "3402016902010004", "3402012902990005"])
    func the29thOfFebruaryIsImpossibleInOtherYears(nik: String) {
        #expect(throws: NIKProblem.impossibleDate) { try NIK.parse(nik) }
    }

    @Test(arguments: [
        "3402013102800001",  // 31 February
        "3402010005800001",  // day 0
        "3402011513800001",  // month 13
        "3402011500800001",  // month 0
        "3402013205800001",  // day 32
        "3402014005800001",  // day 40: neither a man's nor a woman's day
        "3402017205800001",  // day 72 (31 + 41)
        "3402017104800001",  // a woman's 31 April
    ])
    func impossibleDatesAreRefused(nik: String) {
        #expect(throws: NIKProblem.impossibleDate) { try NIK.parse(nik) }
    }

    @Test func theSerial0000IsRefused() {
        #expect(throws: NIKProblem.serialZero) { try NIK.parse("3402011505800000") }
    }

    @Test(arguments: [("340201150580001", 15), ("34020115058000012", 17), ("3402", 4)])
    func aWrongLengthIsRefused(nik: String, count: Int) {
        #expect(throws: NIKProblem.wrongLength(count)) { try NIK.parse(nik) }
    }

    @Test(arguments: ["34020115058O0001", "3402011505800001x", "٣٤٠٢٠١١٥٠٥٨٠٠٠٠١", "3402011505+00001"])
    func anythingButDigitsIsRefused(nik: String) {
        #expect(throws: NIKProblem.notDigits) { try NIK.parse(nik) }
    }

    @Test func anEmptyNIKIsRefused() {
        #expect(throws: NIKProblem.empty) { try NIK.parse("  ") }
    }

    @Test(arguments: ["0902011505800001", "1002011505800001", "3400011505800001", "3402001505800001"])
    func anUnknownRegionIsRefused(nik: String) {
        #expect(throws: NIKProblem.unknownRegion) { try NIK.parse(nik) }
    }

    @Test func theCenturyIsTheOneThatFitsTheRecordedBirthDate() throws {
        let nik = try NIK.parse("3402011505050001")
        #expect(nik.birthDate(fitting: Self.date("2005-05-15")) == Self.date("2005-05-15"))
        #expect(nik.birthDate(fitting: Self.date("1905-05-15")) == Self.date("1905-05-15"))
        #expect(nik.birthDate(fitting: Self.date("1995-05-15")) == nil)
        #expect(nik.problem(sex: .male, birthDate: Self.date("1905-05-15")) == nil)
    }

    @Test(arguments: ["1980-05-16", "1980-06-15", "1981-05-15", "2080-05-16"])
    func aBirthDateOtherThanTheNIKsIsAMismatch(birth: String) {
        #expect(
            NIK.problem("3402011505800001", sex: .male, birthDate: Self.date(birth))
                == .birthDateMismatch(encoded: "15-05-80"))
    }

    @Test func theRecordedSexMustMatchTheDay() {
        #expect(
            NIK.problem("3402015505800001", sex: .male, birthDate: Self.date("1980-05-15")) == .sexMismatch(encoded: .female))
        #expect(
            NIK.problem("3402011505800001", sex: .female, birthDate: Self.date("1980-05-15")) == .sexMismatch(encoded: .male))
    }

    @Test func everyProblemHasAnIndonesianMessageAndOnlyMeaningMayBeOverridden() {
        let problems: [NIKProblem] = [
            .empty, .wrongLength(3), .notDigits, .unknownRegion, .impossibleDate, .serialZero,
            .birthDateMismatch(encoded: "15-05-80"), .sexMismatch(encoded: .female),
        ]
        for problem in problems { #expect(problem.message.contains("NIK"), "\(problem)") }
        #expect(problems.filter(\.isOverridable) == [
            .unknownRegion, .impossibleDate, .serialZero, .birthDateMismatch(encoded: "15-05-80"),
            .sexMismatch(encoded: .female),
        ])
    }

    @Test func anOverrideNeedsAWrittenReasonOfTenCharacters() {
        #expect(IdentityOverride.reasonProblem("") != nil)
        #expect(IdentityOverride.reasonProblem("  lama    ") != nil)
        #expect(IdentityOverride.reasonProblem("123456789") != nil)
        #expect(IdentityOverride.reasonProblem("NIK lama dari KTP 2009") == nil)
        #expect(IdentityOverride.reasonProblem("0123456789") == nil)
    }

    @Test func masksShowTheFirstAndLastFourDigits() throws {
        #expect(try NIK.parse("3402011505800001").masked == "3402••••••••0001")
        #expect(IdentityNumberText.masked("3402011234560001") == "3402••••••••0001")
        #expect(IdentityNumberText.masked("1234") == "••••")
        #expect(IdentityNumberText.masked("") == "")
        #expect(try NIK.parse("3402011505800001").description == "3402••••••••0001", "printing never leaks the NIK")
    }
}
