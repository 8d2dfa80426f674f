extension XMLScanner {
    /// Appends the character data of `run` as UTF-8: references decoded and line ends normalised
    /// to LF (XML 1.0 §2.11, §4.1); CDATA only has its line ends normalised.
    func appendDecoded(_ run: XMLTextRun, to output: inout [UInt8]) throws(XLSXError) {
        if !run.needsDecoding && !run.isCData {
            output += bytes[run.range]
            return
        }
        try decode(run.range, references: !run.isCData, attribute: false, into: &output)
    }

    /// The character data of `run` as a string.
    func text(_ run: XMLTextRun) throws(XLSXError) -> String {
        if !run.needsDecoding && !run.isCData { return string(run.range) }
        var output: [UInt8] = []
        try appendDecoded(run, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// The value of `attribute`, references decoded and white space normalised (§3.3.3: a literal
    /// tab, CR or LF becomes a space, while a character reference keeps its character).
    func value(of attribute: XMLAttribute) throws(XLSXError) -> String {
        guard attribute.needsDecoding else { return string(attribute.value) }
        var output: [UInt8] = []
        try decode(attribute.value, references: true, attribute: true, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private func decode(_ range: Range<Int>, references: Bool, attribute: Bool, into output: inout [UInt8]) throws(XLSXError) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case Self.ampersand where references:
                guard let semicolon = bytes[index..<range.upperBound].firstIndex(of: UInt8(ascii: ";")),
                    semicolon - index <= 12
                else { throw failure("& without a reference", at: index) }
                try appendReference(bytes[(index + 1)..<semicolon], at: index, to: &output)
                index = semicolon + 1
                continue
            case Self.carriageReturn:
                // CR LF and a lone CR both become one LF (a space in attributes).
                output.append(attribute ? 0x20 : 0x0A)
                if index + 1 < range.upperBound, bytes[index + 1] == 0x0A { index += 1 }
            case 0x09 where attribute, 0x0A where attribute:
                output.append(0x20)
            default:
                output.append(byte)
            }
            index += 1
        }
    }

    private func appendReference(_ name: ArraySlice<UInt8>, at offset: Int, to output: inout [UInt8]) throws(XLSXError) {
        if name.first == UInt8(ascii: "#") {
            let digits = name.dropFirst()
            let isHex = digits.first == UInt8(ascii: "x")
            let number = String(decoding: isHex ? digits.dropFirst() : digits, as: UTF8.self)
            guard !number.isEmpty, number.utf8.allSatisfy({ isHex ? $0.isHexDigit : $0.isDecimalDigit }),
                let value = UInt32(number, radix: isHex ? 16 : 10), let scalar = Unicode.Scalar(value),
                XMLEscaper.isLegal(scalar)
            else { throw failure("bad character reference", at: offset) }
            output += String(Character(scalar)).utf8
            return
        }
        switch String(decoding: name, as: UTF8.self) {
        case "amp": output.append(UInt8(ascii: "&"))
        case "lt": output.append(UInt8(ascii: "<"))
        case "gt": output.append(UInt8(ascii: ">"))
        case "quot": output.append(UInt8(ascii: "\""))
        case "apos": output.append(UInt8(ascii: "'"))
        default: throw failure("unknown entity &\(String(decoding: name, as: UTF8.self));", at: offset)
        }
    }
}

extension UInt8 {
    fileprivate var isDecimalDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
    fileprivate var isHexDigit: Bool {
        isDecimalDigit || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
