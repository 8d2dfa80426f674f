import HTTPServer
import Testing

@Suite("Header fields")
struct HTTPHeadersTests {
    @Test func namesCompareCaseInsensitivelyAndRepeatsAreKept() {
        var headers: HTTPHeaders = ["Accept": "a", "X-One": "1"]
        headers.add("accept", "b")
        #expect(headers["ACCEPT"] == "a")
        #expect(headers.values(for: "Accept") == ["a", "b"])
        #expect(headers.contains("x-one"))
        #expect(!headers.contains("x-on"))
        headers.set("ACCEPT", "c")
        #expect(headers.values(for: "accept") == ["c"])
        headers.remove("x-ONE")
        #expect(headers.count == 1)
    }

    @Test(arguments: [
        ("Content-Type", "content-type", true), ("X-Request-Id", "x-request-id", true), ("Host", "Hosts", false),
        ("Host", "Hosx", false), ("é", "É", false), ("Ab@", "aB@", true), ("[", "{", false),
    ])
    func caseInsensitiveEquality(lhs: String, rhs: String, equal: Bool) {
        #expect(lhs.caseInsensitiveEquals(rhs) == equal)
    }
}
