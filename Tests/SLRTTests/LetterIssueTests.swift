import Core
import Database
import Foundation
import Registry
import SLRT
import Testing
import TestSupport

/// Issued letters: numbers per type through the Core numbering service (gap-free under 50
/// concurrent issues), the body from its template, and content frozen at issue.
@Suite struct LetterIssueTests {
    @Test func fiftyConcurrentIssuesTakeFiftyUniqueGapFreeNumbers() throws {
        let office = try SLRTOffice()
        let waiting = try (0..<50).map { _ in try office.signingRequest(.sktm) }
        let failures = Failures()
        let start = DispatchSemaphore(value: 0)
        let group = DispatchGroup()
        let service = office.requests
        let kadis = office.actor("kadis")
        for request in waiting {
            let (id, version) = (request.id, request.version)
            group.enter()
            Thread.detachNewThread {
                start.wait()
                do {
                    _ = try service.move(
                        id, transition: SLRTWorkflow.Transition.sign, note: "", version: version, by: kadis, scope: .everywhere)
                } catch {
                    failures.append("\(error)")
                }
                group.leave()
            }
        }
        for _ in waiting { start.signal() }
        #expect(group.wait(timeout: .now() + 60) == .success)
        #expect(failures.all.isEmpty)
        let rows = try office.pool.read { try $0.query("SELECT sequence, number, request_id FROM slrt_letters ORDER BY sequence") }
        let sequences = try rows.map { try $0.get(0, as: Int.self) }
        #expect(sequences == Array(1...50))
        #expect(Set(try rows.map { try $0.get(1, as: String.self) }).count == 50)
        #expect(Set(try rows.map { try $0.get(2, as: Int64.self) }) == Set(waiting.map(\.id)))
        let last = try office.pool.read { try NumberingService.last(series: LetterType.sktm.series, year: 2026, in: $0) }
        #expect(last == 50)
    }

    @Test func eachTypeHasItsOwnSeriesAndFormat() throws {
        let office = try SLRTOffice()
        var settings = SLRTSettings()
        settings.numberFormats[LetterType.pbiAPBD.rawValue] = "460/{seq:4}/PBI/{month_roman}/{year}"
        _ = try office.pool.write { try SLRTSettingsStore.save(settings, expectedVersion: 0, by: .cli, at: Date(), in: $0) }
        try office.move(try office.signingRequest(.sktm), SLRTWorkflow.Transition.sign, as: "kadis")
        try office.move(try office.signingRequest(.pbiAPBD), SLRTWorkflow.Transition.sign, as: "kadis")
        try office.move(try office.signingRequest(.sktm), SLRTWorkflow.Transition.sign, as: "kadis")
        let numbers = try office.pool.read { try $0.query("SELECT number FROM slrt_letters ORDER BY id").map { try $0.get(0, as: String.self) } }
        // The test clock stands in November 2026.
        #expect(numbers == ["400.9/001/Dinsos-SKTM/XI/2026", "460/0001/PBI/XI/2026", "400.9/002/Dinsos-SKTM/XI/2026"])
    }

    @Test func theBodyCarriesApplicantHouseholdPurposeFactsPlaceAndIndonesianDate() throws {
        let office = try SLRTOffice()
        try office.score(60)
        let request = try office.signingRequest(.healthService)
        try office.move(request, SLRTWorkflow.Transition.sign, as: "kadis")
        let letter = try #require(try office.pool.read { try LetterStore.find(request: request.id, in: $0) })
        let content = letter.content
        #expect(content.title == "Surat Rekomendasi Pelayanan Kesehatan")
        #expect(content.placeAndDate == "Bantul, 18 November 2026")
        let rows = content.paragraphs.flatMap(\.rows)
        #expect(rows.contains(LetterParagraph.Row(label: "Nama", value: "Siti Aminah")))
        #expect(rows.contains(LetterParagraph.Row(label: "NIK", value: office.applicant.head.nik)))
        #expect(rows.contains { $0.label == "Alamat" && $0.value.contains("RT 003/RW 001") && $0.value.contains("Kalurahan") })
        let text = content.paragraphs.map(\.text).joined(separator: "\n")
        #expect(text.contains("Contoh Fasilitas kesehatan"))
        #expect(text.contains("tidak terdaftar DTKS"))
        #expect(text.contains("Miskin (total 60)"))
        #expect(content.letterhead.government == "PEMERINTAH KABUPATEN BANTUL")
        #expect(content.verificationURL == "/verifikasi/" + letter.verificationCode)
    }

    @Test func theIssuedLetterIsFrozenAgainstLaterEditsOfThePerson() throws {
        let office = try SLRTOffice()
        let request = try office.signingRequest()
        try office.move(request, SLRTWorkflow.Transition.sign, as: "kadis")
        let before = try #require(try office.pool.read { try LetterStore.find(request: request.id, in: $0) })
        var input = PersonInput(office.applicant.head, includingNIK: true)
        input.name = "Siti Aminah Rahayu"
        input.occupation = "Pedagang"
        _ = try office.registry.editPerson(
            office.applicant.head.id, input, version: office.applicant.head.version, by: .cli, scope: .everywhere)
        let after = try #require(try office.pool.read { try LetterStore.find(request: request.id, in: $0) })
        #expect(after.content == before.content)
        #expect(after.content.context.applicant.name == "Siti Aminah")
        #expect(after.maskedName == "Sit* Ami***")
        // The database refuses any change of the frozen columns.
        #expect(throws: DatabaseError.self) {
            try office.pool.write { try $0.execute("UPDATE slrt_letters SET content = '{}' WHERE id = ?", [before.id]) }
        }
        #expect(throws: DatabaseError.self) {
            try office.pool.write { try $0.execute("DELETE FROM slrt_letters WHERE id = ?", [before.id]) }
        }
    }

    @Test func verificationCodesCarryAtLeast128RandomBits() throws {
        let codes = (0..<200).map { _ in VerificationCode.make() }
        #expect(Set(codes).count == codes.count)
        for code in codes {
            #expect(VerificationCode.isWellFormed(code))
            #expect((Base64URL.decode(code)?.count ?? 0) * 8 >= 128)
        }
        #expect(!VerificationCode.isWellFormed("../../etc/passwd"))
        #expect(!VerificationCode.isWellFormed(String(codes[0].dropLast())))
    }

    @Test func revocationNeedsAReasonAndHappensOnce() throws {
        let office = try SLRTOffice()
        let request = try office.signingRequest()
        try office.move(request, SLRTWorkflow.Transition.sign, as: "kadis")
        let letter = try #require(try office.pool.read { try LetterStore.find(request: request.id, in: $0) })
        let service = LetterService(templates: office.app.environment.templates, settings: office.app.environment.settings)
        #expect(throws: RequestError.self) {
            try service.revoke(letter.id, reason: "salah", by: office.actor("kasi"), scope: .everywhere, pool: office.pool, at: Date())
        }
        let revoked = try service.revoke(
            letter.id, reason: "Data penghasilan pemohon tidak benar", by: office.actor("kasi"), scope: .everywhere,
            pool: office.pool, at: Date())
        #expect(revoked.isRevoked)
        #expect(throws: RequestError.refused("Surat ini sudah dicabut.")) {
            try service.revoke(letter.id, reason: "Dicabut sekali lagi saja", by: office.actor("kasi"), scope: .everywhere, pool: office.pool, at: Date())
        }
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    // Guarded by `lock`.
    private var items: [String] = []
    private let lock = NSLock()

    func append(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
