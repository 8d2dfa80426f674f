import Core

/// Hands out valid, unique NIKs and No KKs (DOMAIN.md "NIK and No KK"): the six region digits of
/// the household's kecamatan, `DDMMYY` (the birth date with + 40 for women, or for a No KK the
/// day the card was issued) and a serial counted up from 0001 per region and day, so two numbers
/// can never be equal and the serial is never 0000.
struct SyntheticIdentityNumbers {
    private var nikSerials: [Int: Int] = [:]
    private var kkSerials: [Int: Int] = [:]

    /// Nil only when a region and day ran out of its 9,999 serials.
    mutating func nik(region: String, regionIndex: Int, sex: Sex, born: SyntheticDay) -> String? {
        let encodedDay = sex == .female ? born.day + 40 : born.day
        guard let serial = Self.next(&nikSerials, regionIndex: regionIndex, encodedDay, born.month, born.year) else {
            return nil
        }
        return Self.compose(region, encodedDay, born.month, born.year, serial)
    }

    /// A No KK issued on `issued`.
    mutating func noKK(region: String, regionIndex: Int, issued: SyntheticDay) -> String? {
        guard let serial = Self.next(&kkSerials, regionIndex: regionIndex, issued.day, issued.month, issued.year) else {
            return nil
        }
        return Self.compose(region, issued.day, issued.month, issued.year, serial)
    }

    private static func next(_ serials: inout [Int: Int], regionIndex: Int, _ day: Int, _ month: Int, _ year: Int) -> Int? {
        // Keyed by the two-digit year: 1925 and 2025 write the same digits.
        let key = ((regionIndex * 100 + day) * 100 + month) * 100 + year % 100
        let serial = serials[key, default: 0] + 1
        guard serial <= 9999 else { return nil }
        serials[key] = serial
        return serial
    }

    private static func compose(_ region: String, _ day: Int, _ month: Int, _ year: Int, _ serial: Int) -> String {
        let serialText = serial < 10 ? "000\(serial)" : (serial < 100 ? "00\(serial)" : (serial < 1000 ? "0\(serial)" : "\(serial)"))
        return region + SyntheticDay.twoDigits(day) + SyntheticDay.twoDigits(month)
            + SyntheticDay.twoDigits(year % 100) + serialText
    }
}
