/// A header value of the form `main; name=value; name="quoted value"`: `Content-Type`
/// (RFC 9110 §8.3.1, parameters §5.6.6) and a multipart part's `Content-Disposition` (RFC 7578 §4.2).
/// The main value and parameter names are lowercased; quoted values are unquoted.
struct ParameterizedHeader: Sendable {
    var value: String
    var parameters: [(name: String, value: String)]

    /// - Parameters:
    ///   - mediaType: the main value must be `type/subtype` (else a single token).
    ///   - strictEscapes: a backslash escapes any byte inside quotes, as RFC 9110 says. When false,
    ///     only `\"` and `\\` are escapes, because browsers send Windows paths (`C:\dir\a.txt`)
    ///     unescaped in multipart filenames.
    init?(_ text: String, mediaType: Bool, strictEscapes: Bool = true) {
        let bytes = Array(text.utf8)
        var index = 0
        func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        }
        func token() -> String {
            let start = index
            while index < bytes.count, ParameterizedHeader.isTokenByte(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        skipSpace()
        var main = token()
        guard !main.isEmpty else { return nil }
        if mediaType {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "/") else { return nil }
            index += 1
            let subtype = token()
            guard !subtype.isEmpty else { return nil }
            main += "/" + subtype
        }
        value = main.lowercased()
        parameters = []
        while true {
            skipSpace()
            guard index < bytes.count else { break }
            guard bytes[index] == UInt8(ascii: ";") else { return nil }
            index += 1
            skipSpace()
            if index == bytes.count { break }
            let name = token().lowercased()
            guard !name.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
            index += 1
            var parameterValue: [UInt8] = []
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    if byte == UInt8(ascii: "\"") {
                        closed = true
                        break
                    }
                    if byte == UInt8(ascii: "\\"), index < bytes.count,
                        strictEscapes || bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "\\")
                    {
                        parameterValue.append(bytes[index])
                        index += 1
                    } else {
                        parameterValue.append(byte)
                    }
                }
                guard closed else { return nil }
            } else {
                let start = index
                while index < bytes.count, ParameterizedHeader.isTokenByte(bytes[index]) { index += 1 }
                parameterValue = Array(bytes[start..<index])
            }
            guard let decoded = String(validating: parameterValue, as: UTF8.self) else { return nil }
            parameters.append((name, decoded))
        }
    }

    func parameter(_ name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }

    /// tchar (RFC 9110 §5.6.2).
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
