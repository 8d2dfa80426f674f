import Core
import Database
import Foundation
import Registry
import SLRT
import Testing
import TestSupport

/// Each SOP step of a service request through the Core engine: who may take it, what it records,
/// and what it refuses.
@Suite struct RequestWorkflowTests {
    @Test func theDefinitionReadsLikeTheSOP() {
        let definition = SLRTWorkflow.definition
        #expect(definition.problems.isEmpty)
        let standards = [RequestState.reception, .dtksCheck, .verification, .signing].map {
            definition.step($0.rawValue)?.standardMinutes
        }
        #expect(standards == [15, 10, 10, 10])
        #expect(ReferralWorkflow.definition.problems.isEmpty)
        #expect(ComplaintWorkflow.definition.problems.isEmpty)
    }

    @Test func aRequestStartsAtTheFrontOfficeWithItsCreationEvent() throws {
        let office = try SLRTOffice()
        let request = try office.newRequest()
        #expect(request.state == .reception)
        #expect(request.applicantName == "Siti Aminah")
        #expect(request.areaCode == RegistryFixtures.poncosari)
        let events = try office.pool.read { try WorkflowHistory.events(workflow: SLRTWorkflow.kind, itemID: request.id, in: $0) }
        #expect(events.map(\.to) == [RequestState.reception.rawValue])
        #expect(try office.count("SELECT count(*) FROM audit_log WHERE action = 'slrt.permohonan.buat'") == 1)
    }

