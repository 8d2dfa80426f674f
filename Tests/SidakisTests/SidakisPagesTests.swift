import Core
import Foundation
import Sidakis
import Testing
import TestSupport

/// The SIDAKIS pages through the real application: submission with uploads and their limits,
/// documents served only inside the viewer's areas, queues per role with counts, overdue
/// highlighting from a scripted timeline, concurrent verification, area scoping.
@Suite struct SidakisPagesTests {
    func submitForm(_ office: SidakisFixture, persons: [Int64], reason: String = "Sakit menahun") -> [(String, String)] {
        [("nik", office.family.head.nik), ("jenis", "baru"), ("kepesertaan_lama", ""), ("sumber", "kalurahan"),
         ("alasan", reason)] + persons.map { ("orang", String($0)) }
    }

    @Test func anOperatorSubmitsAFamilyThroughTheForm() throws {
        let office = try SidakisFixture()
        let browser = try office.signIn("op.poncosari")
        let form = try browser.get("/sidakis/usulan/baru?nik=\(office.family.head.nik)")
        #expect(form.status == 200)
        #expect(form.text.contains("Tole Sutrisno") && form.text.contains("Akta kelahiran atau KIA — Tole Sutrisno"))
        let answer = try browser.postMultipart(
            "/sidakis/usulan/baru", submitForm(office, persons: [office.family.head.id, office.family.child.id]),
            files: [("berkas_kk", "kk.jpg", "image/jpeg", SidakisFixture.jpeg),
                    ("berkas_\(office.family.head.id)", "ktp.pdf", "application/pdf", SidakisFixture.pdf),
                    ("berkas_\(office.family.child.id)", "akta.png", "image/png",
                     [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])])
        #expect(answer.status == 303)
        let queue = try browser.get("/sidakis?saya=1")
        #expect(queue.text.contains("PBI/2026/000001") && queue.text.contains("PBI/2026/000002"))
        #expect(queue.text.contains("Diajukan: 2"))
    }

    @Test func anOversizeFileIsAFieldErrorWithTheOtherValuesKept() throws {
        let office = try SidakisFixture()
        let browser = try office.signIn("op.poncosari")
        try browser.get("/sidakis/usulan/baru?nik=\(office.family.head.nik)")
        let big = SidakisFixture.jpeg + [UInt8](repeating: 0x41, count: 5 * 1_048_576)
        let answer = try browser.postMultipart(
            "/sidakis/usulan/baru", submitForm(office, persons: [office.family.head.id], reason: "Alasan yang tetap ada"),
            files: [("berkas_kk", "kk.jpg", "image/jpeg", big),
                    ("berkas_\(office.family.head.id)", "ktp.jpg", "image/jpeg", SidakisFixture.executable)])
        #expect(answer.status == 422)
        #expect(answer.text.contains(AttachmentError.tooLarge(.document).message))
        #expect(answer.text.contains("Jenis berkas tidak diterima"))
        #expect(answer.text.contains("Alasan yang tetap ada"))
        #expect(answer.text.contains("value=\"\(office.family.head.id)\" checked"))
    }

    @Test func aRequestOverTheRouteLimitIs413() throws {
        let office = try SidakisFixture()
        let browser = try office.signIn("op.poncosari")
        let cookie = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        // Refused from its declared length, before the 30 MiB body is read.
        let refused = try office.app.server.client().request(
            "POST /sidakis/usulan/baru HTTP/1.1\r\nHost: t\r\nCookie: \(cookie)\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\n"
                + "Content-Length: \(SidakisController.submissionBodyLimit + 1)\r\n\r\n")
        #expect(refused.status == 413)
        #expect(try office.app.environment.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM sidakis_proposals") } == 0)
    }

    @Test func documentsAreServedOnlyInsideTheViewersAreas() throws {
        let office = try SidakisFixture()
        let proposal = try office.propose([office.family.head])[0]
        let documents = try office.app.environment.pool.read { try ProposalDocumentStore.documents(of: proposal.id, in: $0) }
        let kk = try #require(documents.first { $0.document == .familyCard })
        let own = try office.signIn("op.poncosari").get("/sidakis/berkas/\(kk.attachmentID)")
        #expect(own.status == 200 && own.body == SidakisFixture.jpeg)
        #expect(own.header("Content-Type") == "image/jpeg")
        let stranger = try office.signIn("op.trimurti")
        #expect(try stranger.get("/sidakis/berkas/\(kk.attachmentID)").status == 404)
        #expect(try stranger.get("/sidakis/usulan/\(proposal.id)").status == 404)
        #expect(try stranger.get("/sidakis/berkas/999999").status == 404)
        #expect(try office.signIn("staf").get("/sidakis/berkas/\(kk.attachmentID)").status == 200)
        #expect(try office.app.browser().get("/sidakis/berkas/\(kk.attachmentID)").status == 303, "anonymous → login")
        #expect(try office.signIn("admin").get("/sidakis/berkas/\(kk.attachmentID)").status == 403)
    }

