import Core
import Registry

/// The demo households `dinsos seed --demo` records in the demo operators' kalurahan. Names,
/// NIKs and No KKs are invented; the NIKs follow the rules (region of the kapanewon, birth date
/// with + 40 for women, a serial that is never 0000).
enum DemoHouseholds {
    struct Member {
        let name: String
        let sex: Sex
        let born: String
        let relationship: Relationship
        let marital: MaritalStatus
        let education: Education
        let occupation: String
        let jkn: JKNSegment
    }

    struct Family {
        let area: String
        let dusun: String
        let rt: String
        let rw: String
        let address: String
        let members: [Member]
    }

    static let families: [Family] = [
        Family(area: "34.02.01.2001", dusun: "Kauman", rt: "002", rw: "001", address: "Jl. Mawar 12", members: [
            Member(name: "Suparman Hadi", sex: .male, born: "1971-03-14", relationship: .head, marital: .married, education: .primary, occupation: "Petani", jkn: .pbiAPBN),
            Member(name: "Sulastri", sex: .female, born: "1975-09-02", relationship: .wife, marital: .married, education: .juniorSecondary, occupation: "Mengurus rumah tangga", jkn: .pbiAPBN),
            Member(name: "Dwi Cahyono", sex: .male, born: "2004-12-21", relationship: .child, marital: .single, education: .seniorSecondary, occupation: "Buruh harian lepas", jkn: .pbiAPBN),
            Member(name: "Ayu Lestari", sex: .female, born: "2012-02-29", relationship: .child, marital: .single, education: .primaryUnfinished, occupation: "Pelajar", jkn: .pbiAPBN),
        ]),
        Family(area: "34.02.01.2001", dusun: "Ngentak", rt: "005", rw: "002", address: "Jl. Srandakan Km 3", members: [
            Member(name: "Painem Wiryo", sex: .female, born: "1948-06-30", relationship: .head, marital: .widowed, education: .none, occupation: "Tidak bekerja", jkn: .pbiAPBD),
        ]),
        Family(area: "34.02.01.2002", dusun: "Gunturgeni", rt: "001", rw: "001", address: "Jl. Kenanga 4", members: [
            Member(name: "Bayu Saputra", sex: .male, born: "1990-01-08", relationship: .head, marital: .married, education: .diploma, occupation: "Pedagang", jkn: .pbpu),
            Member(name: "Rina Oktaviani", sex: .female, born: "1993-10-17", relationship: .wife, marital: .married, education: .seniorSecondary, occupation: "Penjahit", jkn: .pbpu),
            Member(name: "Kirana Putri", sex: .female, born: "2019-05-05", relationship: .child, marital: .single, education: .none, occupation: "Belum bekerja", jkn: .pbpu),
        ]),
        Family(area: "34.02.03.2002", dusun: "Grogol", rt: "004", rw: "003", address: "Jl. Pantai 21", members: [
            Member(name: "Tukiran Sastro", sex: .male, born: "1965-07-11", relationship: .head, marital: .married, education: .primary, occupation: "Nelayan", jkn: .none),
            Member(name: "Ngatini", sex: .female, born: "1968-04-23", relationship: .wife, marital: .married, education: .primary, occupation: "Pedagang", jkn: .none),
            Member(name: "Sukijo", sex: .male, born: "1940-01-01", relationship: .parent, marital: .widowed, education: .none, occupation: "Tidak bekerja", jkn: .pbiAPBN),
        ]),
    ]

    /// Records every family through the registry service; returns how many households it made.
    static func seed(with service: RegistryService) throws -> Int {
        var serial = 101
        for (index, family) in families.enumerated() {
            let region = String(family.area.filter(\.isNumber).prefix(6))
            let noKK = region + "091100" + String(String(10000 + 1001 + index).dropFirst())
            var inputs: [PersonInput] = []
            for member in family.members {
                inputs.append(PersonInput(
                    nik: nik(region: region, born: member.born, sex: member.sex, serial: serial), name: member.name,
                    sex: member.sex, birthPlace: "Bantul", birthDate: member.born, relationship: member.relationship,
                    maritalStatus: member.marital, religion: .islam, education: member.education,
                    occupation: member.occupation, motherName: "", disability: Disability.none, chronicIllness: "",
                    jknSegment: member.jkn))
                serial += 1
            }
            guard let head = inputs.first else { continue }
            let household = HouseholdInput(
                noKK: noKK, areaCode: family.area, dusun: family.dusun, rt: family.rt, rw: family.rw, address: family.address)
            let created = try service.createHousehold(household, head: head, by: .cli, scope: .everywhere)
            for member in inputs.dropFirst() {
                _ = try service.addMember(to: created.household.id, member, by: .cli, scope: .everywhere)
            }
        }
        return families.count
    }

    /// `PPKKCC` + day (+ 40 for women) + month + two-digit year + serial.
    static func nik(region: String, born: String, sex: Sex, serial: Int) -> String {
        let parts = born.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return "" }
        let day = parts[2] + (sex == .female ? 40 : 0)
        func two(_ value: Int) -> String { String(String(100 + value % 100).dropFirst()) }
        return region + two(day) + two(parts[1]) + two(parts[0]) + String(String(10000 + serial).dropFirst())
    }
}
