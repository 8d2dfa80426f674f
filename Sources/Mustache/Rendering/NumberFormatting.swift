/// How numbers read in output: integers in plain decimal; doubles in their shortest round-trip form,
/// without a trailing `.0` when integral (as JavaScript prints them: `1.5`, `85`, `1.21`).
enum NumberFormatting {
    static func append(_ integer: Int, to output: inout [UInt8]) {
        if integer == 0 {
            output.append(UInt8(ascii: "0"))
            return
        }
        var magnitude = integer.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits, written from the end
        let count = withUnsafeMutableBytes(of: &digits) { buffer -> Int in
            var position = buffer.count
            while magnitude > 0 {
                position -= 1
                buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            return buffer.count - position
        }
        if integer < 0 { output.append(UInt8(ascii: "-")) }
        withUnsafeBytes(of: &digits) { buffer in
            output.append(contentsOf: buffer[(buffer.count - count)...])
        }
    }

    static func append(_ double: Double, to output: inout [UInt8]) {
        // 2^53: beyond it not every integer is representable, and Swift's exponent form is clearer.
        if double.rounded(.towardZero) == double, abs(double) < 9_007_199_254_740_992 {
            append(Int(double), to: &output)
        } else {
            output.append(contentsOf: double.description.utf8)
        }
    }
}