    @Test func queuesAreScopedAndCountedPerRole() throws {
        let office = try SidakisFixture()
        try office.propose([office.family.head, office.family.wife])
        try office.propose([office.elsewhere.head], by: "op.trimurti")
        let mine = try office.signIn("op.poncosari").get("/sidakis")
        #expect(mine.text.contains("Paijo Sutrisno") && !mine.text.contains("Sastro"))
        #expect(mine.text.contains("Diajukan: 2"))
        let staf = try office.signIn("staf").get("/sidakis")
        #expect(staf.text.contains("Diajukan: 3") && staf.text.contains("Sastro"))
        let filtered = try office.signIn("staf").get("/sidakis?wilayah=\(RegistryFixtures.trimurti)")
        #expect(filtered.text.contains("Sastro") && !filtered.text.contains("Paijo"))
        let pendamping = try office.signIn("pendamping").get("/sidakis")
        #expect(pendamping.text.contains("Diajukan: 3"))
    }

    @Test func slaFromAScriptedTimelineHighlightsOverdueItems() throws {
        let office = try SidakisFixture()
        let proposal = try office.propose([office.family.head])[0]
        let staf = try office.signIn("staf")
        #expect(!(try staf.get("/sidakis").text.contains("lewat standar")))
        office.app.time.advance(by: 3 * 60)
        let late = try staf.get("/sidakis")
        #expect(late.text.contains("class=\"overdue\""))
        #expect(late.text.contains("3 menit"))
        let received = try office.advance(proposal, through: [(SidakisWorkflow.Move.receive, "staf")])
        office.app.time.advance(by: 9 * 60)
        #expect(!(try staf.get("/sidakis").text.contains("class=\"overdue\"")), "9 of 10 verification minutes")
        office.app.time.advance(by: 2 * 60)
        #expect(try staf.get("/sidakis").text.contains("class=\"overdue\""))
        let page = try staf.get("/sidakis/usulan/\(received.id)")
        #expect(page.text.contains("Diterima melalui aplikasi") && page.text.contains("lewat standar"))
        // Over the evening the clock stops: 16.00 to 08.00 is not working time.
        let timings = try office.app.environment.pool.read { db in
            WorkflowSLA(SidakisWorkflow.definition, settings: office.app.environment.settings.current)
                .timings(try WorkflowHistory.events(workflow: "sidakis", itemID: received.id, in: db), now: office.app.environment.clock.now)
        }
        #expect(timings.map(\.workingMinutes) == [3, 11])
        #expect(timings.map(\.isOverdue) == [true, true])
    }

    @Test func twoStaffVerifyTheSameProposalAndTheSecondIsTold() throws {
        let office = try SidakisFixture()
        let proposal = try office.advance(try office.propose([office.family.head])[0], through: [(SidakisWorkflow.Move.receive, "staf")])
        let first = try office.signIn("staf")
        let second = try office.signIn("staf2")
        let pageOne = try first.get("/sidakis/usulan/\(proposal.id)")
        try second.get("/sidakis/usulan/\(proposal.id)")
        #expect(pageOne.text.contains("/aksi/verifikasi") && pageOne.text.contains("/aksi/kembalikan"))
        let won = try first.post("/sidakis/usulan/\(proposal.id)/aksi/verifikasi", [("versi", String(proposal.version)), ("catatan", "")])
        let lost = try second.post(
            "/sidakis/usulan/\(proposal.id)/aksi/kembalikan", [("versi", String(proposal.version)), ("catatan", "KTP tidak terbaca")])
        #expect(won.status == 303)
        #expect(lost.status == 409)
        #expect(lost.text.contains("baru saja diproses pengguna lain"))
        #expect(try office.events(proposal.id).map(\.transition) == ["buat", "terima", "verifikasi"])
    }

