import Foundation

/// The account rules that need no database: the same for the admin pages, the command line and
/// the demo seed. The username rule mirrors the CHECK on `users.username` (Migrations/0001_core.sql).
package enum UserRules {
    package static let usernameLength = 3...40
    package static let fullNameMaximumLength = 100
    /// The message for a username another account already has (compared without case).
    package static let usernameTaken = "Nama pengguna sudah dipakai akun lain."

    /// The Indonesian message for a username that breaks a rule, or nil.
    package static func usernameProblem(_ username: String) -> String? {
        if username.isEmpty { return "Nama pengguna wajib diisi." }
        if !username.unicodeScalars.allSatisfy(isUsernameScalar) {
            return "Nama pengguna hanya boleh berisi huruf, angka, titik (.), garis bawah (_) dan tanda hubung (-)."
        }
        if !usernameLength.contains(username.count) {
            return "Nama pengguna \(usernameLength.lowerBound)–\(usernameLength.upperBound) karakter."
        }
        return nil
    }

    /// The Indonesian message for a full name that breaks a rule, or nil.
    package static func fullNameProblem(_ fullName: String) -> String? {
        let trimmed = fullName.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return "Nama lengkap wajib diisi." }
        if trimmed.count > fullNameMaximumLength {
            return "Nama lengkap paling banyak \(fullNameMaximumLength) karakter."
        }
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "Nama lengkap memuat karakter yang tidak diizinkan."
        }
        return nil
    }

    /// The message when no role was chosen.
    package static func roleProblem(_ role: Role?) -> String? {
        role == nil ? "Pilih peran." : nil
    }

    /// The message when the number of areas does not fit the role: operator exactly one,
    /// pendamping at least one, every other role none. `words` names the levels (settings).
    package static func areaCountProblem(role: Role, count: Int, words: Settings) -> String? {
        switch role {
        case .operator:
            return count == 1 ? nil : operatorAreaMessage(words)
        case .pendamping:
            return count > 0 ? nil : pendampingAreaMessage(words)
        case .admin, .staf, .kasi, .kadis:
            return count == 0 ? nil : "Peran \(role.label) mencakup seluruh wilayah; jangan pilih wilayah."
        }
    }

    /// The message when the areas exist but do not fit the role (an operator given a kecamatan,
    /// a pendamping given two kecamatan or a kecamatan and a desa), or nil.
    package static func areaLevelProblem(role: Role, areas: [Area], words: Settings) -> String? {
        switch role {
        case .operator:
            return areas.count == 1 && areas[0].level == .desa ? nil : operatorAreaMessage(words)
        case .pendamping:
            let oneKecamatan = areas.count == 1 && areas[0].level == .kecamatan
            let onlyDesa = !areas.isEmpty && areas.allSatisfy { $0.level == .desa }
            return oneKecamatan || onlyDesa ? nil : pendampingAreaMessage(words)
        case .admin, .staf, .kasi, .kadis:
            return areaCountProblem(role: role, count: areas.count, words: words)
        }
    }

    static func operatorAreaMessage(_ words: Settings) -> String {
        "Operator ditugaskan ke tepat satu \(words.word(for: .desa))."
    }

    static func pendampingAreaMessage(_ words: Settings) -> String {
        "Pendamping ditugaskan ke satu \(words.word(for: .kecamatan)), atau ke satu atau lebih \(words.word(for: .desa))."
    }

    /// Matches `username NOT GLOB '*[^a-zA-Z0-9._-]*'`: ASCII letters and digits, `.`, `_`, `-`.
    private static func isUsernameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": true
        default: false
        }
    }
}
