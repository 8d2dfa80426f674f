import App
import Core
import Database
import Foundation
import Registry
import Sidakis
import Testing
import TestSupport

/// SIDAKIS through `/api/v1`: the same services as the pages (documents checked by content,
/// documents per age, area scope, workflow permissions, the optimistic version, the per-row
/// result report), answered in the document's shapes.
@Suite struct APISidakisTests {
    typealias Fixture = APISidakisFixture

    // MARK: Submission

    @Test func anOperatorSubmitsAWholeFamilyWithItsDocuments() throws {
        let office = try Fixture()
        let response = try office.call(
            "POST", "/api/v1/sidakis/usulan", as: "op.poncosari",
            json: office.submission([office.head, office.wife, office.child]), expect: 201)
        let created = response.object["usulan"] as? [[String: Any]] ?? []
        #expect(created.count == 3)
        #expect(created.map { $0["nomor_registrasi"] as? String } == ["PBI/2026/000001", "PBI/2026/000002", "PBI/2026/000003"])
        #expect(created.allSatisfy { $0["status"] as? String == "diajukan" && $0["versi"] as? Int == 1 })
        #expect(created.allSatisfy { $0["nik_tersamar"] as? Bool == true })
        #expect(created.map { $0["nik"] as? String } == [office.head, office.wife, office.child].map { IdentityNumberText.masked($0.nik) })
        let first = try #require(created.first?["id"] as? Int)
        #expect(created.allSatisfy { $0["kelompok_keluarga"] as? Int == first }, "one family submission")
        #expect(response.raw.header("Location") == nil, "several proposals have no single address")
        // One KK for all three, one personal document each, linked as the age asks.
        #expect(try office.count("attachments") == 4)
        let child = try office.call("GET", "/api/v1/sidakis/usulan/\(first + 2)", as: "staf", expect: 200)
        let kinds = (child.object["berkas"] as? [[String: Any]] ?? []).compactMap { $0["jenis"] as? String }
        #expect(kinds.sorted() == ["akta_kia", "kk"])
        #expect((child.object["berkas_kurang"] as? [Any])?.isEmpty == true)
    }

    @Test func aSinglePersonsDocumentNeedsNoNIKAndTheAnswerHasALocation() throws {
        let office = try Fixture()
        let body = office.submission([office.head]) { body in
            body["berkas"] = [Fixture.document("kk", bytes: Fixture.jpeg), Fixture.document("ktp")]
            body["jenis"] = "pengalihan"
            body["kepesertaan_lama"] = "pbpu"
        }
        let response = try office.call("POST", "/api/v1/sidakis/usulan", as: "staf", json: body, expect: 201)
        let proposal = try #require((response.object["usulan"] as? [[String: Any]])?.first)
        #expect(proposal["jenis"] as? String == "pengalihan")
        #expect(proposal["kepesertaan_lama"] as? String == "pbpu")
        #expect(response.raw.header("Location") == "/api/v1/sidakis/usulan/\(proposal["id"] as? Int ?? 0)")
    }

    @Test func missingAndInvalidFieldsAre422NamingTheJSONKeys() throws {
        let office = try Fixture()
        let cases: [(String, (inout [String: Any]) -> Void, [String])] = [
            ("no kind", { $0["jenis"] = nil }, ["jenis"]),
            ("unknown kind and source", { $0["jenis"] = "lain"; $0["sumber"] = "tetangga" }, ["jenis", "sumber"]),
            ("transfer without the old segment", { $0["jenis"] = "pengalihan" }, ["kepesertaan_lama"]),
            ("no KK", { $0["berkas"] = [Fixture.document("ktp")] }, ["berkas"]),
            ("no one", { $0["orang"] = [String](); $0["berkas"] = [Fixture.document("kk", bytes: Fixture.jpeg)] }, ["orang"]),
            ("unknown NIK", { $0["orang"] = ["3402011111110001"] }, ["orang[0]", "berkas[1].nik"]),
            ("reason too long", { $0["alasan"] = String(repeating: "a", count: 2001) }, ["alasan"]),
            ("orang is not a list", { $0["orang"] = "3402011111110001" }, ["orang"]),
        ]
        for (label, change, fields) in cases {
            let response = try office.call(
                "POST", "/api/v1/sidakis/usulan", as: "op.poncosari", json: office.submission([office.head], change: change),
                expect: 422)
            #expect(response.errorCode == "validation_failed", "\(label)")
            #expect(Set(response.errorFields.keys) == Set(fields), "\(label): \(response.errorFields)")
        }
        #expect(try office.count("sidakis_proposals") == 0)
        #expect(try office.count("attachments") == 0)
    }

