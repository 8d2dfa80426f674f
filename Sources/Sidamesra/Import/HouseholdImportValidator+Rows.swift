import Core
import Registry

extension HouseholdImportValidator {
    static let maximumTextLength = 200

    /// The checks that need nothing but the file: a group's household columns, each person, the
    /// head, the answers. Returns the household when the group has no problem so far.
    mutating func check(_ group: Group, nikRows: inout [String: Int]) -> HouseholdImportPlan.NewHousehold? {
        let before = problems.count
        guard let first = group.rows.first else { return nil }
        if let kkProblem = NoKK.problem(group.noKK) { problem(first.line, .noKK, kkProblem.message) }
        let heads = group.rows.filter { HouseholdImportValues.choice($0[.relationship], as: Relationship.self) == .head }
        if heads.count != 1 {
            problem(
                first.line, .relationship,
                heads.isEmpty
                    ? "Keluarga dengan No KK ini tidak punya baris kepala (hubungan=kepala)."
                    : "Keluarga dengan No KK ini punya \(heads.count) baris kepala; harus tepat satu.")
        }
        let headRow = heads.first ?? first
        let household = householdInput(group, headRow: headRow)
        var head: ValidPerson?
        var members: [ValidPerson] = []
        for row in group.rows {
            let person = person(row, nikRows: &nikRows)
            if row.line == headRow.line { head = person } else if let person { members.append(person) }
            if row.line != headRow.line, !row.answers.isEmpty || !row[.assessedOn].isEmpty {
                problem(row.line, nil, "Jawaban penilaian dan tanggal_penilaian diisi di baris kepala keluarga saja.")
            }
        }
        let assessment = answers(headRow)
        guard problems.count == before, let head else { return nil }
        return .init(line: headRow.line, household: household, persons: [head] + members, assessment: assessment)
    }

    private mutating func householdInput(_ group: Group, headRow: HouseholdImportRow) -> HouseholdInput {
        for row in group.rows where row.line != headRow.line {
            for column in HouseholdImportColumn.householdColumns where !row[column].isEmpty && row[column] != headRow[column] {
                problem(row.line, column, "Berbeda dengan baris kepala (\(headRow[column])); kolom keluarga harus sama di setiap baris No KK ini.")
            }
        }
        if headRow[.areaCode].isEmpty { problem(headRow.line, .areaCode, "Kode wilayah wajib diisi.") }
        for column in [HouseholdImportColumn.rt, .rw] where !headRow[column].isEmpty {
            let value = headRow[column]
            if value.count > 3 || !value.allSatisfy(\.isASCIIDigit) { problem(headRow.line, column, "Isi dengan angka, paling banyak 3 digit.") }
        }
        for column in [HouseholdImportColumn.dusun, .address] where headRow[column].count > Self.maximumTextLength {
            problem(headRow.line, column, "Paling banyak \(Self.maximumTextLength) karakter.")
        }
        return HouseholdInput(
            noKK: group.noKK, areaCode: headRow[.areaCode], dusun: headRow[.dusun], rt: headRow[.rt], rw: headRow[.rw],
            address: headRow[.address])
    }

