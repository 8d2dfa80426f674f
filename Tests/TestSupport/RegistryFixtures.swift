package import Core
package import Registry

/// Invented households and persons for tests: NIKs and No KKs built to follow the rules, so a
/// test states only what it is about.
package enum RegistryFixtures {
    /// Poncosari and Trimurti (Kapanewon Srandakan) and Parangtritis (Kapanewon Kretek).
    package static let poncosari = "34.02.01.2001"
    package static let trimurti = "34.02.01.2002"
    package static let parangtritis = "34.02.03.2002"

    /// A NIK that fits a person of `sex` born on `born` (`YYYY-MM-DD`): region, day (+ 40 for
    /// women), month, two-digit year, serial.
    package static func nik(born: String, sex: Sex, serial: Int, region: String = "340201") -> String {
        let parts = born.split(separator: "-").map { Int($0) ?? 0 }
        let day = parts[2] + (sex == .female ? 40 : 0)
        return region + two(day) + two(parts[1]) + two(parts[0] % 100) + four(serial)
    }

    /// A well-formed No KK from region `340201` with `serial` at the end.
    package static func noKK(_ serial: Int, region: String = "340201") -> String {
        region + "000000" + four(serial)
    }

    /// The card and address of a household in `area`.
    package static func household(_ noKK: String, area: String = poncosari, dusun: String = "Kauman") -> HouseholdInput {
        HouseholdInput(noKK: noKK, areaCode: area, dusun: dusun, rt: "003", rw: "001", address: "Jl. Mawar 7")
    }

    /// A person whose NIK (unless given) fits sex and birth date.
    package static func person(
        _ name: String, sex: Sex = .male, born: String = "1980-05-15", serial: Int, nik: String? = nil,
        relationship: Relationship = .head
    ) -> PersonInput {
        PersonInput(
            nik: nik ?? Self.nik(born: born, sex: sex, serial: serial), name: name, sex: sex, birthPlace: "Bantul",
            birthDate: born, relationship: relationship, motherName: "Ibu \(name)")
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private static func four(_ value: Int) -> String { String(String(10000 + value % 10000).dropFirst()) }
}