    @Test func badBase64OrAFileThatIsNoDocumentIsRefusedOnThatDocument() throws {
        let office = try Fixture()
        let notBase64 = office.submission([office.head, office.wife]) { body in
            var documents = body["berkas"] as? [[String: Any]] ?? []
            documents[2]["isi_base64"] = "bukan base64!"
            body["berkas"] = documents
        }
        let first = try office.call("POST", "/api/v1/sidakis/usulan", as: "op.poncosari", json: notBase64, expect: 422)
        #expect(Array(first.errorFields.keys) == ["berkas[2].isi_base64"])
        // An executable named .jpg: the content decides, as on the form.
        let renamed = office.submission([office.head]) { body in
            body["berkas"] = [Fixture.document("kk", bytes: Fixture.executable, name: "kk.jpg"), Fixture.document("ktp")]
        }
        let second = try office.call("POST", "/api/v1/sidakis/usulan", as: "op.poncosari", json: renamed, expect: 422)
        #expect(second.errorFields["berkas[0].isi_base64"]?.contains("Jenis berkas tidak diterima") == true, "\(second.errorFields)")
        #expect(second.errorFields.count == 1)
        let empty = office.submission([office.head]) { body in
            body["berkas"] = [Fixture.document("kk", bytes: Fixture.jpeg), Fixture.document("ktp", bytes: [])]
        }
        let third = try office.call("POST", "/api/v1/sidakis/usulan", as: "op.poncosari", json: empty, expect: 422)
        #expect(third.errorFields["berkas[1].isi_base64"] != nil)
        #expect(try office.count("sidakis_proposals") == 0)
        #expect(try office.count("attachments") == 0)
    }

    @Test func aFileOverTheDocumentLimitIsAFieldErrorNotA413() throws {
        let office = try Fixture()
        let large = Fixture.pdf + [UInt8](repeating: 0x20, count: 5 * 1_048_576)
        let body = office.submission([office.head]) { body in
            body["berkas"] = [Fixture.document("kk", bytes: Fixture.jpeg), Fixture.document("ktp", bytes: large)]
        }
        let response = try office.call("POST", "/api/v1/sidakis/usulan", as: "op.poncosari", json: body, expect: 422)
        #expect(response.errorFields["berkas[1].isi_base64"]?.contains("terlalu besar") == true, "\(response.errorFields)")
    }

    /// The form takes 30 MiB of files; the API takes the same in base64, past the server's 10 MiB.
    @Test func documentsBeyondTheServersDefaultBodyLimitAreAccepted() throws {
        let office = try Fixture()
        let scan = Fixture.pdf + [UInt8](repeating: 0x20, count: 4_500_000)
        let body = office.submission([office.head]) { body in
            body["berkas"] = [Fixture.document("kk", bytes: scan), Fixture.document("ktp", nik: office.head.nik, bytes: scan)]
        }
        #expect(body.utf8.count > 10 * 1_048_576)
        _ = try office.call("POST", "/api/v1/sidakis/usulan", as: "op.poncosari", json: body, expect: 201)
    }

