import HTTPServer
import Testing
import Web

@Suite struct ResponseTests {
    @Test func htmlAndRedirect() {
        let page = Response.html("<p>Halo</p>")
        #expect(page.status == .ok)
        #expect(page.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(page.bodyText == "<p>Halo</p>")
        let redirect = Response.redirect(to: "/keluarga/5")
        #expect(redirect.status == .seeOther)
        #expect(redirect.headers["Location"] == "/keluarga/5")
        #expect(redirect.body.knownLength == 0)
    }

    @Test func jsonUsesOneConfiguredEncoder() throws {
        struct Status: Encodable {
            let status: String
            let path: String
            let count: Int
        }
        let response = try Response.json(Status(status: "ok", path: "/api/v1", count: 3), status: .created)
        #expect(response.status == .created)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(response.bodyText == #"{"count":3,"path":"/api/v1","status":"ok"}"#)
    }

    @Test(arguments: [
        ("laporan-2024.csv", "attachment; filename=\"laporan-2024.csv\""),
        (
            "Daftar Penerima – Maret.xlsx",
            "attachment; filename=\"Daftar Penerima _ Maret.xlsx\"; filename*=UTF-8''Daftar%20Penerima%20%E2%80%93%20Maret.xlsx"
        ),
        ("surat \"resmi\".pdf", "attachment; filename=\"surat _resmi_.pdf\"; filename*=UTF-8''surat%20%22resmi%22.pdf"),
        ("a\\b/c.txt", "attachment; filename=\"a_b_c.txt\"; filename*=UTF-8''a%5Cb%2Fc.txt"),
        ("Ñame.txt", "attachment; filename=\"_ame.txt\"; filename*=UTF-8''%C3%91ame.txt"),
        ("", "attachment; filename=\"download\"; filename*=UTF-8''"),
    ])
    func contentDispositionFollowsRFC6266(filename: String, expected: String) {
        #expect(ContentDisposition.attachment(filename: filename) == expected)
    }

    @Test func downloadsCarryTheirDisposition() throws {
        let bytes = Response.download(Array("a,b\n".utf8), filename: "data.csv", contentType: "text/csv; charset=utf-8")
        #expect(bytes.headers["Content-Disposition"] == "attachment; filename=\"data.csv\"")
        #expect(bytes.headers["Content-Type"] == "text/csv; charset=utf-8")
        let file = Response.download(file: "/tmp/x.pdf", length: 10, filename: "x.pdf", contentType: "application/pdf")
        #expect(file.body.knownLength == 10)
        #expect(ContentDisposition.inline(filename: "x.pdf") == "inline; filename=\"x.pdf\"")
    }

    @Test func streamsProduceTheirPiecesInOrder() throws {
        var rows = ["nik,nama\n", "1,A\n", "2,B\n"].makeIterator()
        let response = Response.download(filename: "ekspor.csv", contentType: "text/csv") { rows.next().map { Array($0.utf8) } }
        guard case .stream(let stream) = response.body else {
            Issue.record("expected a stream")
            return
        }
        var collected: [UInt8] = []
        while let piece = try stream.next() { collected += piece }
        #expect(String(decoding: collected, as: UTF8.self) == "nik,nama\n1,A\n2,B\n")
        #expect(response.body.knownLength == nil)
        #expect(response.headers["Content-Disposition"] == "attachment; filename=\"ekspor.csv\"")
    }

    @Test func headOnlyForEachBodyKind() {
        let bytes = Response.html("12345").headOnly()
        #expect(bytes.headers["Content-Length"] == "5")
        #expect(bytes.body.knownLength == 0)
        let file = Response.download(file: "/x", length: 99, filename: "x", contentType: "a/b").headOnly()
        #expect(file.headers["Content-Length"] == "99")
        let stream = Response.stream(contentType: "text/csv") { nil }.headOnly()
        #expect(stream.headers["Content-Length"] == nil)
        #expect(stream.body.knownLength == 0)
    }
}

@Suite struct HTTPDateTests {
    @Test(arguments: [
        ("Sun, 06 Nov 1994 08:49:37 GMT", 784_111_777),
        ("Sunday, 06-Nov-94 08:49:37 GMT", 784_111_777),
        ("Sun Nov  6 08:49:37 1994", 784_111_777),
        ("Thu, 01 Jan 1970 00:00:00 GMT", 0),
        ("Tue, 29 Feb 2000 23:59:59 GMT", 951_868_799),
        ("Fri, 31 Dec 2049 12:00:00 GMT", 2_524_564_800),
    ] as [(String, Int64)])
    func parsesAllThreeFormats(text: String, seconds: Int64) {
        #expect(HTTPDate.parse(text) == seconds)
    }

    @Test(arguments: ["", "yesterday", "Sun, 06 Nov 1994 08:49:37", "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT", "Sun, 06 Nov 94 08:49:37 GMT"])
    func rejectsGarbage(text: String) {
        #expect(HTTPDate.parse(text) == nil)
    }

    @Test(arguments: [0, 784_111_777, 951_868_799, 1_700_000_000, 4_102_444_800, -86_400] as [Int64])
    func formatsIMFFixdateAndRoundTrips(seconds: Int64) {
        let text = HTTPDate.format(seconds)
        #expect(text.hasSuffix(" GMT"))
        #expect(text.count == 29)
        #expect(HTTPDate.parse(text) == seconds)
    }

    @Test func formatsAKnownDate() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.format(-86_400) == "Wed, 31 Dec 1969 00:00:00 GMT")
    }
}
