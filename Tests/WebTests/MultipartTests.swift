import Foundation
import HTTPServer
import Testing
import Web

@Suite struct MultipartTests {
    private static let boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"

    /// A body as browsers write it: CRLF line ends, a closing delimiter, nothing else.
    private static func body(_ parts: [(headers: [String], content: [UInt8])], boundary: String = boundary) -> [UInt8] {
        var bytes: [UInt8] = []
        for part in parts {
            bytes += Array("--\(boundary)\r\n".utf8)
            for header in part.headers { bytes += Array("\(header)\r\n".utf8) }
            bytes += Array("\r\n".utf8)
            bytes += part.content
            bytes += Array("\r\n".utf8)
        }
        bytes += Array("--\(boundary)--\r\n".utf8)
        return bytes
    }

    private static func field(_ name: String, _ value: String) -> (headers: [String], content: [UInt8]) {
        (["Content-Disposition: form-data; name=\"\(name)\""], Array(value.utf8))
    }

    private static func request(_ body: [UInt8], contentType: String? = nil) -> Request {
        makeRequest(
            .POST, "/unggah",
            headers: ["Content-Type": contentType ?? "multipart/form-data; boundary=\(boundary)"], body: body)
    }

    private static func limits(in directory: TemporaryDirectory) -> MultipartLimits {
        var limits = MultipartLimits()
        limits.temporaryDirectory = directory.path
        return limits
    }

    @Test func fieldsAndASmallFile() throws {
        let body = Self.body([
            Self.field("nik", "3402011234560001"),
            Self.field("catatan", "baris satu\r\nbaris dua"),
            (
                ["Content-Disposition: form-data; name=\"foto\"; filename=\"rumah.jpg\"", "Content-Type: image/jpeg"],
                [0xFF, 0xD8, 0xFF, 0xE0, 0x0D, 0x0A, 0x2D, 0x2D]
            ),
            Self.field("desa", "Trimurti"),
            Self.field("desa", "Srigading"),
        ])
        let form = try Self.request(body).multipartForm()
        #expect(form["nik"] == "3402011234560001")
        #expect(form["catatan"] == "baris satu\r\nbaris dua")
        #expect(form.fields.all("desa") == ["Trimurti", "Srigading"])
        let file = try #require(form.file("foto"))
        #expect(file.filename == "rumah.jpg")
        #expect(file.contentType == "image/jpeg")
        #expect(file.size == 8)
        #expect(try file.bytes() == [0xFF, 0xD8, 0xFF, 0xE0, 0x0D, 0x0A, 0x2D, 0x2D])
        guard case .memory = file.contents else {
            Issue.record("a small file stays in memory")
            return
        }
    }