    @Test func theDocumentsMustFitThePeople() throws {
        let office = try Fixture()
        let cases: [([[String: Any]], String)] = [
            // A KTP for a ten-year-old: the age rule asks for the birth certificate or KIA.
            ([Fixture.document("kk", bytes: Fixture.jpeg), Fixture.document("ktp", nik: office.head.nik),
              Fixture.document("ktp", nik: office.child.nik)], "berkas[2].jenis"),
            ([Fixture.document("kk", bytes: Fixture.jpeg), Fixture.document("ktp", nik: office.head.nik),
              Fixture.document("akta_kia")], "berkas[2].nik"),
            ([Fixture.document("kk", bytes: Fixture.jpeg), Fixture.document("ktp", nik: office.head.nik),
              Fixture.document("ktp", nik: office.wife.nik)], "berkas[2].nik"),
            ([Fixture.document("kk", bytes: Fixture.jpeg), Fixture.document("kk", bytes: Fixture.jpeg),
              Fixture.document("ktp", nik: office.head.nik)], "berkas[1].jenis"),
        ]
        for (documents, field) in cases {
            let body = office.submission([office.head, office.child]) { $0["berkas"] = documents }
            let response = try office.call("POST", "/api/v1/sidakis/usulan", as: "op.poncosari", json: body, expect: 422)
            #expect(response.errorFields[field] != nil, "\(field): \(response.errorFields)")
        }
        // A member's document left out: the service's own message, on `berkas`.
        let missing = office.submission([office.head, office.child]) { body in
            body["berkas"] = [Fixture.document("kk", bytes: Fixture.jpeg), Fixture.document("ktp", nik: office.head.nik)]
        }
        let response = try office.call("POST", "/api/v1/sidakis/usulan", as: "op.poncosari", json: missing, expect: 422)
        #expect(response.errorFields["berkas"]?.contains(office.child.name) == true, "\(response.errorFields)")
        #expect(try office.count("sidakis_proposals") == 0)
    }

    @Test func anOperatorOfAnotherKalurahanCannotProposeReadOrFindItsPeople() throws {
        let office = try Fixture()
        let ids = try office.submit([office.head])
        // Outside the area a NIK is as unknown as one nowhere (no oracle of who lives elsewhere).
        let proposal = try office.call(
            "POST", "/api/v1/sidakis/usulan", as: "op.trimurti", json: office.submission([office.head]), expect: 422)
        #expect(proposal.errorFields["orang[0]"] == "NIK tidak ditemukan di data penduduk wilayah Anda.")
        let read = try office.call("GET", "/api/v1/sidakis/usulan/\(ids[0])", as: "op.trimurti", expect: 404)
        #expect(read.errorCode == "not_found")
        let list = try office.call("GET", "/api/v1/sidakis/usulan", as: "op.trimurti", expect: 200)
        #expect(list.object["total"] as? Int == 0)
        let byNIK = try office.call("GET", "/api/v1/sidakis/usulan?nik=\(office.head.nik)", as: "op.trimurti", expect: 200)
        #expect((byNIK.object["items"] as? [Any])?.isEmpty == true)
        let area = try office.call(
            "GET", "/api/v1/sidakis/usulan?wilayah=\(RegistryFixtures.poncosari)", as: "op.trimurti", expect: 404)
        #expect(area.errorFields["wilayah"] != nil)
        try office.call(
            "POST", "/api/v1/sidakis/usulan/\(ids[0])/langkah", as: "op.trimurti",
            json: Fixture.json(["langkah": "terima", "versi": 1]), expect: 404)
    }

    @Test func rolesWithoutThePermissionAre403() throws {
        let office = try Fixture()
        let ids = try office.submit([office.head])
        let kadis = try office.call(
            "POST", "/api/v1/sidakis/usulan", as: "kadis", json: office.submission([office.head]), expect: 403)
        #expect(kadis.errorCode == "forbidden")
        try office.call(
            "POST", "/api/v1/sidakis/aktivasi/1/hasil", as: "kasi",
            json: Fixture.json(["baris": [["nik": office.head.nik, "hasil": "berhasil"]]]), expect: 403)
        try office.call(
            "POST", "/api/v1/sidakis/aktivasi/1/hasil", as: "op.poncosari",
            json: Fixture.json(["baris": [["nik": office.head.nik, "hasil": "berhasil"]]]), expect: 403)
        // The route is open to viewers; the move's own permission decides, as on the page.
        let move = try office.call(
            "POST", "/api/v1/sidakis/usulan/\(ids[0])/langkah", as: "op.poncosari",
            json: Fixture.json(["langkah": "terima", "versi": 1]), expect: 403)
        #expect(move.errorCode == "forbidden")
        #expect(try office.service.proposal(ids[0], scope: .everywhere).status == .submitted)
        #expect(try office.count("sidakis_proposals") == 1)
    }

