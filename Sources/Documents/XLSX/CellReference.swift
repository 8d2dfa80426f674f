/// A1-style cell references: column letters (A…XFD) and a 1-based row number.
package enum CellReference {
    /// Excel's largest sheet: 16,384 columns (XFD) by 1,048,576 rows.
    package static let maximumColumns = 16_384
    /// Rows in an Excel sheet.
    package static let maximumRows = 1_048_576

    /// The letters of the 0-based `column`: 0 → `A`, 25 → `Z`, 26 → `AA`.
    package static func columnName(_ column: Int) -> String {
        String(decoding: columnLetters(column), as: UTF8.self)
    }

    /// `column` (0-based) and `row` (1-based) as `C7`.
    package static func name(column: Int, row: Int) -> String {
        columnName(column) + String(row)
    }

    /// The 0-based column and 1-based row of a reference such as `C7` or `$C$7`, or nil if it is not one.
    package static func parse(_ reference: some StringProtocol) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in reference.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, column <= maximumColumns, (1...maximumRows).contains(row) else { return nil }
        return (column - 1, row)
    }

    static func columnLetters(_ column: Int) -> [UInt8] {
        var letters: [UInt8] = []
        var remaining = column + 1
        while remaining > 0 {
            remaining -= 1
            letters.append(UInt8(ascii: "A") + UInt8(remaining % 26))
            remaining /= 26
        }
        return letters.reversed()
    }
}