    @Test func aLargeFileGoesToATemporaryFileThatIsRemovedAfterwards() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let content = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let body = Self.body([
            (["Content-Disposition: form-data; name=\"dokumen\"; filename=\"sk.pdf\"", "Content-Type: application/pdf"], content)
        ])
        var path: String?
        do {
            let form = try Self.request(body).multipartForm(limits: Self.limits(in: directory))
            let file = try #require(form.file("dokumen"))
            guard case .temporaryFile(let temporary) = file.contents else {
                Issue.record("expected a temporary file")
                return
            }
            path = temporary.path
            #expect(directory.files().count == 1)
            #expect(file.size == content.count)
            #expect(try file.bytes() == content)
        }
        #expect(path != nil)
        #expect(directory.files().isEmpty)
    }

    @Test func savingMovesTheTemporaryFileAndKeepsIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let content = [UInt8](repeating: 0x41, count: 70_000)
        let body = Self.body([(["Content-Disposition: form-data; name=\"f\"; filename=\"a.txt\""], content)])
        let destination = directory.path + "/disimpan.bin"
        do {
            let form = try Self.request(body).multipartForm(limits: Self.limits(in: directory))
            let file = try #require(form.file("f"))
            try file.save(to: destination)
            #expect(throws: FormError.self) { try file.save(to: destination + ".2") }
        }
        #expect(directory.files() == ["disimpan.bin"])
        #expect(FileManager.default.contents(atPath: destination).map { [UInt8]($0) } == content)
    }

    @Test func aSmallFileCanBeSaved() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let body = Self.body([(["Content-Disposition: form-data; name=\"f\"; filename=\"a.txt\""], Array("isi".utf8))])
        let file = try #require(try Self.request(body).multipartForm().file("f"))
        try file.save(to: directory.path + "/a.txt")
        #expect(FileManager.default.contents(atPath: directory.path + "/a.txt") == Data("isi".utf8))
        #expect(throws: FormError.self) { try file.save(to: directory.path + "/a.txt") }
    }

    @Test func preambleEpilogueAndPaddingAreIgnored() throws {
        let text = "ini preamble\r\n--XyZ  \r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ--\r\nepilog"
        let form = try Self.request(Array(text.utf8), contentType: "multipart/form-data; boundary=XyZ").multipartForm()
        #expect(form["a"] == "1")
    }

    @Test func boundaryLookalikesInsideContentAreContent() throws {
        let tricky = "--\(Self.boundary) not at line start\r\n--\(Self.boundary.dropLast())x\r\n"
        let body = Self.body([Self.field("a", tricky)])
        #expect(try Self.request(body).multipartForm()["a"] == tricky)
    }

    @Test func quotedBoundariesWithSpecialCharacters() throws {
        let boundary = "a'()+_,-./:=? b"
        let body = Self.body([Self.field("a", "1")], boundary: boundary)
        let request = Self.request(body, contentType: "multipart/form-data; charset=utf-8; boundary=\"\(boundary)\"")
        #expect(try request.multipartForm()["a"] == "1")
    }

    @Test func emptyFieldsAndEmptyFileInputs() throws {
        let body = Self.body([
            Self.field("kosong", ""),
            (["Content-Disposition: form-data; name=\"foto\"; filename=\"\"", "Content-Type: application/octet-stream"], []),
        ])
        let form = try Self.request(body).multipartForm()
        #expect(form["kosong"] == "")
        #expect(form.files.isEmpty)
    }

    @Test(arguments: [
        ("filename=\"C:\\\\Users\\\\staf\\\\surat.pdf\"", "surat.pdf"),
        ("filename=\"C:\\Users\\staf\\surat.pdf\"", "surat.pdf"),
        ("filename=\"../../etc/passwd\"", "passwd"),
        ("filename=\"Surat %22Keterangan%22.pdf\"", "Surat \"Keterangan\".pdf"),
        ("filename=\"Kartu Keluarga – Ñ.pdf\"", "Kartu Keluarga – Ñ.pdf"),
        ("filename=\"fallback.pdf\"; filename*=UTF-8''%E2%82%AC%20Laporan.pdf", "€ Laporan.pdf"),
        ("filename=plain.txt", "plain.txt"),
    ])
    func filenamesAreCleanedUp(disposition: String, expected: String) throws {
        let body = Self.body([(["Content-Disposition: form-data; name=\"f\"; \(disposition)"], Array("x".utf8))])
        let file = try #require(try Self.request(body).multipartForm().file("f"))
        #expect(file.filename == expected)
        #expect(file.contentType == "application/octet-stream")
    }

    @Test func headerNamesAreCaseInsensitive() throws {
        let body = Self.body([(["content-disposition: FORM-DATA; NAME=\"a\"", "CONTENT-TYPE: text/plain"], Array("v".utf8))])
        #expect(try Self.request(body).multipartForm()["a"] == "v")
    }

    @Test(arguments: [
        ("no opening boundary", "hello world"),
        ("missing close", "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue without end"),
        ("no CRLF after boundary", "--Bjunk\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B--"),
        ("headers never end", "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n"),
        ("no disposition", "--B\r\nContent-Type: text/plain\r\n\r\n1\r\n--B--"),
        ("no name", "--B\r\nContent-Disposition: form-data; filename=\"a\"\r\n\r\n1\r\n--B--"),
        ("not form-data", "--B\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\n1\r\n--B--"),
        ("header without colon", "--B\r\nContent-Disposition form-data\r\n\r\n1\r\n--B--"),
        ("unclosed quote", "--B\r\nContent-Disposition: form-data; name=\"a\r\n\r\n1\r\n--B--"),
        ("part without headers", "--B\r\n\r\n1\r\n--B--"),
        ("empty body", ""),
    ])
    func malformedBodiesAreRejected(label: String, text: String) {
        let request = Self.request(Array(text.utf8), contentType: "multipart/form-data; boundary=B")
        let error = #expect(throws: FormError.self, "\(label)") { try request.multipartForm() }
        #expect(error?.status == .badRequest, "\(label)")
    }

    @Test(arguments: [
        "multipart/form-data",
        "multipart/form-data; boundary=",
        "multipart/form-data; boundary=\"\"",
        "multipart/form-data; boundary=\(String(repeating: "b", count: 71))",
        "multipart/form-data; boundary=\"ends with space \"",
        "multipart/form-data; boundary=\"unterminated",
    ])
    func badBoundaryParametersAreRejected(contentType: String) {
        let body = Self.body([Self.field("a", "1")])
        let error = #expect(throws: FormError.self) { try Self.request(body, contentType: contentType).multipartForm() }
        #expect(error?.status == .badRequest)
    }

    @Test func aSeventyCharacterBoundaryIsFine() throws {
        let boundary = String(repeating: "b", count: 70)
        let body = Self.body([Self.field("a", "1")], boundary: boundary)
        #expect(try Self.request(body, contentType: "multipart/form-data; boundary=\(boundary)").multipartForm()["a"] == "1")
    }

    @Test func otherContentTypesAre415() {
        let request = makeRequest(.POST, "/unggah", headers: ["Content-Type": "text/plain"], body: "x")
        let error = #expect(throws: FormError.self) { try request.multipartForm() }
        #expect(error?.status == .unsupportedMediaType)
    }

    @Test func fieldValuesMustBeUTF8() {
        let body = Self.body([(["Content-Disposition: form-data; name=\"a\""], [0xC3, 0x28])])
        #expect(throws: FormError.invalidEncoding) { try Self.request(body).multipartForm() }
    }

    @Test func limitsOnPartsAndFieldSizes() throws {
        var limits = MultipartLimits()
        limits.maxParts = 2
        let many = Self.body([Self.field("a", "1"), Self.field("b", "2"), Self.field("c", "3")])
        let tooMany = #expect(throws: FormError.self) { try Self.request(many).multipartForm(limits: limits) }
        #expect(tooMany?.status == .contentTooLarge)

        limits = MultipartLimits()
        limits.maxFieldBytes = 10
        let big = Self.body([Self.field("a", String(repeating: "x", count: 11))])
        let tooBig = #expect(throws: FormError.self) { try Self.request(big).multipartForm(limits: limits) }
        #expect(tooBig?.status == .contentTooLarge)
        let fits = Self.body([Self.field("a", String(repeating: "x", count: 10))])
        #expect(try Self.request(fits).multipartForm(limits: limits)["a"]?.count == 10)
    }

    @Test func temporaryFilesAreRemovedWhenParsingFailsHalfway() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var body = Self.body([
            (["Content-Disposition: form-data; name=\"f\"; filename=\"a.bin\""], [UInt8](repeating: 1, count: 100_000))
        ])
        body.removeLast(Self.boundary.count + 8)  // cut off the closing delimiter
        body += Array("--\(Self.boundary)\r\nbroken".utf8)
        #expect(throws: FormError.self) { try Self.request(body).multipartForm(limits: Self.limits(in: directory)) }
        #expect(directory.files().isEmpty)
    }

    @Test func formDataReadsEitherEncodingAndMalformedIsA400Page() throws {
        var builder = RouteBuilder()
        builder.post("/unggah", access: .public, bodyLimit: 1_000_000) { request, _ in
            let form = try request.formData()
            return Response(text: "\(form["a"] ?? "-") \(form.files.count)")
        }
        let app = try Application(routes: builder, configuration: .testing())
        let good = Self.body([Self.field("a", "1"), (["Content-Disposition: form-data; name=\"f\"; filename=\"x\""], [1])])
        #expect(app.respond(to: Self.request(good)).bodyText == "1 1")
        let broken = app.respond(to: Self.request(Array("--nope".utf8)))
        #expect(broken.status == .badRequest)
        #expect(broken.bodyText.contains("Permintaan tidak valid"))
        let urlEncoded = makeRequest(
            .POST, "/unggah", headers: ["Content-Type": "application/x-www-form-urlencoded"], body: "a=2")
        #expect(app.respond(to: urlEncoded).bodyText == "2 0")
    }
}
