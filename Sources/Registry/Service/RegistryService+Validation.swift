import Core
import Database
import Foundation

/// A household's input after the checks: trimmed, the No KK normalised.
struct ValidHousehold {
    var input: HouseholdInput
    var overrideReason: String?
}

extension RegistryService {
    static let maximumTextLength = 200

    func validHousehold(
        _ raw: HouseholdInput, existing: Household?, scope: AreaScope, problems: inout Problems, in db: Connection
    ) throws -> ValidHousehold? {
        var input = raw
        input.noKK = IdentityNumberText.normalized(raw.noKK)
        input.kkOverrideReason = Self.trimmed(raw.kkOverrideReason)
        input.areaCode = Self.trimmed(raw.areaCode)
        input.dusun = Self.trimmed(raw.dusun)
        input.rt = Self.trimmed(raw.rt)
        input.rw = Self.trimmed(raw.rw)
        input.address = Self.trimmed(raw.address)
        let before = problems.fields.count

        var overrideReason: String?
        if let problem = NoKK.problem(input.noKK) {
            if problem.isOverridable, IdentityOverride.reasonProblem(input.kkOverrideReason) == nil {
                overrideReason = input.kkOverrideReason
            } else {
                problems[.noKK] = problem.message
                if problem.isOverridable, let hint = IdentityOverride.reasonProblem(input.kkOverrideReason) {
                    problems[.kkOverrideReason] = hint
                }
            }
        } else if existing?.status ?? .active == .active,
            let taken = try HouseholdStore.findActive(noKK: input.noKK, in: db), taken.id != existing?.id
        {
            if scope.contains(taken.areaCode) {
                problems.duplicate(.noKK, message: "No KK ini sudah terdaftar untuk keluarga aktif lain.", link: .household(taken.id))
            } else {
                problems.duplicate(.noKK, message: RegistryError.duplicateNoKKElsewhere, link: nil)
            }
        }
        if input.areaCode.isEmpty {
            problems[.areaCode] = "Pilih \(settings.current.desaWord.lowercased())."
        } else if try !scope.contains(input.areaCode) || AreaStore.find(input.areaCode, in: db)?.level != .desa {
            problems[.areaCode] = "Pilih \(settings.current.desaWord.lowercased()) di wilayah Anda."
        }
        for (field, value) in [(RegistryField.rt, input.rt), (.rw, input.rw)] where !value.isEmpty {
            if value.count > 3 || !value.allSatisfy(\.isASCIIDigit) { problems[field] = "Isi dengan angka, paling banyak 3 digit." }
        }
        for (field, value) in [(RegistryField.dusun, input.dusun), (.address, input.address)]
        where value.count > Self.maximumTextLength {
            problems[field] = "Paling banyak \(Self.maximumTextLength) karakter."
        }
        return problems.fields.count == before ? ValidHousehold(input: input, overrideReason: overrideReason) : nil
    }