    @Test func aSessionCookieIsRefusedOnTheSidakisEndpoints() throws {
        let office = try Fixture()
        try office.api.account("staf.web", role: .staf)
        let browser = office.api.app.browser()
        #expect(try browser.login("staf.web", APIFixture.password).status == 303)
        #expect(try browser.get("/sidakis").status == 200, "the cookie works on pages")
        let cookie = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        for (method, path, body) in [
            ("GET", "/api/v1/sidakis/usulan", nil), ("POST", "/api/v1/sidakis/usulan", office.submission([office.head])),
        ] {
            let response = try office.api.call(method, path, json: body, headers: ["Cookie": cookie])
            #expect(response.status == 401, "\(method) \(path)")
            #expect(response.errorCode == "unauthorized")
        }
        #expect(try office.count("sidakis_proposals") == 0)
    }

    // MARK: Queue and detail

    @Test func theListIsPagedFilteredAndMasked() throws {
        let office = try Fixture()
        let ids = try office.submit([office.head, office.wife, office.child])
        try office.move(ids[0], SidakisWorkflow.Move.receive, as: "staf")
        let all = try office.call("GET", "/api/v1/sidakis/usulan?per_page=2", as: "op.poncosari", expect: 200)
        #expect(all.object["total"] as? Int == 3)
        #expect((all.object["items"] as? [[String: Any]])?.count == 2)
        let second = try office.call("GET", "/api/v1/sidakis/usulan?per_page=2&page=2", as: "op.poncosari", expect: 200)
        #expect((second.object["items"] as? [Any])?.count == 1)
        let items = (all.object["items"] as? [[String: Any]] ?? []) + (second.object["items"] as? [[String: Any]] ?? [])
        #expect(items.allSatisfy { ($0["nik"] as? String)?.contains("••••") == true }, "masked as in the queue")
        let received = try office.call(
            "GET", "/api/v1/sidakis/usulan?status=menunggu_verifikasi", as: "staf", expect: 200)
        #expect((received.object["items"] as? [[String: Any]])?.map { $0["id"] as? Int } == [Int(ids[0])])
        let byNIK = try office.call("GET", "/api/v1/sidakis/usulan?nik=\(office.wife.nik)", as: "staf", expect: 200)
        #expect((byNIK.object["items"] as? [[String: Any]])?.map { $0["id"] as? Int } == [Int(ids[1])])
        let mine = try office.call("GET", "/api/v1/sidakis/usulan?saya=true", as: "staf", expect: 200)
        #expect(mine.object["total"] as? Int == 0)
        try office.call(
            "GET", "/api/v1/sidakis/usulan?wilayah=\(RegistryFixtures.poncosari)&jenis=baru&sumber=kalurahan", as: "staf",
            expect: 200)
        for bad in ["status=selesai", "status=", "nik=123", "jenis=x", "saya=ya", "page=0", "per_page=101"] {
            let response = try office.call("GET", "/api/v1/sidakis/usulan?\(bad)", as: "staf", expect: 400)
            #expect(response.errorCode == "bad_request", "\(bad)")
        }
    }

