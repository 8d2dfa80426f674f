/// Writes numbered indirect objects and records their byte offsets for the cross-reference
/// table (PDF 32000-1 §7.5: header, body, xref, trailer).
struct PDFObjectWriter {
    private(set) var bytes: [UInt8]
    private var offsets: [Int: Int] = [:]

    init() {
        // The binary comment tells transfer programs the file is not text (§7.5.2).
        bytes = Array("%PDF-1.4\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func object(_ number: Int, _ body: String) {
        offsets[number] = bytes.count
        append("\(number) 0 obj\n\(body)\nendobj\n")
    }

    mutating func stream(_ number: Int, dictionary: String, data: [UInt8]) {
        offsets[number] = bytes.count
        let separator = dictionary.isEmpty ? "" : " "
        append("\(number) 0 obj\n<< \(dictionary)\(separator)/Length \(data.count) >>\nstream\n")
        bytes.append(contentsOf: data)
        append("\nendstream\nendobj\n")
    }

    /// Appends the xref table (one 20-byte entry per object), the trailer and startxref.
    mutating func finish(root: Int, info: Int) -> [UInt8] {
        let count = (offsets.keys.max() ?? 0) + 1
        let start = bytes.count
        append("xref\n0 \(count)\n0000000000 65535 f\r\n")
        for number in 1..<count {
            if let offset = offsets[number] {
                let digits = String(offset)
                append(String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n\r\n")
            } else {
                append("0000000000 65535 f\r\n")
            }
        }
        append("trailer\n<< /Size \(count) /Root \(root) 0 R /Info \(info) 0 R >>\nstartxref\n\(start)\n%%EOF\n")
        return bytes
    }
}