    func validPerson(
        _ input: PersonInput, existing: Person?, scope: AreaScope, problems: inout Problems, in db: Connection
    ) throws -> ValidPerson? {
        let before = problems.fields.count
        let name = Self.trimmed(input.name)
        if name.isEmpty { problems[.name] = "Nama wajib diisi." } else if name.count > 100 { problems[.name] = "Paling banyak 100 karakter." }
        if input.sex == nil { problems[.sex] = "Pilih jenis kelamin." }
        let birthDate = CalendarDate(iso: Self.trimmed(input.birthDate))
        if let birthDate {
            if birthDate > today { problems[.birthDate] = "Tanggal lahir tidak boleh di masa depan." }
            if birthDate.year < 1900 { problems[.birthDate] = "Tanggal lahir sebelum 1900 tidak mungkin." }
        } else {
            problems[.birthDate] = input.birthDate.isEmpty ? "Tanggal lahir wajib diisi." : "Tanggal lahir tidak sah (tttt-bb-hh)."
        }
        let choose = "Pilih salah satu."
        if input.relationship == nil { problems[.relationship] = choose }
        if input.maritalStatus == nil { problems[.maritalStatus] = choose }
        if input.religion == nil { problems[.religion] = choose }
        if input.education == nil { problems[.education] = choose }
        if input.disability == nil { problems[.disability] = choose }
        if input.jknSegment == nil { problems[.jknSegment] = choose }
        for (field, value) in [
            (RegistryField.birthPlace, input.birthPlace), (.occupation, input.occupation), (.motherName, input.motherName),
            (.chronicIllness, input.chronicIllness),
        ] where Self.trimmed(value).count > Self.maximumTextLength {
            problems[field] = "Paling banyak \(Self.maximumTextLength) karakter."
        }

        let nik = IdentityNumberText.normalized(input.nik ?? existing?.nik ?? "")
        // An unchanged legacy NIK keeps its reason when the form did not send one (a role that
        // sees only the masked NIK gets no NIK inputs at all).
        let typedReason = Self.trimmed(input.nikOverrideReason)
        let reason = typedReason.isEmpty && nik == existing?.nik ? existing?.nikOverrideReason ?? "" : typedReason
        var overrideReason: String?
        let problem: NIKProblem?
        if let sex = input.sex, let birthDate {
            problem = NIK.problem(nik, sex: sex, birthDate: birthDate)
        } else {
            do { _ = try NIK.parse(nik); problem = nil } catch { problem = error }
        }
        if let problem {
            if problem.isOverridable, IdentityOverride.reasonProblem(reason) == nil {
                overrideReason = reason
            } else if input.nik == nil {
                // No NIK input on the form: the message goes where the contradiction was typed.
                if case .sexMismatch = problem { problems[.sex] = problem.message } else { problems[.birthDate] = problem.message }
            } else {
                problems[.nik] = problem.message
                if problem.isOverridable, let hint = IdentityOverride.reasonProblem(reason) {
                    problems[.nikOverrideReason] = hint
                }
            }
        }
        // A duplicate is the more useful fact than a NIK that contradicts the form: it names
        // the person who already holds the number, so it replaces that message.
        if problem?.isOverridable ?? true, let taken = try PersonStore.find(nik: nik, in: db), taken.person.id != existing?.id {
            problems[.nikOverrideReason] = nil
            if scope.contains(taken.areaCode) {
                problems.duplicate(
                    .nik, message: "NIK ini sudah terdaftar atas nama \(taken.person.name).", link: .person(taken.person.id))
            } else {
                problems.duplicate(.nik, message: RegistryError.duplicateNIKElsewhere, link: nil)
            }
        }
        guard problems.fields.count == before, let sex = input.sex, let birthDate, let relationship = input.relationship,
            let maritalStatus = input.maritalStatus, let religion = input.religion, let education = input.education,
            let disability = input.disability, let jknSegment = input.jknSegment
        else { return nil }
        return ValidPerson(
            nik: nik, nikOverrideReason: overrideReason, name: name, sex: sex, birthPlace: Self.trimmed(input.birthPlace),
            birthDate: birthDate, relationship: relationship, maritalStatus: maritalStatus, religion: religion,
            education: education, occupation: Self.trimmed(input.occupation), motherName: Self.trimmed(input.motherName),
            disability: disability, chronicIllness: Self.trimmed(input.chronicIllness), jknSegment: jknSegment)
    }

    /// A status date: a real day, not in the future, not before `notBefore`.
    func statusDate(_ text: String, notBefore: CalendarDate?, problems: inout Problems) -> CalendarDate? {
        guard let date = CalendarDate(iso: Self.trimmed(text)) else {
            problems[.statusDate] = text.isEmpty ? "Tanggal wajib diisi." : "Tanggal tidak sah (tttt-bb-hh)."
            return nil
        }
        if date > today { problems[.statusDate] = "Tanggal tidak boleh di masa depan." }
        if let notBefore, date < notBefore { problems[.statusDate] = "Tanggal tidak boleh sebelum tanggal lahir." }
        return date
    }

    static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}
