/// A Nomor Induk Kependudukan: `PPKKCC DDMMYY NNNN` (DOMAIN.md "NIK and No KK"): the region of
/// first issue, the birth date with day + 40 for women, and a serial that is never `0000`.
/// There is no check digit.
package struct NIK: Sendable, Hashable, CustomStringConvertible {
    /// The 16 digits.
    package let digits: String
    /// `PPKKCC`: province, kabupaten/kota and kecamatan where the NIK was first issued.
    package let regionCode: String
    /// `DD` as written: 1–31 for men, 41–71 for women.
    package let encodedDay: Int
    package let month: Int
    /// `YY`: the century is not in the NIK.
    package let twoDigitYear: Int
    /// `NNNN`.
    package let serial: String

    /// Parses and checks the shape and the meaning of the digits, not yet against a person.
    package static func parse(_ text: String) throws(NIKProblem) -> NIK {
        let digits = IdentityNumberText.normalized(text)
        guard !digits.isEmpty else { throw .empty }
        guard digits.allSatisfy(\.isASCIIDigit) else { throw .notDigits }
        guard digits.count == IdentityNumberText.length else { throw .wrongLength(digits.count) }
        let bytes = Array(digits.utf8).map { Int($0) - 48 }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + bytes[$1] } }
        let chars = Array(digits)
        guard IdentityNumberText.isPlausibleProvince(Substring(String(chars[0..<2]))),
            number(2..<4) != 0, number(4..<6) != 0
        else { throw .unknownRegion }
        let nik = NIK(
            digits: digits, regionCode: String(chars[0..<6]), encodedDay: number(6..<8), month: number(8..<10),
            twoDigitYear: number(10..<12), serial: String(chars[12..<16]))
        guard nik.isPossibleDate else { throw .impossibleDate }
        guard nik.serial != "0000" else { throw .serialZero }
        return nik
    }

    /// Parses `text` and checks it against the recorded sex and birth date; nil when it agrees.
    package static func problem(_ text: String, sex: Sex, birthDate: CalendarDate) -> NIKProblem? {
        do {
            return try parse(text).problem(sex: sex, birthDate: birthDate)
        } catch {
            return error
        }
    }

    /// The sex the day part marks: day + 40 for women.
    package var sex: Sex { encodedDay > 40 ? .female : .male }

    /// The day of the month, with the 40 for women taken off.
    package var dayOfMonth: Int { encodedDay > 40 ? encodedDay - 40 : encodedDay }

    /// The birth date in the NIK with the century of `recorded`, or nil when no century makes
    /// `YY` the recorded year (DOMAIN.md: choose the century that fits the recorded birth date).
    package func birthDate(fitting recorded: CalendarDate) -> CalendarDate? {
        guard recorded.year % 100 == twoDigitYear else { return nil }
        return CalendarDate(year: recorded.year, month: month, day: dayOfMonth)
    }

    /// Why this NIK does not fit a person of `sex` born on `birthDate`, or nil.
    package func problem(sex recordedSex: Sex, birthDate recorded: CalendarDate) -> NIKProblem? {
        if birthDate(fitting: recorded) != recorded {
            return .birthDateMismatch(encoded: String(format: "%02d-%02d-%02d", dayOfMonth, month, twoDigitYear))
        }
        if sex != recordedSex { return .sexMismatch(encoded: sex) }
        return nil
    }

    /// `3402••••••••0001`, for lists and for roles that do not need the full number.
    package var masked: String { IdentityNumberText.masked(digits) }

    package var description: String { masked }

    /// True when DDMMYY names a day in 19YY or 20YY (29 February needs a leap year).
    private var isPossibleDate: Bool {
        guard (1...31).contains(encodedDay) || (41...71).contains(encodedDay) else { return false }
        return [1900, 2000].contains { CalendarDate(year: $0 + twoDigitYear, month: month, day: dayOfMonth) != nil }
    }
}