    @Test func incompleteDocumentsKeepTheRequestAtTheFrontOffice() throws {
        let office = try SLRTOffice()
        let request = try office.requests.create(
            RequestInput(letterType: .sktm, nik: office.applicant.head.nik, purpose: ["keperluan": "Biaya sekolah anak"],
                         documents: ["ktp"]),
            uploads: [:], by: office.actor("staf.fo"), scope: .everywhere)
        #expect(throws: RequestError.refused("Berkas belum lengkap: Kartu Keluarga, Surat pengantar kalurahan.")) {
            try office.move(request, SLRTWorkflow.Transition.complete, as: "staf.fo")
        }
        #expect(try office.requests.request(request.id, scope: .everywhere).state == .reception)
    }

    @Test(arguments: ["kasi", "kadis", "admin"])
    func onlyTheFrontOfficeCompletesTheFile(username: String) throws {
        let office = try SLRTOffice()
        let request = try office.newRequest()
        #expect(throws: WorkflowError.self) { try office.move(request, SLRTWorkflow.Transition.complete, as: username) }
        #expect(try office.requests.request(request.id, scope: .everywhere).version == request.version)
    }

    @Test func theDTKSCheckRecordsANonMemberAndTheRuleTurnsAnSKTMDown() throws {
        let office = try SLRTOffice()
        let request = try office.verifiedRequest(.sktm)
        #expect(request.state == .verification)
        #expect(request.check?.isDTKSMember == false)
        #expect(request.check?.dtksText == "Tidak terdaftar DTKS")
        #expect(request.check?.sidamesraCategory == nil)
        #expect(request.eligible == false)
        #expect(!request.mayBeRecommended)
        #expect(throws: RequestError.self) {
            try office.move(request, SLRTWorkflow.Transition.recommend, as: "staf.bo", note: "Sesuai")
        }
    }

    @Test(arguments: [(3, true), (4, true), (5, false), (9, false)])
    func theDTKSCheckRecordsIDAndDesilAndTheRuleReadsTheDesil(desil: Int, eligible: Bool) throws {
        let office = try SLRTOffice()
        try office.registerInDTKS(id: "3402-DTKS-0007", desil: desil)
        let request = try office.verifiedRequest(.pbiAPBD)
        #expect(request.check?.isDTKSMember == true)
        #expect(request.check?.idDTKS == "3402-DTKS-0007")
        #expect(request.check?.desil == desil)
        #expect(request.check?.dtksText == "Terdaftar DTKS (ID 3402-DTKS-0007, desil \(desil))")
        #expect(request.eligible == eligible)
        let row = try #require(try office.pool.read {
            try $0.queryOne("SELECT dtks_registered, dtks_id, dtks_desil FROM slrt_requests WHERE id = ?", [request.id])
        })
        #expect(try row.get(0, as: Int.self) == 1)
        #expect(try row.get(1, as: String.self) == "3402-DTKS-0007")
        #expect(try row.get(2, as: Int.self) == desil)
    }

    @Test func aMemberWithoutAnIDYetIsStillRecordedAsRegistered() throws {
        let office = try SLRTOffice()
        try office.registerInDTKS(id: nil, desil: 2)
        let request = try office.verifiedRequest(.sktm)
        #expect(request.check?.isDTKSMember == true)
        #expect(request.check?.idDTKS == nil)
        #expect(request.check?.dtksText == "Terdaftar DTKS (ID -, desil 2)")
        #expect(request.eligible == true)
    }

    @Test func aSIDAMESRACategoryUpToRentanMiskinMakesTheApplicantEligible() throws {
        let office = try SLRTOffice()
        try office.score(70)
        let request = try office.verifiedRequest(.pbiAPBD)
        #expect(request.check?.sidamesraCategory == "Rentan Miskin")
        #expect(request.check?.sidamesraTotal == 70)
        #expect(request.eligible == true)
        let recommended = try office.move(request, SLRTWorkflow.Transition.recommend, as: "staf.bo", note: "Layak PBI APBD")
        #expect(recommended.state == .signing)
        #expect(recommended.recommendation == "Layak PBI APBD")
    }

    @Test func aMampuHouseholdIsNotEligibleForAnSKTMButMayHaveASuratKeteranganMampu() throws {
        let office = try SLRTOffice()
        try office.score(100)
        #expect(try office.verifiedRequest(.sktm).eligible == false)
        #expect(try office.verifiedRequest(.skm).eligible == true)
    }

    @Test func theKasiOverridesWithAWrittenReasonAndNobodyElseMay() throws {
        let office = try SLRTOffice()
        let request = try office.verifiedRequest(.sktm)
        #expect(throws: RequestError.invalid(["alasan": "Tulis alasan pengecualian (minimal 10 karakter)."])) {
            try office.requests.override(request.id, reason: "singkat", version: request.version, by: office.actor("kasi"), scope: .everywhere)
        }
        #expect(throws: RequestError.self) {
            try office.requests.override(
                request.id, reason: "Alasan yang cukup panjang", version: request.version, by: office.actor("staf.bo"), scope: .everywhere)
        }
        let overridden = try office.requests.override(
            request.id, reason: "Rumah terbakar bulan lalu, ditinjau langsung", version: request.version,
            by: office.actor("kasi"), scope: .everywhere)
        #expect(overridden.overrideReason == "Rumah terbakar bulan lalu, ditinjau langsung")
        #expect(overridden.mayBeRecommended)
        #expect(try office.count("SELECT count(*) FROM audit_log WHERE action = 'slrt.pengecualian'") == 1)
        #expect(try office.move(overridden, SLRTWorkflow.Transition.recommend, as: "staf.bo").state == .signing)
    }

    @Test func anOverrideOfAnEligibleRequestIsRefused() throws {
        let office = try SLRTOffice()
        try office.score(50)
        let request = try office.verifiedRequest(.sktm)
        #expect(throws: RequestError.self) {
            try office.requests.override(
                request.id, reason: "Tidak perlu sebenarnya", version: request.version, by: office.actor("kasi"), scope: .everywhere)
        }
    }

    @Test func theBackOfficeReturnsToTheFrontOfficeWithANote() throws {
        let office = try SLRTOffice()
        let request = try office.verifiedRequest()
        #expect(throws: RequestError.invalid(["catatan": "Tulis catatan alasannya (minimal 5 karakter)."])) {
            try office.move(request, SLRTWorkflow.Transition.returnToFrontOffice, as: "staf.bo")
        }
        let returned = try office.move(request, SLRTWorkflow.Transition.returnToFrontOffice, as: "staf.bo", note: "KK tidak terbaca, minta salinan baru")
        #expect(returned.state == .reception)
        #expect(returned.lastNote == "KK tidak terbaca, minta salinan baru")
        let events = try office.pool.read { try WorkflowHistory.events(workflow: SLRTWorkflow.kind, itemID: request.id, in: $0) }
        #expect(events.last?.note == "KK tidak terbaca, minta salinan baru")
        #expect(events.last?.username == "staf.bo")
    }

    @Test func aStaleVersionIsRefusedAndNothingMoves() throws {
        let office = try SLRTOffice()
        let request = try office.newRequest()
        _ = try office.requests.move(
            request.id, transition: SLRTWorkflow.Transition.complete, note: "", version: request.version,
            by: office.actor("staf.fo"), scope: .everywhere)
        #expect(throws: RequestError.changed) {
            try office.requests.move(
                request.id, transition: SLRTWorkflow.Transition.checkDTKS, note: "", version: request.version,
                by: office.actor("staf.fo"), scope: .everywhere)
        }
    }

    @Test func theKadisSignsAndTheLetterIsIssuedInTheSameStep() throws {
        let office = try SLRTOffice()
        let request = try office.signingRequest()
        #expect(throws: WorkflowError.self) { try office.move(request, SLRTWorkflow.Transition.sign, as: "staf.bo") }
        #expect(throws: RequestError.self) { try office.move(request, SLRTWorkflow.Transition.sign, as: "kasi") }
        #expect(try office.count("SELECT count(*) FROM slrt_letters") == 0)
        let issued = try office.move(request, SLRTWorkflow.Transition.sign, as: "kadis")
        #expect(issued.state == .issued)
        let letter = try office.pool.read { try LetterStore.find(request: request.id, in: $0) }
        #expect(letter?.number.hasPrefix("400.9/001/Dinsos-SKTM/") == true)
        #expect(letter?.maskedName == "Sit* Ami***")
    }

    @Test func theOfficialNamedInTheSettingsMaySignInsteadOfTheKadis() throws {
        let office = try SLRTOffice()
        var settings = SLRTSettings()
        settings.signerUsername = "kasi"
        settings.signatoryName = "Drs. Bagus Wicaksono"
        settings.signatoryTitle = "a.n. Kepala Dinas Sosial, Sekretaris"
        settings.signatoryNIP = "197001011990031001"
        _ = try office.pool.write { try SLRTSettingsStore.save(settings, expectedVersion: 0, by: .cli, at: Date(), in: $0) }
        let request = try office.signingRequest()
        let issued = try office.move(request, SLRTWorkflow.Transition.sign, as: "kasi")
        #expect(issued.state == .issued)
        let letter = try #require(try office.pool.read { try LetterStore.find(request: request.id, in: $0) })
        #expect(letter.content.signatory.name == "Drs. Bagus Wicaksono")
        #expect(letter.content.signatory.title == "a.n. Kepala Dinas Sosial, Sekretaris")
    }

    @Test func theSignatoryMayReturnToTheBackOffice() throws {
        let office = try SLRTOffice()
        let request = try office.signingRequest()
        let back = try office.move(request, SLRTWorkflow.Transition.returnToBackOffice, as: "kadis", note: "Periksa lagi alamatnya")
        #expect(back.state == .verification)
        #expect(try office.count("SELECT count(*) FROM slrt_letters") == 0)
    }

    @Test func theBackOfficeMayRejectWithANote() throws {
        let office = try SLRTOffice()
        let request = try office.verifiedRequest()
        let rejected = try office.move(request, SLRTWorkflow.Transition.reject, as: "staf.bo", note: "Pemohon sudah punya SKTM yang berlaku")
        #expect(rejected.state == .rejected)
        #expect(SLRTWorkflow.definition.available(from: rejected.state.rawValue, for: .staf).isEmpty)
    }

    @Test func anUnknownNIKIsRegisteredOnTheSpotIntoItsHousehold() throws {
        let office = try SLRTOffice()
        let nik = RegistryFixtures.nik(born: "2004-07-09", sex: .male, serial: 31)
        let request = try office.requests.create(
            RequestInput(
                letterType: .kipKuliah, nik: nik,
                purpose: ["perguruan_tinggi": "Universitas Contoh", "program_studi": "Pendidikan Guru SD"],
                documents: LetterType.kipKuliah.requiredDocuments.map(\.key),
                registration: RequestInput.Registration(
                    person: RegistryFixtures.person("Bima Pratama", born: "2004-07-09", serial: 31, relationship: .child),
                    household: RegistryFixtures.household(office.applicant.household.noKK))),
            uploads: [:], by: office.actor("staf.fo"), scope: .everywhere)
        #expect(request.householdID == office.applicant.household.id)
        #expect(request.applicantName == "Bima Pratama")
        let person = try office.pool.read { try PersonStore.find(nik: nik, in: $0) }
        #expect(person?.person.relationship == .child)
    }

    @Test func anUnknownNIKWithoutRegistrationDataAsksForIt() throws {
        let office = try SLRTOffice()
        let nik = RegistryFixtures.nik(born: "2001-01-01", sex: .male, serial: 44)
        #expect(throws: RequestError.invalid(["nik": "NIK belum terdaftar: isi data pemohon untuk mendaftarkannya."])) {
            try office.requests.create(
                RequestInput(letterType: .sktm, nik: nik, purpose: ["keperluan": "Sekolah"], documents: []),
                uploads: [:], by: office.actor("staf.fo"), scope: .everywhere)
        }
    }

    @Test func everyPurposeFieldOfTheTypeIsRequired() throws {
        let office = try SLRTOffice()
        #expect(throws: RequestError.invalid([
            "tujuan.perkiraan_persalinan": "Tulis tanggal dengan format TTTT-BB-HH.",
            "tujuan.fasilitas": "Isi fasilitas persalinan.",
        ])) {
            try office.requests.create(
                RequestInput(letterType: .jampersal, nik: office.applicant.head.nik, purpose: ["perkiraan_persalinan": "besok"], documents: []),
                uploads: [:], by: office.actor("staf.fo"), scope: .everywhere)
        }
    }

    @Test func anOperatorSeesNoRequestOutsideTheirKalurahan() throws {
        let office = try SLRTOffice()
        let request = try office.newRequest()
        #expect(throws: RequestError.notFound) { try office.requests.request(request.id, scope: office.scope("op.trimurti")) }
        let listed = try office.pool.read {
            try RequestStore.list(RequestFilter(), in: office.scope("op.trimurti"), paging: Paging(page: 1), db: $0)
        }
        #expect(listed.total == 0)
    }
}
