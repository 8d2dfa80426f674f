import Database

/// The rules one row of an area file must meet, checked in file order against the database and
/// the rows before it. Messages are Indonesian sentences for the staff who fix the file.
struct AreaImportRules {
    enum Verdict {
        case accepted(AreaImportReport.Row)
        case refused([AreaImportReport.Problem])
    }

    /// The first line of every code in the file, to tell "parent comes later" from "no parent".
    private let firstLines: [String: Int]
    /// Codes accepted or seen earlier in the file, with their line and level (nil when unreadable).
    private var earlier: [String: (line: Int, level: AreaLevel?)] = [:]
    /// Areas already looked up in the database (nil: not there).
    private var stored: [String: Area?] = [:]

    static let maximumNameLength = 100

    init(rows: [AreaImportRow]) {
        var firstLines: [String: Int] = [:]
        for row in rows where firstLines[row.code] == nil { firstLines[row.code] = row.line }
        self.firstLines = firstLines
    }

    mutating func check(_ row: AreaImportRow, in db: Connection) throws -> Verdict {
        var messages: [String] = []
        let shape = AreaLevel(codeShape: row.code)
        let declared = AreaLevel(rawValue: row.level.lowercased())

        if row.code.isEmpty {
            messages.append("Kode kosong.")
        } else if shape == nil {
            messages.append(Self.badShape(row.code))
        }
        if row.level.isEmpty {
            messages.append("Tingkat kosong; isi provinsi, kabupaten, kecamatan, desa atau dusun.")
        } else if declared == nil {
            messages.append("Tingkat ‘\(row.level)’ tidak dikenal; gunakan provinsi, kabupaten, kecamatan, desa atau dusun.")
        }
        if let shape, let declared, shape != declared {
            messages.append("Tingkat ‘\(declared.rawValue)’ tidak cocok dengan kode \(row.code), yang berbentuk kode \(shape.rawValue) (contoh kode \(declared.rawValue): \(declared.exampleCode)).")
        }
        if row.name.isEmpty {
            messages.append("Nama wilayah kosong.")
        } else if row.name.count > Self.maximumNameLength {
            messages.append("Nama wilayah lebih dari \(Self.maximumNameLength) karakter.")
        }

        // When the column and the code disagree the row already says so; checking its parent
        // against either level would only add noise.
        let level = shape != nil && declared != nil && shape != declared ? nil : declared ?? shape
        if let first = earlier[row.code] {
            messages.append("Kode \(row.code) sudah ada di baris \(first.line).")
        } else if !row.code.isEmpty {
            earlier[row.code] = (row.line, level)
        }
        if let level {
            messages += try parentProblems(row, level: level, in: db)
        }

        let existing = try storedArea(row.code, in: db)
        if let existing, let claimed = declared ?? shape, existing.level != claimed || (existing.parentCode ?? "") != row.parentCode {
            let under = existing.parentCode.map { " di bawah \($0)" } ?? ""
            messages.append("Kode \(row.code) sudah terdaftar sebagai \(existing.level.rawValue)\(under); tingkat dan induk wilayah yang sudah ada tidak dapat diubah.")
        }

        guard messages.isEmpty, let level else {
            return .refused(messages.map { AreaImportReport.Problem(line: row.line, message: $0) })
        }
        let change: AreaImportReport.Change =
            switch existing {
            case nil: .inserted
            case let area? where area.name != row.name: .renamed(from: area.name)
            default: .unchanged
            }
        return .accepted(AreaImportReport.Row(
            line: row.line, code: row.code, name: row.name, level: level,
            parentCode: row.parentCode.isEmpty ? nil : row.parentCode, change: change))
    }

    private mutating func parentProblems(_ row: AreaImportRow, level: AreaLevel, in db: Connection) throws -> [String] {
        guard let parentLevel = level.parent else {
            return row.parentCode.isEmpty ? [] : ["Wilayah tingkat provinsi tidak boleh memiliki induk; kosongkan parent_code."]
        }
        guard !row.parentCode.isEmpty else {
            return ["Kode induk kosong; wilayah tingkat \(level.rawValue) harus berinduk ke \(parentLevel.rawValue)."]
        }
        var problems: [String] = []
        if !row.code.hasPrefix(row.parentCode + ".") {
            problems.append("Kode \(row.code) tidak diawali kode induknya \(row.parentCode) diikuti titik.")
        }
        let found: AreaLevel??
        if let inFile = earlier[row.parentCode], inFile.line < row.line {
            found = .some(inFile.level)
        } else if let area = try storedArea(row.parentCode, in: db) {
            found = .some(area.level)
        } else {
            found = nil
        }
        switch found {
        case nil:
            if let later = firstLines[row.parentCode], later > row.line {
                problems.append("Induk \(row.parentCode) baru muncul di baris \(later); letakkan induk sebelum wilayah di bawahnya.")
            } else {
                problems.append("Induk \(row.parentCode) tidak ditemukan di basis data maupun di baris sebelumnya.")
            }
        case .some(let actual?) where actual != parentLevel:
            problems.append("Induk \(row.parentCode) bertingkat \(actual.rawValue); induk wilayah tingkat \(level.rawValue) harus \(parentLevel.rawValue).")
        default:
            // Found with the right level, or a parent row whose own level is unreadable (its line
            // already carries that problem).
            break
        }
        return problems
    }

    private mutating func storedArea(_ code: String, in db: Connection) throws -> Area? {
        if let cached = stored[code] { return cached }
        let area = code.isEmpty ? nil : try AreaStore.find(code, in: db)
        stored[code] = area
        return area
    }

    private static func badShape(_ code: String) -> String {
        var message = "Kode ‘\(code)’ bukan kode wilayah Kemendagri (contoh: 34, 34.02, 34.02.01, 34.02.01.2001, 34.02.01.2001.01)."
        if code.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }) {
            message += " Periksa apakah Excel mengubah kode menjadi angka (misalnya 34.10 menjadi 34.1); format kolom kode sebagai Teks."
        }
        return message
    }
}
