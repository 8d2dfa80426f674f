import HTTPServer
import Testing
import Web

@Suite struct FormTests {
    @Test(arguments: [
        ("a=1&b=2", [("a", "1"), ("b", "2")]),
        ("a=1&a=2", [("a", "1"), ("a", "2")]),
        ("nama+lengkap=Sri+Rahayu", [("nama lengkap", "Sri Rahayu")]),
        ("%41=%42%43", [("A", "BC")]),
        ("a", [("a", "")]),
        ("a=", [("a", "")]),
        ("=x", [("", "x")]),
        ("a=1=2", [("a", "1=2")]),
        ("&&a=1&&", [("a", "1")]),
        ("", []),
        ("kota=Yogyakarta%20%26%20Bantul", [("kota", "Yogyakarta & Bantul")]),
        ("plus=%2B", [("plus", "+")]),
        ("mata_uang=%E2%82%AC", [("mata_uang", "€")]),
        ("desa=Trimurti&catatan=baris1%0D%0Abaris2", [("desa", "Trimurti"), ("catatan", "baris1\r\nbaris2")]),
    ])
    func urlEncodedFormsDecode(input: String, expected: [(String, String)]) throws {
        let form = try FormFields(urlEncoded: input.utf8)
        #expect(form.fields.map(\.name) == expected.map(\.0))
        #expect(form.fields.map(\.value) == expected.map(\.1))
    }

    @Test func rawUTF8BytesAreAccepted() throws {
        let form = try FormFields(urlEncoded: Array("nama=Ngatirah Ñ".utf8))
        #expect(form["nama"] == "Ngatirah Ñ")
    }

    @Test(arguments: ["%", "a=%", "a=%4", "a=%zz", "a=%G1", "a=%ff", "a=%C3", "%C3%28=1", "a=%ED%A0%80"])
    func badEncodingsAreRejected(input: String) {
        #expect(throws: FormError.invalidEncoding) { try FormFields(urlEncoded: input.utf8) }
    }

    @Test func invalidRawUTF8IsRejected() {
        #expect(throws: FormError.invalidEncoding) { try FormFields(urlEncoded: [0x61, 0x3D, 0xC3]) }
    }

    @Test func lookupsByName() throws {
        let form = try FormFields(urlEncoded: "desa=1&desa=2&q=".utf8)
        #expect(form["desa"] == "1")
        #expect(form.all("desa") == ["1", "2"])
        #expect(form["q"] == "")
        #expect(form["tidak"] == nil)
        #expect(try form.require("q") == "")
        #expect(throws: FormError.missingField("tidak")) { try form.require("tidak") }
        #expect(FormError.missingField("x").status == .badRequest)
    }

    @Test func queryParametersComeFromTheTarget() throws {
        #expect(try makeRequest(.GET, "/cari?q=Sri%20Rahayu&hal=2").queryParameters()["q"] == "Sri Rahayu")
        #expect(try makeRequest(.GET, "/cari").queryParameters().isEmpty)
        #expect(throws: FormError.invalidEncoding) { try makeRequest(.GET, "/cari?q=%zz").queryParameters() }
    }

    @Test func aBadQueryIsA400Page() throws {
        var builder = RouteBuilder()
        builder.get("/cari", access: .public) { request, _ in Response(text: try request.queryParameters()["q"] ?? "") }
        let app = try Application(routes: builder, configuration: .testing())
        #expect(app.respond(to: makeRequest(.GET, "/cari?q=a+b")).bodyText == "a b")
        let response = app.respond(to: makeRequest(.GET, "/cari?q=%E2%82"))
        #expect(response.status == .badRequest)
        #expect(response.bodyText.contains("Permintaan tidak valid"))
    }

    @Test func urlEncodedBodiesNeedTheirContentType() throws {
        let form = makeRequest(
            .POST, "/login", headers: ["Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"],
            body: "username=admin&password=rahasia+123")
        #expect(try form.urlEncodedForm()["password"] == "rahasia 123")
        #expect(try form.formData()["username"] == "admin")

        let json = makeRequest(.POST, "/login", headers: ["Content-Type": "application/json"], body: "{}")
        let error = #expect(throws: FormError.self) { try json.urlEncodedForm() }
        #expect(error?.status == .unsupportedMediaType)
        #expect(throws: FormError.unsupportedContentType(nil)) { try makeRequest(.POST, "/login", body: "a=1").urlEncodedForm() }
        #expect(try makeRequest(.POST, "/logout").urlEncodedForm().isEmpty)
    }

    @Test func theClientAddressIsThePeer() {
        let request = makeRequest(.GET, "/", headers: ["X-Forwarded-For": "203.0.113.9"])
        #expect(request.clientAddress == "192.0.2.10")
    }
}
