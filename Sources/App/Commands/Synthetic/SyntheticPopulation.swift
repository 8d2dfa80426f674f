import Core
import Registry

/// Makes one plausible Bantul household at a time: 1–7 members (mean about 3.1) with a head,
/// usually a spouse, children, and now and then a grandchild or an elderly parent; ages, names,
/// education, work, JKN and health follow the household's latent welfare and, when it is
/// assessed, the answers about its members (KES02 health, PDK01 head's education).
struct SyntheticPopulation {
    let today: SyntheticDay
    let answers: SyntheticAnswers
    /// Share of households that get an assessment.
    static let assessedShare = 0.9

    /// Household sizes 1…7; the mean is 3.10.
    static let sizes = WeightedChoice([(0.13, 1), (0.23, 2), (0.27, 3), (0.22, 4), (0.10, 5), (0.03, 6), (0.02, 7)])
    /// Bantul is about 95 % Muslim, with Catholic and Protestant minorities.
    static let religions = WeightedChoice<Religion>([
        (95.3, .islam), (2.4, .catholic), (1.9, .protestant), (0.2, .hindu), (0.1, .buddhist),
        (0.02, .confucian), (0.08, .belief),
    ])
    static let birthPlaces = WeightedChoice([
        (80.0, "Bantul"), (7, "Yogyakarta"), (4, "Sleman"), (3, "Gunungkidul"), (2, "Kulon Progo"), (2, "Klaten"),
        (1, "Purworejo"), (1, "Jakarta"),
    ])
    static let poorJKN = WeightedChoice<JKNSegment>([(65, .pbiAPBN), (15, .pbiAPBD), (15, .none), (5, .pbpu)])
    static let vulnerableJKN = WeightedChoice<JKNSegment>([
        (30, .pbiAPBN), (12, .pbiAPBD), (28, .pbpu), (10, .ppu), (20, .none),
    ])
    static let betterOffJKN = WeightedChoice<JKNSegment>([(40, .ppu), (38, .pbpu), (15, .none), (5, .pbiAPBN), (2, .other)])
    static let disabilities = WeightedChoice<Disability>([
        (45, .physical), (25, .sensory), (10, .intellectual), (12, .mental), (8, .multiple),
    ])
    static let illnesses = ["Hipertensi", "Diabetes melitus", "Penyakit jantung", "Asma", "TBC", "Stroke", "Gagal ginjal", "Rematik"]
    static let poorWork = ["Buruh tani", "Buruh harian lepas", "Petani", "Tidak bekerja", "Pedagang keliling", "Tukang batu"]
    static let middleWork = ["Petani", "Pedagang", "Wiraswasta", "Perajin", "Sopir", "Karyawan swasta", "Buruh pabrik", "Tukang kayu"]
    static let betterWork = ["Karyawan swasta", "PNS", "Guru", "Wiraswasta", "Pedagang", "Perawat", "TNI/Polri", "Dosen"]

    /// One household in `desa`; consumes `random` in a fixed order, so a seed gives the same data.
    func household(in desa: SyntheticArea, random: inout SyntheticRandom) -> SyntheticHousehold {
        let welfare = random.unit()
        let draw = random.chance(Self.assessedShare) ? answers.draw(welfare: welfare, random: &random) : nil
        let religion = random.draw(Self.religions)
        let jkn = welfare < 0.28 ? Self.poorJKN : (welfare < 0.63 ? Self.vulnerableJKN : Self.betterOffJKN)
        let dusunIndex = random.int(0...(desa.dusuns.count - 1))
        let context = Context(welfare: welfare, christian: religion == .catholic || religion == .protestant, jkn: jkn)
        var members = makeMembers(size: random.draw(Self.sizes), context: context, random: &random)
        if let headEducation = draw?.hints.headEducation {
            members[0].education = Self.education(points: headEducation, random: &random)
        }
        applyHealth(draw?.hints.health, to: &members, random: &random)
        let assessedOn = day(daysAgo: random.int(1...365))
        return SyntheticHousehold(
            desa: desa, dusun: desa.dusuns[dusunIndex], rt: Self.threeDigits(random.int(1...8)),
            rw: Self.threeDigits(dusunIndex + 1), address: SyntheticNames.street(random: &random) + " " + String(random.int(1...120)),
            religion: religion, members: members, assessment: draw, assessedOn: assessedOn)
    }

    struct Context {
        let welfare: Double
        let christian: Bool
        let jkn: WeightedChoice<JKNSegment>
    }

