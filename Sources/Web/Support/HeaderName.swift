import HTTPServer

/// Header-name lookups for the hot path: a length check rejects nearly every field before
/// any byte is compared.
enum HeaderName {
    static func isPresent(_ name: String, in headers: HTTPHeaders) -> Bool {
        let length = name.utf8.count
        for field in headers.fields where field.name.utf8.count == length {
            if field.name.caseInsensitiveEquals(name) { return true }
        }
        return false
    }
}
