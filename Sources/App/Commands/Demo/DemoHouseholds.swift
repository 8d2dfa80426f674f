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
        Family(area: "34.02.01.2001", dusun: "Kauman", rt: "003", rw: "001", address: "Jl. Melati 5", members: [
            Member(name: "Sugeng Riyadi", sex: .male, born: "1978-08-19", relationship: .head, marital: .married, education: .primary, occupation: "Buruh tani", jkn: .none),
            Member(name: "Wartini", sex: .female, born: "1982-02-07", relationship: .wife, marital: .married, education: .primary, occupation: "Buruh tani", jkn: .none),
            Member(name: "Rizky Pratama", sex: .male, born: "2011-11-03", relationship: .child, marital: .single, education: .primary, occupation: "Pelajar", jkn: .none),
        ]),
        Family(area: "34.02.01.2001", dusun: "Ngentak", rt: "006", rw: "002", address: "Dusun Ngentak RT 006", members: [
            Member(name: "Sarjiyem", sex: .female, born: "1955-12-24", relationship: .head, marital: .widowed, education: .none, occupation: "Pedagang sayur", jkn: .none),
        ]),
        Family(area: "34.02.01.2001", dusun: "Kauman", rt: "001", rw: "001", address: "Jl. Kenari 9", members: [
            Member(name: "Darmanto", sex: .male, born: "1984-05-30", relationship: .head, marital: .married, education: .seniorSecondary, occupation: "Tukang kayu", jkn: .pbpu),
            Member(name: "Yuliani", sex: .female, born: "1987-09-12", relationship: .wife, marital: .married, education: .juniorSecondary, occupation: "Mengurus rumah tangga", jkn: .pbpu),
            Member(name: "Nabila Putri", sex: .female, born: "2015-04-16", relationship: .child, marital: .single, education: .primaryUnfinished, occupation: "Pelajar", jkn: .pbpu),
        ]),
        Family(area: "34.02.01.2002", dusun: "Gunturgeni", rt: "002", rw: "001", address: "Jl. Kamboja 2", members: [
            Member(name: "Slamet Widodo", sex: .male, born: "1969-06-06", relationship: .head, marital: .married, education: .primary, occupation: "Buruh bangunan", jkn: .none),
            Member(name: "Tumini", sex: .female, born: "1972-03-28", relationship: .wife, marital: .married, education: .primary, occupation: "Buruh tani", jkn: .none),
        ]),
        Family(area: "34.02.01.2002", dusun: "Celep", rt: "004", rw: "002", address: "Dusun Celep RT 004", members: [
            Member(name: "Heru Prasetyo", sex: .male, born: "1988-10-01", relationship: .head, marital: .married, education: .seniorSecondary, occupation: "Pengemudi ojek", jkn: .none),
            Member(name: "Lestari Handayani", sex: .female, born: "1991-07-21", relationship: .wife, marital: .married, education: .seniorSecondary, occupation: "Mengurus rumah tangga", jkn: .none),
            Member(name: "Galih Saputro", sex: .male, born: "2018-01-09", relationship: .child, marital: .single, education: .none, occupation: "Belum bekerja", jkn: .none),
        ]),
        Family(area: "34.02.03.2002", dusun: "Mancingan", rt: "002", rw: "001", address: "Jl. Parangtritis Km 27", members: [
            Member(name: "Mujiono", sex: .male, born: "1975-04-04", relationship: .head, marital: .married, education: .primary, occupation: "Nelayan", jkn: .none),
            Member(name: "Sri Rahayu", sex: .female, born: "1979-11-15", relationship: .wife, marital: .married, education: .juniorSecondary, occupation: "Pedagang", jkn: .none),
            Member(name: "Bagas Wicaksana", sex: .male, born: "2006-08-08", relationship: .child, marital: .single, education: .seniorSecondary, occupation: "Buruh harian lepas", jkn: .none),
        ]),
        Family(area: "34.02.03.2002", dusun: "Grogol", rt: "005", rw: "003", address: "Dusun Grogol RT 005", members: [
            Member(name: "Kasiyem", sex: .female, born: "1950-02-14", relationship: .head, marital: .widowed, education: .none, occupation: "Tidak bekerja", jkn: .none),
        ]),
        Family(area: "34.02.03.2002", dusun: "Mancingan", rt: "003", rw: "001", address: "Jl. Samas 14", members: [
            Member(name: "Wagiman", sex: .male, born: "1980-12-02", relationship: .head, marital: .married, education: .juniorSecondary, occupation: "Petani penggarap", jkn: .pbpu),
            Member(name: "Suyatmi", sex: .female, born: "1983-06-25", relationship: .wife, marital: .married, education: .primary, occupation: "Buruh tani", jkn: .pbpu),
        ]),
    ]

    /// One recorded family: the household and its members, head first.
    struct Recorded {
        let household: Household
        let members: [Person]
    }

    /// Records every family through the registry service, in the order of `families`.
    static func seed(with service: RegistryService, by actor: Actor) throws -> [Recorded] {
        var serial = 101
        var recorded: [Recorded] = []
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
            let created = try service.createHousehold(household, head: head, by: actor, scope: .everywhere)
            var members = [created.head]
            for member in inputs.dropFirst() {
                members.append(try service.addMember(to: created.household.id, member, by: actor, scope: .everywhere))
            }
            recorded.append(Recorded(household: created.household, members: members))
        }
        return recorded
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
