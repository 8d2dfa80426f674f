/// The grammar of a Host field value and of an absolute-form authority:
/// `uri-host [ ":" port ]` (RFC 9110 §7.2, RFC 3986 §3.2.2–3.2.3).
enum HostSyntax {
    /// Whether the bytes are a valid `uri-host [ ":" port ]`. An empty value is valid
    /// (RFC 9110 §7.2: sent when the target URI has no authority).
    static func isValid(_ value: UnsafeRawBufferPointer) -> Bool {
        if value.isEmpty { return true }
        var index = 0
        if value[0] == UInt8(ascii: "[") {
            // IP-literal = "[" ( IPv6address / IPvFuture ) "]"
            index = 1
            while index < value.count, value[index] != UInt8(ascii: "]") {
                let byte = value[index]
                guard ByteClass.hexValue(byte) != nil || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "v") || byte == UInt8(ascii: "V")
                else { return false }
                index += 1
            }
            guard index < value.count, index > 1 else { return false }
            index += 1
        } else {
            // reg-name = *( unreserved / pct-encoded / sub-delims ); IPv4address is a subset.
            while index < value.count, value[index] != UInt8(ascii: ":") {
                let byte = value[index]
                if byte == UInt8(ascii: "%") {
                    guard index + 2 < value.count, ByteClass.hexValue(value[index + 1]) != nil,
                        ByteClass.hexValue(value[index + 2]) != nil
                    else { return false }
                    index += 3
                    continue
                }
                guard isRegNameCharacter(byte) else { return false }
                index += 1
            }
        }
        if index == value.count { return true }
        // port = *DIGIT
        guard value[index] == UInt8(ascii: ":") else { return false }
        index += 1
        while index < value.count {
            guard ByteClass.isDigit(value[index]) else { return false }
            index += 1
        }
        return true
    }

    /// unreserved / sub-delims (RFC 3986 §2.2, §2.3).
    private static func isRegNameCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"),
            UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
            UInt8(ascii: "="):
            true
        default:
            false
        }
    }
}