    @Test func roleAndStateDecideTheMovesOnThePage() throws {
        let office = try SidakisFixture()
        let proposal = try office.propose([office.family.head])[0]
        let operatorBrowser = try office.signIn("op.poncosari")
        let page = try operatorBrowser.get("/sidakis/usulan/\(proposal.id)")
        #expect(page.status == 200 && !page.text.contains("/aksi/"))
        let refused = try operatorBrowser.post("/sidakis/usulan/\(proposal.id)/aksi/terima", [("versi", "1"), ("catatan", "")])
        #expect(refused.status == 403)
        let kasi = try office.signIn("kasi")
        try kasi.get("/sidakis/usulan/\(proposal.id)")
        let early = try kasi.post("/sidakis/usulan/\(proposal.id)/aksi/setujui", [("versi", "1"), ("catatan", "")])
        #expect(early.status == 409)
        let staf = try office.signIn("staf")
        try staf.get("/sidakis/usulan/\(proposal.id)")
        let noNote = try staf.post("/sidakis/usulan/\(proposal.id)/aksi/kembalikan", [("versi", "1"), ("catatan", "")])
        #expect(noNote.status == 422 && noNote.text.contains("minimal 5 karakter"))
        #expect(try office.events(proposal.id).count == 1)
    }

    @Test func bnbaDownloadsAreIdenticalAndResultsComeBackThroughThePage() throws {
        let office = try SidakisFixture()
        let approved = try office.approved(try office.propose([office.family.head])[0])
        let staf = try office.signIn("staf")
        try staf.get("/sidakis/aktivasi")
        let created = try staf.post("/sidakis/aktivasi", [])
        #expect(created.status == 303)
        let location = try #require(created.header("Location"))
        let csv1 = try staf.get(location + "/csv")
        office.app.time.advance(by: 3600)
        let csv2 = try staf.get(location + "/csv")
        let xlsx1 = try staf.get(location + "/xlsx")
        let xlsx2 = try staf.get(location + "/xlsx")
        #expect(csv1.status == 200 && csv1.body == csv2.body && !csv1.body.isEmpty)
        #expect(xlsx1.status == 200 && xlsx1.body == xlsx2.body)
        #expect(csv1.text.contains(office.family.head.nik))
        try staf.get(location)
        let result = Array("NIK;Hasil;Nomor KIS;Alasan\r\n\(office.family.head.nik);berhasil;0001112223334;\r\n".utf8)
        let report = try staf.postMultipart(location + "/hasil", [], files: [("berkas", "hasil.csv", "text/csv", result)])
        #expect(report.status == 200 && report.text.contains("1 baris dicatat, 0 baris ditolak"))
        let page = try staf.get("/sidakis/usulan/\(approved.id)")
        #expect(page.text.contains("0001112223334") && page.text.contains("Berhasil"))
        #expect(try office.signIn("op.poncosari").get("/sidakis?saya=1").text.contains("0001112223334"), "the proposer sees the KIS number")
        #expect(try office.signIn("op.poncosari").get(location).status == 403)
    }

