import Core
import DTKS
import Foundation
import Testing
import TestSupport

/// Pemadanan: exact NIK, then the name with only case, spacing and punctuation normalised, birth
/// date and sex, each mismatch named.
@Suite struct DukcapilMatchingTests {
    static let record = DukcapilRecord(
        nik: "3402011505800001", noKK: "3402010000000001", name: "MUHAMMAD YUSUF", birthDate: CalendarDate(year: 1980, month: 5, day: 15)!,
        sex: .male)

    @Test(arguments: [
        ("Muhammad Yusuf", "MUHAMMAD YUSUF"), ("  muhammad   yusuf ", "MUHAMMAD YUSUF"), ("M. Yusuf", "M YUSUF"),
        ("M.Yusuf", "M YUSUF"), ("Ma'ruf", "MARUF"), ("SITI-AMINAH", "SITI AMINAH"), ("Siti Aminah, S.Pd.", "SITI AMINAH S PD"),
    ])
    func namesAreComparedWithoutCaseSpacingOrPunctuation(name: String, key: String) {
        #expect(DukcapilName.key(name) == key)
    }

    @Test(arguments: [
        // (name, birth date, sex, expected reasons)
        ("Muhammad Yusuf", "1980-05-15", Sex.male, [DukcapilMismatch]()),
        ("muhammad  yusuf.", "1980-05-15", .male, []),
        ("Muhamad Yusuf", "1980-05-15", .male, [.name]),
        ("Yusuf", "1980-05-15", .male, [.name]),
        ("Muhammad Yusuf", "1980-05-16", .male, [.birthDate]),
        ("Muhammad Yusuf", "1980-05-15", .female, [.sex]),
        ("Mohammad Yusuf", "1981-05-15", .female, [.name, .birthDate, .sex]),
    ])
    func eachDifferingFieldIsNamed(name: String, born: String, sex: Sex, reasons: [DukcapilMismatch]) {
        let query = DukcapilQuery(nik: Self.record.nik, name: name, birthDate: CalendarDate(iso: born), sex: sex)
        let result = DukcapilMatcher.compare(query, with: Self.record)
        #expect(result == (reasons.isEmpty ? .padan : .tidakPadan(reasons)))
    }

    @Test func anUnknownNIKIsNotFound() {
        let query = DukcapilQuery(nik: "3402011505800002", name: "Muhammad Yusuf", birthDate: nil, sex: nil)
        #expect(DukcapilMatcher.compare(query, with: nil) == .tidakPadan([.nikNotFound]))
        #expect(DukcapilMatcher.compare(query, with: nil).text == "Tidak padan: NIK tidak ditemukan")
    }

    @Test func fieldsLeftOutOfTheQueryAreNotCompared() {
        let query = DukcapilQuery(nik: Self.record.nik, name: "MUHAMMAD YUSUF", birthDate: nil, sex: nil)
        #expect(DukcapilMatcher.compare(query, with: Self.record) == .padan)
    }

    @Test func theReadAPIAnswersExtractMissingBeforeAnyLoadThenChecks() throws {
        let fixture = try ProposalFixture()
        let query = DukcapilQuery(nik: "3402-0115-0580-0001", name: "Muhammad Yusuf", birthDate: nil, sex: .male)
        #expect(try fixture.pool.read { try DTKSReadAPI().dukcapilCheck(query, in: $0) } == .extractMissing)
        try fixture.loadExtract(["3402011505800001,3402010000000001,MUHAMMAD YUSUF,Bantul,15-05-1980,L,,"])
        #expect(try fixture.pool.read { try DTKSReadAPI().dukcapilCheck(query, in: $0) } == .padan)
        let other = DukcapilQuery(nik: "3402011505800009", name: "Muhammad Yusuf", birthDate: nil, sex: nil)
        #expect(try fixture.pool.read { try DTKSReadAPI().dukcapilCheck(other, in: $0) } == .tidakPadan([.nikNotFound]))
    }
}
