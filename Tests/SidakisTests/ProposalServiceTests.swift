import Core
import Database
import Foundation
import Registry
import Sidakis
import Synchronization
import Testing
import TestSupport

/// Submission, the SOP's moves, return and resubmission, and the optimistic lock, through the service.
@Suite struct ProposalServiceTests {
    @Test func aWholeFamilyIsProposedOnePerPersonLinkedAndNumbered() throws {
        let office = try SidakisFixture()
        let proposals = try office.propose([office.family.head, office.family.wife, office.family.child])
        #expect(proposals.map(\.registrationNumber) == ["PBI/2026/000001", "PBI/2026/000002", "PBI/2026/000003"])
        #expect(Set(proposals.map(\.familyGroup)) == [proposals[0].id])
        #expect(proposals.allSatisfy { $0.status == .submitted && $0.areaCode == RegistryFixtures.poncosari })
        let documents = try office.app.environment.pool.read { db in
            try proposals.map { try ProposalDocumentStore.documents(of: $0.id, in: db) }
        }
        // One KK file named by all three; the child brings the birth certificate, the adults the KTP.
        #expect(Set(documents.map { $0.first { $0.document == .familyCard }?.attachmentID }).count == 1)
        #expect(documents[2].map(\.document).contains(.birthCertificate))
        #expect(documents[0].map(\.document).contains(.identityCard))
        #expect(try office.events(proposals[0].id).map(\.to) == ["diajukan"])
    }

    @Test func theNumberFormatIsASetting() throws {
        let office = try SidakisFixture()
        try office.app.environment.pool.write { db in
            var settings = SidakisSettings()
            settings.numberFormat = "{seq:4}/PBI-APBD/{month_roman}/{year}"
            try settings.save(at: office.app.environment.clock.now, in: db)
        }
        let proposal = try office.propose([office.family.head])[0]
        #expect(proposal.registrationNumber == "0001/PBI-APBD/XI/2026")
    }