    private mutating func person(_ row: HouseholdImportRow, nikRows: inout [String: Int]) -> ValidPerson? {
        let before = problems.count
        let name = row[.name]
        if name.isEmpty { problem(row.line, .name, "Nama wajib diisi.") } else if name.count > 100 { problem(row.line, .name, "Paling banyak 100 karakter.") }
        let sex: Sex? = choice(row, .sex)
        let relationship: Relationship? = choice(row, .relationship)
        let marital: MaritalStatus? = choice(row, .maritalStatus)
        let religion: Religion? = choice(row, .religion)
        let education: Education? = choice(row, .education)
        let disability: Disability? = row[.disability].isEmpty ? Disability.none : choice(row, .disability)
        let jkn: JKNSegment? = row[.jknSegment].isEmpty ? JKNSegment.none : choice(row, .jknSegment)
        let birthDate = date(row, .birthDate)
        if let birthDate, birthDate.year < 1900 { problem(row.line, .birthDate, "Tanggal lahir sebelum 1900 tidak mungkin.") }
        for column in [HouseholdImportColumn.birthPlace, .occupation, .motherName, .chronicIllness]
        where row[column].count > Self.maximumTextLength {
            problem(row.line, column, "Paling banyak \(Self.maximumTextLength) karakter.")
        }
        let nik = IdentityNumberText.normalized(row[.nik])
        let nikProblem: NIKProblem? =
            if let sex, let birthDate { NIK.problem(nik, sex: sex, birthDate: birthDate) } else { Self.shapeProblem(nik) }
        if let nikProblem {
            problem(row.line, .nik, nikProblem.message)
        } else if let earlier = nikRows[nik] {
            problem(row.line, .nik, "NIK ini sudah ada di baris \(earlier) berkas ini.")
        } else {
            nikRows[nik] = row.line
        }
        guard problems.count == before, let sex, let birthDate, let relationship, let marital, let religion,
            let education, let disability, let jkn
        else { return nil }
        return ValidPerson(
            nik: nik, nikOverrideReason: nil, name: name, sex: sex, birthPlace: row[.birthPlace], birthDate: birthDate,
            relationship: relationship, maritalStatus: marital, religion: religion, education: education,
            occupation: row[.occupation], motherName: row[.motherName], disability: disability,
            chronicIllness: row[.chronicIllness], jknSegment: jkn)
    }

    private static func shapeProblem(_ nik: String) -> NIKProblem? {
        do {
            _ = try NIK.parse(nik)
            return nil
        } catch {
            return error
        }
    }

    private mutating func choice<T: LabelledChoice>(_ row: HouseholdImportRow, _ column: HouseholdImportColumn) -> T? {
        let text = row[column]
        if let value = HouseholdImportValues.choice(text, as: T.self) { return value }
        let allowed = T.allCases.map { "\($0.rawValue) (\($0.label))" }.joined(separator: ", ")
        problem(row.line, column, text.isEmpty ? "Wajib diisi: \(allowed)." : "‘\(text)’ bukan pilihan yang dikenal; pilih salah satu: \(allowed).")
        return nil
    }

    private mutating func date(_ row: HouseholdImportRow, _ column: HouseholdImportColumn) -> CalendarDate? {
        let text = row[column]
        guard let date = HouseholdImportValues.date(text) else {
            problem(row.line, column, text.isEmpty ? "Tanggal wajib diisi." : "‘\(text)’ bukan tanggal yang sah (hh-bb-tttt atau tttt-bb-hh).")
            return nil
        }
        if date > today {
            problem(row.line, column, "Tanggal tidak boleh di masa depan.")
            return nil
        }
        return date
    }

    /// The head row's answers scored against the set: nil when the row has none, else every
    /// indicator must be answered (with a position 1…n or an option's label).
    private mutating func answers(_ row: HouseholdImportRow) -> (result: ScoreResult, assessedOn: CalendarDate)? {
        guard !row.answers.isEmpty || !row[.assessedOn].isEmpty else { return nil }
        let before = problems.count
        var chosen: [String: Answer] = [:]
        var missing: [String] = []
        for indicator in set.indicators {
            guard let text = row.answers[indicator.code] else {
                missing.append(indicator.code)
                continue
            }
            if let option = HouseholdImportValues.option(text, of: indicator) {
                chosen[indicator.code] = .option(option.id)
            } else {
                problem(
                    row.line, code: indicator.code,
                    "‘\(text)’ bukan pilihan \(indicator.code); isi nomor 1–\(indicator.options.count) atau label pilihannya.")
            }
        }
        if !missing.isEmpty {
            problem(
                row.line, code: missing[0],
                "Jawaban penilaian belum lengkap; isi semua atau kosongkan semua. Belum diisi: \(missing.joined(separator: ", ")).")
        }
        let assessedOn = date(row, .assessedOn)
        guard problems.count == before, let assessedOn else { return nil }
        do {
            return (try Scoring.score(chosen, in: set), assessedOn)
        } catch {
            problem(row.line, code: "", error.message)
            return nil
        }
    }
}