    @Test func theDetailShowsHistoryAndTheWholeNIKOnlyToRolesThatMayWithAnAudit() throws {
        let office = try Fixture()
        let id = try office.submit([office.head])[0]
        try office.move(id, SidakisWorkflow.Move.receive, as: "staf")
        func audits() throws -> Int {
            try office.api.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = 'sidakis.lihat'") }
        }
        let staf = try office.call("GET", "/api/v1/sidakis/usulan/\(id)", as: "staf", expect: 200)
        #expect(staf.object["nik"] as? String == office.head.nik)
        #expect(staf.object["nik_tersamar"] as? Bool == false)
        #expect(try audits() == 1)
        let history = staf.object["riwayat"] as? [[String: Any]] ?? []
        #expect(history.map { $0["ke"] as? String } == ["diajukan", "menunggu_verifikasi"])
        #expect(history.first?["dari"] is NSNull)
        #expect((staf.object["langkah_tersedia"] as? [String])?.sorted() == ["kembalikan", "verifikasi"])
        #expect(staf.object["nomor_kis"] is NSNull)
        let kadis = try office.call("GET", "/api/v1/sidakis/usulan/\(id)", as: "kadis", expect: 200)
        #expect(kadis.object["nik"] as? String == IdentityNumberText.masked(office.head.nik))
        #expect((kadis.object["langkah_tersedia"] as? [Any])?.isEmpty == true)
        #expect(try audits() == 1, "a masked view writes nothing")
        try office.call("GET", "/api/v1/sidakis/usulan/999999", as: "staf", expect: 404)
    }

    // MARK: Moves

    @Test func aMoveNamesTheVersionItReadAndAStaleOneIs409() throws {
        let office = try Fixture()
        let id = try office.submit([office.head])[0]
        let moved = try office.move(id, SidakisWorkflow.Move.receive, as: "staf")
        #expect(moved.object["status"] as? String == "menunggu_verifikasi")
        #expect(moved.object["versi"] as? Int == 2)
        let stale = try office.call(
            "POST", "/api/v1/sidakis/usulan/\(id)/langkah", as: "staf",
            json: Fixture.json(["langkah": "verifikasi", "versi": 1]), expect: 409)
        #expect(stale.errorCode == "conflict")
        // At the present version but from the wrong state.
        let state = try office.call(
            "POST", "/api/v1/sidakis/usulan/\(id)/langkah", as: "staf",
            json: Fixture.json(["langkah": "terima", "versi": 2]), expect: 409)
        #expect(state.errorCode == "conflict")
        let noNote = try office.call(
            "POST", "/api/v1/sidakis/usulan/\(id)/langkah", as: "staf",
            json: Fixture.json(["langkah": "kembalikan", "versi": 2]), expect: 422)
        #expect(noNote.errorFields["catatan"] != nil)
        let unknown = try office.call(
            "POST", "/api/v1/sidakis/usulan/\(id)/langkah", as: "staf",
            json: Fixture.json(["langkah": "aktivasi", "versi": 2]), expect: 422)
        #expect(unknown.errorFields["langkah"] != nil)
        try office.call(
            "POST", "/api/v1/sidakis/usulan/\(id)/langkah", as: "staf", json: Fixture.json(["langkah": "verifikasi"]),
            expect: 422)
        #expect(try office.service.proposal(id, scope: .everywhere).version == 2)
    }

    // MARK: BPJS results

