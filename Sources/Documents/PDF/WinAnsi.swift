import Foundation

/// Text in WinAnsiEncoding (PDF 32000-1 Annex D.2, Windows code page 1252), the encoding our
/// standard-font text uses. Characters outside it become '?'.
package enum WinAnsi {
    /// The WinAnsi byte of each character, '?' for those it lacks; tabs and line breaks become spaces.
    package static func encode(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for character in text {
            // A combining sequence that has a precomposed form (e + ◌́ → é) is one byte.
            let scalars = character.unicodeScalars
            guard let scalar = scalars.count == 1 ? scalars.first : composed(character) else {
                bytes.append(0x3F)
                continue
            }
            bytes.append(byte(for: scalar))
        }
        return bytes
    }

    static func byte(for scalar: Unicode.Scalar) -> UInt8 {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0D: return 0x20
        case 0x20...0x7E, 0xA0...0xFF: return UInt8(value)
        default: return specials[value] ?? 0x3F
        }
    }

    private static func composed(_ character: Character) -> Unicode.Scalar? {
        let precomposed = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
        return precomposed.count == 1 ? precomposed.first : nil
    }

    /// Codes 0x80–0x9F, where cp1252 differs from Latin-1.
    private static let specials: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
