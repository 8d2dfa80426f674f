import Foundation

/// A minimal browser for integration tests: one connection per request, a cookie jar, form
/// posts, and the CSRF token read from the last page.
package final class TestBrowser {
    package let port: Int
    /// Cookies by name, as the server last set them (an expired or empty Set-Cookie removes one).
    package private(set) var cookies: [String: String] = [:]
    /// The last response.
    package private(set) var last: RawHTTPClient.Response?

    package init(port: Int) {
        self.port = port
    }

    /// GET `path`; redirects are not followed.
    @discardableResult
    package func get(_ path: String, headers: [String: String] = [:]) throws -> RawHTTPClient.Response {
        try send("GET", path, headers: headers, body: [])
    }

    /// POST `fields` as a URL-encoded form. `csrf: true` adds the token from the last page (or
    /// from `csrfToken` when given); pass false to leave it out.
    @discardableResult
    package func post(
        _ path: String, _ fields: [(String, String)], csrf: Bool = true, csrfToken: String? = nil,
        headers: [String: String] = [:]
    ) throws -> RawHTTPClient.Response {
        var all = fields
        if csrf, let token = csrfToken ?? lastCSRFToken { all.append(("csrf_token", token)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = headers
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        return try send("POST", path, headers: headers, body: Array(body.utf8))
    }

    /// POST a multipart form: text fields and files (name, file name, content type, bytes).
    @discardableResult
    package func postMultipart(
        _ path: String, _ fields: [(String, String)], files: [(String, String, String, [UInt8])], csrf: Bool = true
    ) throws -> RawHTTPClient.Response {
        let boundary = "----dinsos-test-\(UInt64.random(in: 0 ... .max))"
        var body: [UInt8] = []
        var all = fields
        if csrf, let token = lastCSRFToken { all.append(("csrf_token", token)) }
        for (name, value) in all {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for (name, fileName, type, bytes) in files {
            body += Array(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\nContent-Type: \(type)\r\n\r\n".utf8)
            body += bytes + Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return try send("POST", path, headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"], body: body)
    }

    /// Signs in through the login form; returns the POST's response (303 on success).
    @discardableResult
    package func login(_ username: String, _ password: String) throws -> RawHTTPClient.Response {
        try get("/login")
        return try post("/login", [("username", username), ("password", password)])
    }

    /// The `csrf_token` hidden input of the last page, if it had one.
    package var lastCSRFToken: String? {
        guard let text = last?.text, let range = text.range(of: "name=\"csrf_token\" value=\"") else { return nil }
        let rest = text[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    private func send(_ method: String, _ path: String, headers: [String: String], body: [UInt8]) throws
        -> RawHTTPClient.Response
    {
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        if !cookies.isEmpty {
            head += "Cookie: " + cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") + "\r\n"
        }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        try client.send(Array(head.utf8) + body)
        let response = try client.readResponse()
        for setCookie in response.headerValues("Set-Cookie") { remember(setCookie) }
        last = response
        return response
    }

    private func remember(_ setCookie: String) {
        let pair = setCookie.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        guard let equals = pair.firstIndex(of: "=") else { return }
        let name = pair[..<equals].trimmingCharacters(in: .whitespaces)
        let value = String(pair[pair.index(after: equals)...])
        let lower = setCookie.lowercased()
        if value.isEmpty || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970") {
            cookies[name] = nil
        } else {
            cookies[name] = value
        }
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
