/// The cell formats `XLSXWriter` puts in `xl/styles.xml`, by their index in `cellXfs` (the `s`
/// attribute of a cell).
enum XLSXCellStyle: Int {
    case standard = 0
    case header = 1
    case date = 2
    case dateTime = 3
    case integer = 4

    /// The `s="…"` attribute, or nothing for the default format.
    var attribute: [UInt8] {
        switch self {
        case .standard: []
        case .header: Array(#" s="1""#.utf8)
        case .date: Array(#" s="2""#.utf8)
        case .dateTime: Array(#" s="3""#.utf8)
        case .integer: Array(#" s="4""#.utf8)
        }
    }
}