    private func makeMembers(size: Int, context: Context, random: inout SyntheticRandom) -> [SyntheticPerson] {
        if size == 1 {
            let elderly = random.chance(0.65 - 0.3 * context.welfare)
            let sex: Sex = elderly ? (random.chance(0.7) ? .female : .male) : (random.chance(0.55) ? .male : .female)
            let age = elderly ? random.int(60...92) : random.int(22...59)
            let marital: MaritalStatus = elderly ? .widowed : (random.chance(0.7) ? .single : .divorced)
            return [person(sex, age: age, .head, marital, context: context, random: &random)]
        }
        let headAge = 24 + Int((random.unit() + random.unit()) / 2 * 58)
        let headSex: Sex = random.chance(0.88) ? .male : .female
        let hasSpouse = headSex == .male ? random.chance(0.9) : random.chance(0.15)
        let loneMarital: MaritalStatus = headAge > 55 ? .widowed : .divorced
        var members = [person(headSex, age: headAge, .head, hasSpouse ? .married : loneMarital, context: context, random: &random)]
        var motherAge = headSex == .female ? headAge : 0
        var motherName = headSex == .female ? members[0].name : SyntheticNames.classic(.female, random: &random)
        if hasSpouse, members.count < size {
            let spouseSex: Sex = headSex == .male ? .female : .male
            let spouseAge = max(18, headSex == .male ? headAge - random.int(0...8) : headAge + random.int(0...6))
            let spouse = person(spouseSex, age: spouseAge, headSex == .male ? .wife : .husband, .married, context: context, random: &random)
            if spouseSex == .female {
                motherAge = spouseAge
                motherName = spouse.name
            }
            members.append(spouse)
        }
        if motherAge == 0 { motherAge = max(18, headAge - random.int(0...6)) }
        var hasParent = false
        while members.count < size {
            let remaining = size - members.count
            if headAge <= 48, !hasParent, remaining >= 2, random.chance(0.2) {
                hasParent = true
                let relationship: Relationship = random.chance(0.6) ? .parent : .parentInLaw
                let sex: Sex = random.chance(0.65) ? .female : .male
                members.append(person(sex, age: min(95, headAge + random.int(22...30)), relationship, .widowed, context: context, random: &random))
            } else if headAge >= 58, random.chance(0.35) {
                let age = random.int(0...min(17, headAge - 40))
                members.append(person(random.chance(0.5) ? .male : .female, age: age, .grandchild, .single, context: context, random: &random))
            } else {
                let age = random.int(0...max(0, min(motherAge - 18, 35)))
                let married = age >= 22 && random.chance(0.2)
                var child = person(random.chance(0.51) ? .male : .female, age: age, .child, married ? .married : .single, context: context, random: &random)
                child.motherName = motherName
                members.append(child)
            }
        }
        return members
    }

    private func person(
        _ sex: Sex, age: Int, _ relationship: Relationship, _ marital: MaritalStatus, context: Context,
        random: inout SyntheticRandom
    ) -> SyntheticPerson {
        let born = birthDay(age: age, random: &random)
        let name = SyntheticNames.person(sex, bornIn: born.year, christian: context.christian, random: &random)
        let jkn = random.chance(0.92) ? random.draw(context.jkn) : random.draw(Self.vulnerableJKN)
        var disability = Disability.none
        if random.chance(age >= 60 ? 0.055 : 0.015) { disability = random.draw(Self.disabilities) }
        let chronic = age >= 40 && random.chance(age >= 60 ? 0.18 : 0.08) ? random.pick(Self.illnesses) : ""
        return SyntheticPerson(
            name: name, sex: sex, birthPlace: random.draw(Self.birthPlaces), born: born, age: age,
            relationship: relationship, marital: marital,
            education: education(age: age, bornIn: born.year, welfare: context.welfare, random: &random),
            occupation: occupation(age: age, sex: sex, relationship: relationship, welfare: context.welfare, random: &random),
            motherName: SyntheticNames.classic(.female, random: &random), disability: disability,
            chronicIllness: chronic, jkn: jkn)
    }

