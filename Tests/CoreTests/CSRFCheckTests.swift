import Core
import HTTPServer
import Testing
import Web

@Suite struct CSRFCheckTests {
    static let token = "token-dari-sesi-ini-1234567890abcdefghijklm"

    func post(_ body: String, headers: [(String, String)] = [], contentType: String? = "application/x-www-form-urlencoded")
        -> Request
    {
        var fields = HTTPHeaders(headers)
        fields.add("Host", "dinsos.example:8080")
        if let contentType { fields.add("Content-Type", contentType) }
        return Request(
            head: RequestHead(method: .POST, target: "/akun/sandi", path: "/akun/sandi", query: nil, headers: fields),
            body: Array(body.utf8))
    }

    @Test func tokensMatchOnlyWhenEqual() {
        #expect(CSRFToken.matches("abc", expected: "abc"))
        #expect(!CSRFToken.matches("abd", expected: "abc"))
        #expect(!CSRFToken.matches("ab", expected: "abc"))
        #expect(!CSRFToken.matches("abcd", expected: "abc"))
        #expect(!CSRFToken.matches(nil, expected: "abc"))
        #expect(!CSRFToken.matches("abc", expected: nil))
        #expect(!CSRFToken.matches("", expected: ""))
    }

    @Test func generatedTokensAreLongAndDistinct() {
        let a = CSRFToken.generate()
        let b = CSRFToken.generate()
        #expect(a.count == 43)
        #expect(a != b)
    }

    @Test func theFormFieldIsAccepted() throws {
        try CSRFCheck.verify(post("a=1&csrf_token=\(Self.token)"), expected: Self.token)
    }

    @Test func theHeaderIsAccepted() throws {
        try CSRFCheck.verify(
            post("{}", headers: [("X-CSRF-Token", Self.token)], contentType: "application/json"), expected: Self.token)
    }

    @Test func aMultipartFieldIsAccepted() throws {
        let body =
            "--b\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n\(Self.token)\r\n"
            + "--b\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b--\r\n"
        try CSRFCheck.verify(post(body, contentType: "multipart/form-data; boundary=b"), expected: Self.token)
    }

    @Test(arguments: [
        "a=1", "csrf_token=", "csrf_token=salah", "csrf_token=\(String(token.dropLast()))", "%zz=1",
    ])
    func aMissingOrWrongTokenIsRefused(body: String) {
        #expect(throws: CSRFRejection.missingOrWrongToken) {
            try CSRFCheck.verify(post(body), expected: Self.token)
        }
    }

    @Test func aRequestWithoutASessionIsRefused() {
        #expect(throws: CSRFRejection.missingOrWrongToken) {
            try CSRFCheck.verify(post("csrf_token=\(Self.token)"), expected: nil)
        }
    }

    @Test(arguments: ["http://dinsos.example:8080", "https://dinsos.example:8080", "HTTP://Dinsos.Example:8080"])
    func anOriginOfThisHostIsAccepted(origin: String) throws {
        try CSRFCheck.verify(post("csrf_token=\(Self.token)", headers: [("Origin", origin)]), expected: Self.token)
    }

    @Test(arguments: [
        "https://evil.example", "http://dinsos.example", "http://dinsos.example:8081", "null",
        "http://dinsos.example:8080.evil.example", "",
    ])
    func aForeignOriginIsRefusedEvenWithTheRightToken(origin: String) {
        #expect(throws: CSRFRejection.foreignOrigin) {
            try CSRFCheck.verify(post("csrf_token=\(Self.token)", headers: [("Origin", origin)]), expected: Self.token)
        }
    }

    @Test func theRejectionIsA403WithAnIndonesianMessage() {
        #expect(CSRFRejection.missingOrWrongToken.status == .forbidden)
        #expect(CSRFRejection.foreignOrigin.status == .forbidden)
        #expect(CSRFRejection.missingOrWrongToken.publicMessage?.contains("Formulir") == true)
    }
}
