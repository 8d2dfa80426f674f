import Core
import Database
import Foundation
import HTTPServer
import Testing
import TestSupport

/// Uploads are judged by their content, never by their name or declared type, stored under a
/// random name with their SHA-256, and leave no file behind when their transaction fails.
@Suite struct AttachmentServiceTests {
    @Test(arguments: [
        (SampleFile.png, AttachmentContentType.png), (SampleFile.jpeg, .jpeg), (SampleFile.pdf, .pdf),
    ])
    func theTypeIsReadFromTheFirstBytes(_ bytes: [UInt8], _ type: AttachmentContentType) throws {
        #expect(AttachmentContentType.detect(bytes) == type)
        #expect(try AttachmentService.check(bytes, kind: .document) == type)
    }

    @Test func aLogoMayBePNGOrJPEG() throws {
        #expect(try AttachmentService.check(SampleFile.png, kind: .logo) == .png)
        #expect(try AttachmentService.check(SampleFile.jpeg, kind: .logo) == .jpeg)
    }

    @Test(arguments: [SampleFile.gif, SampleFile.text, SampleFile.pdf, [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8]])
    func aLogoThatIsNotPNGOrJPEGByContentIsRefused(_ bytes: [UInt8]) {
        #expect(throws: AttachmentError.typeNotAccepted(.logo)) { try AttachmentService.check(bytes, kind: .logo) }
    }

    @Test func aTextFileRenamedToPNGAndDeclaredAsAnImageIsRefused() {
        let upload = AttachmentUpload(fileName: "logo.png", content: .bytes(SampleFile.text))
        #expect(throws: AttachmentError.typeNotAccepted(.logo)) { try AttachmentService.check(upload, kind: .logo) }
        #expect(AttachmentError.typeNotAccepted(.logo).message == "Jenis berkas tidak diterima: unggah berkas PNG atau JPEG.")
    }

    @Test func eachKindHasItsSizeLimit() throws {
        let atLimit = SampleFile.png + [UInt8](repeating: 0, count: AttachmentKind.logo.maxByteCount - SampleFile.png.count)
        #expect(try AttachmentService.check(atLimit, kind: .logo) == .png)
        let overLimit = atLimit + [0]
        #expect(throws: AttachmentError.tooLarge(.logo)) { try AttachmentService.check(overLimit, kind: .logo) }
        #expect(try AttachmentService.check(overLimit, kind: .photo) == .png)
        #expect(AttachmentError.tooLarge(.logo).message == "Berkas terlalu besar: paling besar 1 MB.")
    }

    @Test func anEmptyFileIsRefused() {
        #expect(throws: AttachmentError.empty) { try AttachmentService.check([], kind: .document) }
    }

