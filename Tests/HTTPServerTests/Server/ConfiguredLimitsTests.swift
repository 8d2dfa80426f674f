import HTTPServer
import TestSupport
import Testing

@Suite("Limits from the configuration")
struct ConfiguredLimitsTests {
    @Test("ParserLimits in the configuration apply to every connection")
    func parserLimitsApply() throws {
        let server = try TestServer(responder: echoResponder) { configuration in
            configuration.limits.maxHeaderCount = 3
            configuration.limits.maxRequestTargetLength = 16
        }
        let fine = try server.client()
        #expect(try fine.request("GET /0123456789abcde HTTP/1.1\r\nHost: a\r\nX-1: 1\r\nX-2: 2\r\n\r\n").status == 200)
        let tooMany = try server.client()
        #expect(try tooMany.request("GET / HTTP/1.1\r\nHost: a\r\nX-1: 1\r\nX-2: 2\r\nX-3: 3\r\n\r\n").status == 431)
        let tooLong = try server.client()
        #expect(try tooLong.request("GET /0123456789abcdef HTTP/1.1\r\nHost: a\r\n\r\n").status == 414)
    }

    @Test("the default body limit applies to OPTIONS *")
    func defaultBodyLimitForServerWideOptions() throws {
        let server = try TestServer(responder: echoResponder) { $0.defaultMaxBody = 4 }
        let client = try server.client()
        #expect(try client.request("OPTIONS * HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello").status == 413)
    }
}