    @Test func missingDocumentsAreFieldErrorsAndNothingIsStored() throws {
        let office = try SidakisFixture()
        let input = SubmissionInput(
            personIDs: [office.family.head.id, office.family.child.id], kind: "baru", previousSegment: "", source: "kalurahan",
            reason: "")
        let files = [SubmissionInput.Field.personalDocument(office.family.head.id): SidakisFixture.file("ktp.jpg", SidakisFixture.jpeg)]
        #expect {
            try office.service.submit(input, files: files, by: office.actor("op.poncosari"), user: office.user("op.poncosari"))
        } throws: { error in
            let problems = (error as? ProposalError)?.fieldErrors ?? [:]
            return problems[SubmissionInput.Field.familyCard] != nil
                && problems[SubmissionInput.Field.personalDocument(office.family.child.id)]?.contains("akta kelahiran") == true
                && problems[SubmissionInput.Field.personalDocument(office.family.head.id)] == nil
        }
        #expect(try office.app.environment.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM sidakis_proposals") } == 0)
        #expect(try office.app.environment.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM attachments") } == 0)
    }

    @Test func aRenamedExecutableAndAnOversizeFileAreRefusedByContent() throws {
        let office = try SidakisFixture()
        let input = SubmissionInput(personIDs: [office.family.head.id], kind: "baru", previousSegment: "", source: "kalurahan", reason: "")
        let files = [
            SubmissionInput.Field.familyCard: SidakisFixture.file("kk.jpg", SidakisFixture.executable),
            SubmissionInput.Field.personalDocument(office.family.head.id): SidakisFixture.file(
                "ktp.jpg", SidakisFixture.jpeg + [UInt8](repeating: 0, count: 5 * 1_048_576)),
        ]
        #expect {
            try office.service.submit(input, files: files, by: office.actor("op.poncosari"), user: office.user("op.poncosari"))
        } throws: { error in
            let problems = (error as? ProposalError)?.fieldErrors ?? [:]
            return problems[SubmissionInput.Field.familyCard] == AttachmentError.typeNotAccepted(.document).message
                && problems[SubmissionInput.Field.personalDocument(office.family.head.id)] == AttachmentError.tooLarge(.document).message
        }
    }

    @Test func aPengalihanNamesTheSegmentItLeaves() throws {
        let office = try SidakisFixture()
        let input = SubmissionInput(personIDs: [office.family.head.id], kind: "pengalihan", previousSegment: "", source: "fasyankes", reason: "")
        #expect(throws: ProposalError.self) {
            try office.service.submit(input, files: [:], by: office.actor("staf"), user: office.user("staf"))
        }
        let moved = try office.propose([office.family.head], kind: .transfer)[0]
        #expect(moved.kind == .transfer && moved.previousSegment == .selfPaying)
    }

    @Test func anOperatorProposesOnlyInsideItsKalurahan() throws {
        let office = try SidakisFixture()
        #expect(throws: ProposalError.self) {
            try office.propose([office.elsewhere.head], by: "op.poncosari")
        }
        let proposal = try office.propose([office.elsewhere.head], by: "staf")[0]
        #expect(throws: ProposalError.notFound) { try office.service.proposal(proposal.id, scope: office.user("op.poncosari").scope) }
        #expect(try office.service.proposal(proposal.id, scope: office.user("op.trimurti").scope).id == proposal.id)
        #expect(throws: ProposalError.notFound) {
            try office.service.move(proposal.id, SidakisWorkflow.Move.receive, version: proposal.version, note: "",
                                    by: office.actor("op.poncosari"), user: office.user("op.poncosari"))
        }
    }

    @Test func returnedProposalCanBeResubmittedWithFixesAndKeepsItsHistory() throws {
        let office = try SidakisFixture()
        let proposal = try office.propose([office.family.head])[0]
        #expect(throws: ProposalError.self) {
            try office.service.move(proposal.id, SidakisWorkflow.Move.returnToProposer, version: proposal.version, note: "",
                                    by: office.actor("staf"), user: office.user("staf"))
        }
        let returned = try office.service.move(
            proposal.id, SidakisWorkflow.Move.returnToProposer, version: proposal.version, note: "Foto KTP buram, unggah ulang",
            by: office.actor("staf"), user: office.user("staf"))
        #expect(returned.status == .returned && returned.lastNote == "Foto KTP buram, unggah ulang")
        let input = SubmissionInput(personIDs: [proposal.personID], kind: "baru", previousSegment: "", source: "kalurahan", reason: "Perbaikan")
        let resubmitted = try office.service.resubmit(
            proposal.id, input,
            files: [SubmissionInput.Field.personalDocument(proposal.personID): SidakisFixture.file("ktp-baru.jpg", SidakisFixture.jpeg)],
            version: returned.version, note: "KTP sudah jelas", by: office.actor("op.poncosari"), user: office.user("op.poncosari"))
        #expect(resubmitted.status == .submitted && resubmitted.reason == "Perbaikan")
        let history = try office.events(proposal.id)
        #expect(history.map(\.transition) == ["buat", "kembalikan", "ajukan_ulang"])
        #expect(history[1].note == "Foto KTP buram, unggah ulang" && history[2].note == "KTP sudah jelas")
        let documents = try office.app.environment.pool.read { try ProposalDocumentStore.documents(of: proposal.id, in: $0) }
        #expect(documents.filter { $0.document == .identityCard }.map(\.replaced) == [false, true])
        let verified = try office.approved(resubmitted)
        #expect(verified.status == .approved && verified.approvedAt != nil)
    }

    @Test func theKasiSendsBackToTheStaffWithANote() throws {
        let office = try SidakisFixture()
        let proposal = try office.advance(try office.propose([office.family.head])[0], through: [
            (SidakisWorkflow.Move.receive, "staf"), (SidakisWorkflow.Move.verify, "staf"),
        ])
        #expect(throws: WorkflowError.notPermitted(name: SidakisWorkflow.Move.approve)) {
            try office.service.move(proposal.id, SidakisWorkflow.Move.approve, version: proposal.version, note: "",
                                    by: office.actor("staf"), user: office.user("staf"))
        }
        let back = try office.service.move(
            proposal.id, SidakisWorkflow.Move.sendBack, version: proposal.version, note: "Cek ulang status DTKS",
            by: office.actor("kasi"), user: office.user("kasi"))
        #expect(back.status == .awaitingVerification && back.lastNote == "Cek ulang status DTKS")
    }

    @Test func aMoveFromTheWrongStateIsRefusedWithoutWriting() throws {
        let office = try SidakisFixture()
        let proposal = try office.propose([office.family.head])[0]
        #expect(throws: ProposalError.self) {
            try office.service.move(proposal.id, SidakisWorkflow.Move.verify, version: proposal.version, note: "",
                                    by: office.actor("staf"), user: office.user("staf"))
        }
        #expect(try office.events(proposal.id).count == 1)
    }

    @Test func twoStaffVerifyingAtOnceOneWinsAndNothingIsHalfDone() throws {
        let office = try SidakisFixture()
        let proposal = try office.advance(try office.propose([office.family.head])[0], through: [(SidakisWorkflow.Move.receive, "staf")])
        let outcomes = Mutex<[Result<Proposal, any Error>]>([])
        let service = office.service
        let staff = [(office.actor("staf"), office.user("staf")), (office.actor("staf2"), office.user("staf2"))]
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let (actor, user) = staff[index]
            let result = Result {
                try service.move(proposal.id, SidakisWorkflow.Move.verify, version: proposal.version, note: "", by: actor, user: user)
            }
            outcomes.withLock { $0.append(result) }
        }
        let results = outcomes.withLock { $0 }
        #expect(results.filter { (try? $0.get()) != nil }.count == 1)
        let failure = results.compactMap { result -> (any Error)? in
            if case .failure(let error) = result { return error }
            return nil
        }.first
        #expect(failure as? ProposalError == .changedMeanwhile(current: .awaitingApproval))
        #expect(try office.events(proposal.id).map(\.transition) == ["buat", "terima", "verifikasi"])
        let audits = try office.app.environment.pool.read {
            try $0.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = 'sidakis.verifikasi'")
        }
        #expect(audits == 1)
    }

    @Test func theVerifierIsWarnedOfAnOpenProposalAndAnExistingPBI() throws {
        let office = try SidakisFixture()
        let first = try office.propose([office.family.wife])[0]
        let second = try office.propose([office.family.wife], by: "staf")[0]
        var head = PersonInput(office.family.head, includingNIK: true)
        head.jknSegment = .pbiAPBN
        _ = try office.registry.editPerson(office.family.head.id, head, version: office.family.head.version, by: .cli, scope: .everywhere)
        let third = try office.propose([office.family.head])[0]
        let today = CalendarDate(office.app.environment.clock.now, timeZone: "Asia/Jakarta")
        let (forSecond, forThird) = try office.app.environment.pool.read { db in
            (try DecisionSupport.gather(for: second, today: today, in: db), try DecisionSupport.gather(for: third, today: today, in: db))
        }
        #expect(forSecond.warnings.contains { $0.contains(first.registrationNumber) })
        #expect(forThird.warnings.contains("Sudah peserta PBI APBN menurut data penduduk."))
        #expect(forThird.dukcapilText.contains("Ekstrak Dukcapil belum dimuat"))
        #expect(forThird.dtksText.contains("Tidak tercatat di DTKS/DTSEN"))
        #expect(forThird.scoreText == "Keluarga belum dinilai (SIDAMESRA).")
        #expect(forThird.nikProblem == nil)
    }

    @Test func theVerifierSeesTheHouseholdsSIDAMESRACategoryAndRank() throws {
        let office = try SidakisFixture()
        let pool = office.app.environment.pool
        try pool.write { db in
            try ScoreFixtures.add(9001, total: 40, members: 4, noKK: 9001, desa: RegistryFixtures.poncosari, in: db)
            try ScoreFixtures.add(9002, total: 70, members: 3, noKK: 9002, desa: RegistryFixtures.poncosari, in: db)
            try ScoreFixtures.add(9003, total: 30, members: 2, noKK: 9003, desa: RegistryFixtures.trimurti, in: db)
        }
        let head = try #require(try pool.read { try PersonStore.members(of: 9002, in: $0) }.first)
        let proposal = try office.propose([head], by: "staf")[0]
        let today = CalendarDate(office.app.environment.clock.now, timeZone: "Asia/Jakarta")
        let support = try pool.read { try DecisionSupport.gather(for: proposal, today: today, in: $0) }
        #expect(support.score?.total == 70 && support.score?.bandName == "Rentan Miskin")
        #expect(support.ranks.map(\.rank) == [2, 3, 3] && support.ranks.map(\.areaCount) == [2, 3, 3])
        #expect(support.scoreText.contains("peringkat 2 dari 2 di kalurahan (desil 6)"))
    }
}