    @Test func theProposerSeesWhyItWasReturnedAndResubmitsThroughTheForm() throws {
        let office = try SidakisFixture()
        let proposal = try office.advance(try office.propose([office.family.child])[0], through: [
            (SidakisWorkflow.Move.receive, "staf"),
        ])
        _ = try office.service.move(
            proposal.id, SidakisWorkflow.Move.returnToProposer, version: proposal.version, note: "Akta kelahiran tidak terbaca",
            by: office.actor("staf"), user: office.user("staf"))
        let browser = try office.signIn("op.poncosari")
        #expect(try browser.get("/sidakis?status=dikembalikan").text.contains("Dikembalikan: 1"))
        let page = try browser.get("/sidakis/usulan/\(proposal.id)")
        #expect(page.text.contains("Akta kelahiran tidak terbaca") && page.text.contains("/ajukan-ulang"))
        let form = try browser.get("/sidakis/usulan/\(proposal.id)/ajukan-ulang")
        #expect(form.text.contains("Ganti akta kelahiran atau kia"))
        #expect(form.text.contains("name=\"versi\" value=\"3\""), "the version the proposer read")
        let answer = try browser.postMultipart(
            "/sidakis/usulan/\(proposal.id)/ajukan-ulang",
            [("versi", "3"), ("jenis", "baru"), ("sumber", "kalurahan"), ("alasan", "Anak sakit"), ("catatan", "Akta dipindai ulang")],
            files: [("berkas_\(office.family.child.id)", "akta.pdf", "application/pdf", SidakisFixture.pdf)])
        #expect(answer.status == 303)
        let after = try browser.get("/sidakis/usulan/\(proposal.id)")
        #expect(after.text.contains("Akta dipindai ulang") && after.text.contains("sudah diganti"))
        #expect(try office.events(proposal.id).map(\.transition) == ["buat", "terima", "kembalikan", "ajukan_ulang"])
        let audits = try office.app.environment.pool.read { db in
            (try db.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = 'sidakis.berkas'"),
             try db.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = 'sidakis.lihat'"))
        }
        #expect(audits.0 == 2, "the submission's files and the replacement")
        #expect(audits.1 == 2, "each full view by the operator")
    }

    @Test func theQueueFiltersByKindSourceAndDate() throws {
        let office = try SidakisFixture()
        try office.propose([office.family.head], kind: .transfer)
        office.app.time.advance(by: 86_400)
        try office.propose([office.elsewhere.head], by: "staf")
        let staf = try office.signIn("staf")
        let transfers = try staf.get("/sidakis?jenis=pengalihan")
        #expect(transfers.text.contains("Paijo") && !transfers.text.contains("Sastro"))
        let fromTuesday = try staf.get("/sidakis?dari=2026-11-17")
        #expect(!fromTuesday.text.contains("Paijo") && fromTuesday.text.contains("Sastro"))
        let mondayOnly = try staf.get("/sidakis?sampai=2026-11-16")
        #expect(mondayOnly.text.contains("Paijo") && !mondayOnly.text.contains("Sastro"))
        let community = try staf.get("/sidakis?sumber=masyarakat")
        #expect(!community.text.contains("Paijo") && !community.text.contains("Sastro"))
    }

    @Test func theQueueIsPaged() throws {
        let office = try SidakisFixture()
        var persons = [office.family.head, office.family.wife, office.family.child]
        for serial in 100..<124 {
            persons.append(try office.registry.addMember(
                to: office.family.household.id,
                RegistryFixtures.person("Anggota \(serial)", born: "1990-02-03", serial: serial, relationship: .otherFamily),
                by: .cli, scope: .everywhere))
        }
        try office.propose(persons)
        let staf = try office.signIn("staf")
        let first = try staf.get("/sidakis?status=diajukan")
        #expect(first.text.contains("1–25 dari 27") && first.text.contains("halaman=2"))
        let second = try staf.get("/sidakis?status=diajukan&halaman=2")
        #expect(second.text.contains("26–27 dari 27") && second.text.contains("PBI/2026/000027"))
        #expect(!second.text.contains("PBI/2026/000001<"))
    }

    @Test func thePersonPageLinksToTheProposalAndItsKISNumber() throws {
        let office = try SidakisFixture()
        let browser = try office.signIn("op.poncosari")
        let before = try browser.get("/penduduk/\(office.family.wife.id)")
        #expect(before.text.contains("/sidakis/usulan/baru?orang=\(office.family.wife.id)"))
        let form = try browser.get("/sidakis/usulan/baru?orang=\(office.family.wife.id)")
        #expect(form.text.contains("value=\"\(office.family.wife.id)\" checked"))
        let proposal = try office.propose([office.family.wife])[0]
        let after = try browser.get("/penduduk/\(office.family.wife.id)")
        #expect(after.text.contains("/sidakis/usulan/\(proposal.id)") && after.text.contains(proposal.registrationNumber))
        #expect(!after.text.contains("usulan/baru?orang="), "no second proposal offered while one is open")
    }

    @Test func budgetAndSettingsPagesAnswer() throws {
        let office = try SidakisFixture()
        let kasi = try office.signIn("kasi")
        let budget = try kasi.get("/sidakis/anggaran")
        #expect(budget.status == 200 && budget.text.contains("Rp 42.000") && budget.text.contains("Srandakan"))
        try kasi.get("/sidakis/pengaturan")
        let bad = try kasi.post("/sidakis/pengaturan", [("format_nomor", "PBI/{tahun}"), ("format_nomor_batch", "B/{seq}"), ("kolom_bnba", "nik,umur")])
        #expect(bad.status == 422)
        let good = try kasi.post("/sidakis/pengaturan", [("format_nomor", "PBI/{year}/{seq:5}"), ("format_nomor_batch", "B/{seq}"), ("kolom_bnba", "nik,nama")])
        #expect(good.status == 303)
        #expect(try office.propose([office.family.head])[0].registrationNumber == "PBI/2026/00001")
        #expect(try office.signIn("op.poncosari").get("/sidakis/anggaran").status == 403)
    }
}