    @Test func resultRowsGetTheSamePerRowReportAsAFileAndOnlyValidRowsApply() throws {
        let office = try Fixture()
        let family = try office.submit([office.head, office.wife, office.child])
        let batch = try office.batch(of: family)
        let other = try office.submit([office.outsider], as: "staf")
        let body = Fixture.json(["baris": [
            ["nik": office.head.nik, "hasil": "berhasil", "nomor_kis": "0001234567890"],
            ["nik": office.wife.nik, "hasil": "berhasil", "nomor_kis": "12345"],
            ["nik": office.child.nik, "hasil": "ditangguhkan", "alasan": "Data ganda di BPJS"],
            ["nik": "3402011111110001", "hasil": "berhasil", "nomor_kis": "0001234567891"],
            ["nik": office.outsider.nik, "hasil": "tidak_berhasil", "alasan": "Bukan batch ini"],
            ["nik": office.head.nik, "hasil": "berhasil", "nomor_kis": "0001234567890"],
            ["nik": office.wife.nik, "hasil": "tidak_berhasil"],
        ]])
        let response = try office.call("POST", "/api/v1/sidakis/aktivasi/\(batch)/hasil", as: "staf", json: body, expect: 200)
        let lines = response.object["baris"] as? [[String: Any]] ?? []
        #expect(lines.map { $0["dicatat"] as? Bool } == [true, false, true, false, false, false, false])
        #expect(lines.map { $0["indeks"] as? Int } == [0, 1, 2, 3, 4, 5, 6])
        let outcomes = lines.map { $0["keterangan"] as? String ?? "" }
        #expect(outcomes.count == 7)
        #expect(outcomes[1] == ResultImportReport.Problem.invalidKIS)
        #expect(outcomes[3] == ResultImportReport.Problem.unknownNIK)
        #expect(outcomes[4] == ResultImportReport.Problem.notInBatch)
        #expect(outcomes[5] == ResultImportReport.Problem.duplicate)
        #expect(outcomes[6] == ResultImportReport.Problem.duplicate)
        #expect(response.object["dicatat"] as? Int == 2 && response.object["ditolak"] as? Int == 5)
        // Nothing wrong applied: the wife waits in activation, the outsider where she was.
        #expect(try office.service.proposal(family[1], scope: .everywhere).status == .activating)
        #expect(try office.service.proposal(other[0], scope: .everywhere).status == .submitted)
        let detail = try office.call("GET", "/api/v1/sidakis/usulan/\(family[0])", as: "kasi", expect: 200)
        #expect(detail.object["status"] as? String == "berhasil")
        #expect(detail.object["nomor_kis"] as? String == "0001234567890")
        #expect((detail.object["batch"] as? [String: Any])?["id"] as? Int == Int(batch))
        let person = try office.api.pool.read { try PersonStore.find(office.head.id, in: .everywhere, db: $0) }
        #expect(person?.jknSegment == .pbiAPBD, "the register learns the new segment")
        // The same row again: already recorded, reported, not applied twice.
        let again = try office.call(
            "POST", "/api/v1/sidakis/aktivasi/\(batch)/hasil", as: "staf",
            json: Fixture.json(["baris": [["nik": office.head.nik, "hasil": "berhasil", "nomor_kis": "0001234567890"]]]),
            expect: 200)
        #expect((again.object["baris"] as? [[String: Any]])?.first?["keterangan"] as? String
            == ResultImportReport.Problem.alreadyRecorded)
    }

    @Test func aResultBodyOfTheWrongShapeIsRefusedWhole() throws {
        let office = try Fixture()
        let family = try office.submit([office.head])
        let batch = try office.batch(of: family)
        let path = "/api/v1/sidakis/aktivasi/\(batch)/hasil"
        let unknownResult = try office.call(
            "POST", path, as: "staf", json: Fixture.json(["baris": [["nik": office.head.nik, "hasil": "lulus"]]]), expect: 422)
        #expect(unknownResult.errorFields["baris[0].hasil"] != nil)
        let empty = try office.call("POST", path, as: "staf", json: Fixture.json(["baris": [Any]()]), expect: 422)
        #expect(empty.errorFields["baris"] != nil)
        let noNIK = try office.call("POST", path, as: "staf", json: Fixture.json(["baris": [["hasil": "berhasil"]]]), expect: 422)
        #expect(noNIK.errorFields["baris[0].nik"] == "Wajib diisi.")
        try office.call("POST", "/api/v1/sidakis/aktivasi/999/hasil", as: "staf",
                        json: Fixture.json(["baris": [["nik": office.head.nik, "hasil": "berhasil"]]]), expect: 404)
        #expect(try office.service.proposal(family[0], scope: .everywhere).status == .activating)
        #expect(try office.api.pool.read {
            try $0.scalar(Int.self, "SELECT count(*) FROM audit_log WHERE action = 'sidakis.batch.impor-hasil'")
        } == 0)
    }
}
