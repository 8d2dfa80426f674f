/// HTML escaping for `{{name}}`: `& < > " '` become `&amp; &lt; &gt; &quot; &#39;`.
package enum HTMLEscape {
    /// Bit n is set when byte n needs escaping: `"` 0x22, `&` 0x26, `'` 0x27, `<` 0x3C, `>` 0x3E.
    private static var specialBytes: UInt64 { 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E }

    /// Appends `string` escaped; bytes that need no escaping are copied in runs.
    static func append(_ string: String, to output: inout [UInt8]) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { append($0, to: &output) }
        guard done == nil else { return }
        var contiguous = string
        contiguous.makeContiguousUTF8()
        contiguous.utf8.withContiguousStorageIfAvailable { append($0, to: &output) }
    }

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        var position = 0
        let count = bytes.count
        while position < count {
            let byte = bytes[position]
            // One bit per special character; every byte from 64 up (letters, UTF-8) needs no escaping.
            if byte >= 64 || specialBytes & (1 << UInt64(byte)) == 0 {
                position += 1
                continue
            }
            let replacement: StaticString
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            default: replacement = "&#39;"
            }
            if position > runStart {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            }
            output.append(
                contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            position += 1
            runStart = position
        }
        if count > runStart {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
    }

    /// `string` escaped, as a String (for markup built outside templates, such as SVG labels).
    package static func escape(_ string: String) -> String {
        var output: [UInt8] = []
        append(string, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