    @Test func aFileOnDiskIsRefusedBeforeItIsReadWhenTooLarge() throws {
        let fixture = try AttachmentFixture()
        let path = fixture.database.file("besar.png")
        try Data(SampleFile.png + [UInt8](repeating: 1, count: AttachmentKind.logo.maxByteCount)).write(to: URL(fileURLWithPath: path))
        #expect(throws: AttachmentError.tooLarge(.logo)) {
            try AttachmentService.check(AttachmentUpload(fileName: "besar.png", content: .file(path: path)), kind: .logo)
        }
    }

    @Test func aStoredFileKeepsItsBytesUnderARandomNameWithItsDigest() throws {
        let fixture = try AttachmentFixture()
        let first = try fixture.store(SampleFile.pdf, name: "surat\u{0}\npengantar.pdf")
        let second = try fixture.store(SampleFile.pdf, name: "surat.pdf")

        #expect(first.storedName != second.storedName)
        #expect(first.storedName.hasSuffix(".pdf") && !first.storedName.contains("surat"))
        #expect(first.fileName == "suratpengantar.pdf")
        #expect(first.contentType == .pdf && first.byteCount == SampleFile.pdf.count && first.kind == .document)
        #expect(first.sha256 == AttachmentService.sha256(SampleFile.pdf))
        #expect(first.sha256.count == 64)
        #expect(first.owner == AttachmentFixture.owner)

        let opened = try #require(try fixture.service.open(first.id))
        #expect(opened.bytes == SampleFile.pdf)
        #expect(opened.attachment == first)
        #expect(try fixture.service.open(999) == nil)
        #expect(fixture.filesOnDisk() == [first.storedName, second.storedName].sorted())
    }

    @Test func sha256MatchesTheKnownDigest() {
        #expect(AttachmentService.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func aRolledBackTransactionLeavesNoFileBehind() throws {
        struct Refused: Error {}
        let fixture = try AttachmentFixture()
        let checked = try AttachmentService.check(AttachmentUpload(fileName: "a.png", content: .bytes(SampleFile.png)), kind: .photo)
        #expect(throws: Refused.self) {
            try fixture.service.write { db, files in
                try files.store(checked, owner: AttachmentFixture.owner, by: .cli, in: db, at: AttachmentFixture.now)
                try files.store(checked, owner: AttachmentFixture.owner, by: .cli, in: db, at: AttachmentFixture.now)
                throw Refused()
            }
        }
        #expect(fixture.filesOnDisk().isEmpty)
        #expect(try fixture.rowCount() == 0)
    }

    @Test func replacingMarksThePreviousAttachmentReplaced() throws {
        let fixture = try AttachmentFixture()
        let old = try fixture.store(SampleFile.png, kind: .logo)
        let checked = try AttachmentService.check(AttachmentUpload(fileName: "baru.jpg", content: .bytes(SampleFile.jpeg)), kind: .logo)
        let new = try fixture.service.write { db, files in
            try files.replace(with: checked, owner: AttachmentFixture.owner, by: .cli, in: db, at: AttachmentFixture.now)
        }
        let current = try fixture.pool.read { try fixture.service.current(kind: .logo, owner: AttachmentFixture.owner, in: $0) }
        #expect(current?.id == new.id)
        let all = try fixture.pool.read { try fixture.service.attachments(of: AttachmentFixture.owner, in: $0) }
        #expect(all.map(\.id) == [new.id, old.id])
        #expect(all.last?.replacedAt != nil && all.first?.replacedAt == nil)
    }

    @Test func filesAndFoldersArePrivate() throws {
        let fixture = try AttachmentFixture()
        let stored = try fixture.store(SampleFile.jpeg, kind: .photo)
        let path = fixture.service.path(of: stored)
        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let folderMode = try FileManager.default.attributesOfItem(atPath: (path as NSString).deletingLastPathComponent)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(folderMode == 0o700)
    }

    @Test func aMissingFileIsReportedNotServedEmpty() throws {
        let fixture = try AttachmentFixture()
        let stored = try fixture.store(SampleFile.png)
        try FileManager.default.removeItem(atPath: fixture.service.path(of: stored))
        #expect(throws: AttachmentError.fileMissing(stored.storedName)) { try fixture.service.open(stored.id) }
    }

    @Test func orphanedFilesOlderThanTheGraceAreRemovedAndKnownOnesKept() throws {
        let fixture = try AttachmentFixture()
        let kept = try fixture.store(SampleFile.png)
        let orphanFolder = fixture.service.directory + "/ab"
        try FileManager.default.createDirectory(atPath: orphanFolder, withIntermediateDirectories: true)
        try Data(SampleFile.png).write(to: URL(fileURLWithPath: orphanFolder + "/ab00.png"))
        try Data(SampleFile.png).write(to: URL(fileURLWithPath: orphanFolder + "/.tmp-ab01"))

        #expect(try fixture.service.removeOrphans(olderThan: 3600, now: Date()) == 0, "young files are left alone")
        #expect(try fixture.service.removeOrphans(olderThan: 3600, now: Date().addingTimeInterval(7200)) == 2)
        #expect(fixture.filesOnDisk() == [kept.storedName])
    }

    @Test(arguments: [
        (nil, 200), ("*", 304), ("\"andere\"", 200), ("\"andere\", W/\"ETAG\"", 304), ("\"ETAG\"", 304),
    ] as [(String?, Int)])
    func aServedFileCarriesItsTypeAndDigestAndAnswersRevalidation(_ ifNoneMatch: String?, _ status: Int) throws {
        let fixture = try AttachmentFixture()
        let stored = try fixture.store(SampleFile.pdf, kind: .document, name: "surat pengantar.pdf")
        let contents = try #require(try fixture.service.open(stored.id))
        var headers = HTTPHeaders()
        if let ifNoneMatch { headers.add("If-None-Match", ifNoneMatch.replacingOccurrences(of: "ETAG", with: stored.sha256)) }
        let request = Request(
            head: RequestHead(method: .GET, target: "/berkas/1", path: "/berkas/1", query: nil, headers: headers))
        let response = contents.response(to: request)
        #expect(response.status.code == status)
        #expect(response.headers["ETag"] == "\"\(stored.sha256)\"")
        #expect(response.headers["Cache-Control"] == "private, no-cache")
        if status == 200 {
            #expect(response.headers["Content-Type"] == "application/pdf")
            #expect(response.headers["Content-Disposition"] == "inline; filename=\"surat pengantar.pdf\"")
            guard case .bytes(let bytes) = response.body else {
                Issue.record("the file is sent as bytes")
                return
            }
            #expect(bytes == SampleFile.pdf)
        }
    }
}
