import HTTPServer
import Testing
import Web

@Suite struct CookieTests {
    @Test(arguments: [
        ("sesi=abc; csrf=def", "sesi", "abc"),
        ("sesi=abc;csrf=def", "csrf", "def"),
        ("  sesi = abc  ", "sesi", "abc"),
        ("sesi=\"quoted value\"", "sesi", "quoted value"),
        ("token=YWJj==; x=1", "token", "YWJj=="),
        ("rusak; sesi=ok", "sesi", "ok"),
        ("=tanpanama; sesi=ok", "sesi", "ok"),
        ("sesi=; x=1", "sesi", ""),
        ("sesi=pertama; sesi=kedua", "sesi", "pertama"),
    ])
    func cookiesAreParsed(header: String, name: String, expected: String) {
        let request = makeRequest(.GET, "/", headers: ["Cookie": header])
        #expect(request.cookies[name] == expected)
    }

    @Test func missingCookiesAndRepeatedNames() {
        #expect(makeRequest(.GET, "/").cookies["sesi"] == nil)
        #expect(makeRequest(.GET, "/").cookies.count == 0)
        let request = makeRequest(.GET, "/", headers: HTTPHeaders([("Cookie", "a=1; b=2"), ("Cookie", "a=3")]))
        #expect(request.cookies.all("a") == ["1", "3"])
        #expect(request.cookies["b"] == "2")
        #expect(request.cookies["A"] == nil)
    }

    @Test func setCookieCarriesEveryAttribute() {
        let cookie = SetCookie(
            name: "sesi", value: "tok3n", path: "/", domain: "dinsos.example", maxAge: 28_800, expires: 784_111_777,
            secure: true, httpOnly: true, sameSite: .strict)
        #expect(
            cookie.headerValue
                == "sesi=tok3n; Path=/; Domain=dinsos.example; Max-Age=28800; Expires=Sun, 06 Nov 1994 08:49:37 GMT; Secure; HttpOnly; SameSite=Strict"
        )
        #expect(SetCookie(name: "a", value: "b").headerValue == "a=b; Path=/; HttpOnly; SameSite=Lax")
        #expect(
            SetCookie(name: "pref", value: "1", path: nil, httpOnly: false, sameSite: nil).headerValue == "pref=1")
    }

    @Test func removalExpiresTheCookie() {
        #expect(
            SetCookie.removal(of: "sesi").headerValue
                == "sesi=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax")
    }

    @Test func severalCookiesAreSeveralFields() {
        var response = Response.redirect(to: "/")
        response.setCookie(SetCookie(name: "a", value: "1"))
        response.setCookie(SetCookie(name: "b", value: "2"))
        #expect(response.all("Set-Cookie").count == 2)
    }
}