    /// Makes the members agree with the KES02 answer: 0 two members with a disability or chronic
    /// illness, 1 one needing care, 2 one still active, 3 and 4 none.
    private func applyHealth(_ points: Int?, to members: inout [SyntheticPerson], random: inout SyntheticRandom) {
        guard let points else { return }
        for index in members.indices {
            members[index].disability = .none
            members[index].chronicIllness = ""
        }
        let affected = points == 0 ? min(2, members.count) : (points <= 2 ? 1 : 0)
        let eldestFirst = members.indices.sorted { members[$0].age > members[$1].age }
        for index in eldestFirst.prefix(affected) {
            // About a third of the affected have a disability, the others a chronic illness.
            if random.chance(points == 1 ? 0.4 : 0.3) {
                members[index].disability = points == 1 ? random.pick([.physical, .multiple]) : random.draw(Self.disabilities)
            } else {
                members[index].chronicIllness = points == 1 ? random.pick(["Stroke", "Gagal ginjal"]) : random.pick(Self.illnesses)
            }
        }
    }

    private func education(age: Int, bornIn year: Int, welfare: Double, random: inout SyntheticRandom) -> Education {
        switch age {
        case ..<7: return .none
        case 7...12: return .primaryUnfinished
        case 13...15: return .primary
        case 16...18: return .juniorSecondary
        default: break
        }
        let cohort = year < 1960 ? 0.25 : (year < 1980 ? 0.1 : 0)
        let score = welfare * 0.6 + random.unit() * 0.4 - cohort
        switch score {
        case ..<0.05: return .none
        case ..<0.2: return .primaryUnfinished
        case ..<0.4: return .primary
        case ..<0.58: return .juniorSecondary
        case ..<0.82: return .seniorSecondary
        case ..<0.88: return .diploma
        case ..<0.985: return .bachelor
        default: return .postgraduate
        }
    }

    /// The head's education the PDK01 answer names.
    static func education(points: Int, random: inout SyntheticRandom) -> Education {
        switch points {
        case ...0: .none
        case 1: .primaryUnfinished
        case 2: random.chance(0.5) ? .primary : .juniorSecondary
        case 3: .seniorSecondary
        default: random.chance(0.35) ? .diploma : (random.chance(0.9) ? .bachelor : .postgraduate)
        }
    }

    private func occupation(
        age: Int, sex: Sex, relationship: Relationship, welfare: Double, random: inout SyntheticRandom
    ) -> String {
        switch age {
        case ..<7: return "Belum bekerja"
        case 7...18: return "Pelajar"
        case 19...22 where random.chance(0.45): return welfare > 0.4 ? "Mahasiswa" : "Pelajar"
        default: break
        }
        if sex == .female, relationship == .wife, random.chance(0.45) { return "Mengurus rumah tangga" }
        if age >= 65 {
            if welfare > 0.6, random.chance(0.4) { return "Pensiunan" }
            return random.chance(0.5) ? "Tidak bekerja" : "Petani"
        }
        let list = welfare < 0.28 ? Self.poorWork : (welfare < 0.63 ? Self.middleWork : Self.betterWork)
        return random.pick(list)
    }

    /// A birthday that makes the person exactly `age` today.
    private func birthDay(age: Int, random: inout SyntheticRandom) -> SyntheticDay {
        let month = random.int(1...12)
        var year = today.year - age
        let day = random.int(1...CalendarDate.daysIn(month: month, year: year))
        if (month, day) > (today.month, today.day) { year -= 1 }
        // 29 February moved into a common year becomes the 28th.
        let fitted = min(day, CalendarDate.daysIn(month: month, year: year))
        return SyntheticDay(year: year, month: month, day: fitted)
    }

    /// The day `count` days before today (for visit dates within the last year).
    func day(daysAgo count: Int) -> SyntheticDay {
        var year = today.year
        var month = today.month
        var day = today.day - count
        while day < 1 {
            month -= 1
            if month == 0 {
                month = 12
                year -= 1
            }
            day += CalendarDate.daysIn(month: month, year: year)
        }
        return SyntheticDay(year: year, month: month, day: day)
    }

    static func threeDigits(_ value: Int) -> String {
        value < 10 ? "00\(value)" : (value < 100 ? "0\(value)" : "\(value)")
    }
}

extension SyntheticPopulation {
    /// The day a household's card was issued: 2005 or later, before `latest`.
    static func issueDay(random: inout SyntheticRandom, before latest: SyntheticDay) -> SyntheticDay {
        let year = random.int(2005...max(2005, latest.year - 1))
        let month = random.int(1...12)
        return SyntheticDay(year: year, month: month, day: random.int(1...CalendarDate.daysIn(month: month, year: year)))
    }
}
