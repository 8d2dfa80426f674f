/// Reads `Accept-Encoding` (RFC 9110 §12.5.3) for one question: may the answer be gzipped?
enum AcceptEncoding {
    /// True when gzip (or its alias x-gzip) has a q-value above zero, or when it is not listed
    /// and `*` has one. `gzip;q=0` forbids it even if `*` allows everything. An absent header
    /// means no compression: most clients that can inflate say so.
    static func allowsGzip(_ values: [String]) -> Bool {
        var gzip: Bool?
        var wildcard: Bool?
        for value in values {
            for element in value.split(separator: ",") {
                var parts = element.split(separator: ";").makeIterator()
                guard let coding = parts.next()?.trimmingWhitespace(), !coding.isEmpty else { continue }
                var accepted = true
                while let parameter = parts.next() {
                    let pair = parameter.trimmingWhitespace()
                    if pair.count > 2, pair.utf8.first.map({ $0 | 0x20 }) == UInt8(ascii: "q"),
                        pair.utf8.dropFirst().first == UInt8(ascii: "=")
                    {
                        accepted = qValueIsPositive(pair.dropFirst(2))
                    }
                }
                if coding.caseInsensitiveEquals("gzip") || coding.caseInsensitiveEquals("x-gzip") {
                    gzip = (gzip ?? false) || accepted
                } else if coding == "*" {
                    wildcard = accepted
                }
            }
        }
        return gzip ?? wildcard ?? false
    }

    /// qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ); anything malformed counts as 0.
    private static func qValueIsPositive(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "1") { return true }
        guard first == UInt8(ascii: "0") else { return false }
        return bytes.dropFirst(2).contains { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }
    }
}
