import Core
import Database
import Registry

extension HouseholdImportValidator {
    /// The checks against what is stored: the desa inside the scope, the No KK and the NIKs.
    /// Returns true when the No KK is already registered with exactly these members (the file
    /// was imported before: the household is skipped, not an error).
    mutating func checkRegister(_ group: Group, in db: Connection) throws -> Bool {
        guard let first = group.rows.first else { return false }
        let headRow = group.rows.first { HouseholdImportValues.choice($0[.relationship], as: Relationship.self) == .head } ?? first
        let areaCode = headRow[.areaCode]
        if !areaCode.isEmpty {
            if try AreaStore.find(areaCode, in: db)?.level != .desa {
                problem(headRow.line, .areaCode, "‘\(areaCode)’ bukan kode kalurahan/desa yang terdaftar.")
            } else if !scope.contains(areaCode) {
                problem(headRow.line, .areaCode, "Kalurahan/desa \(areaCode) di luar wilayah Anda.")
            }
        }
        let niks = group.rows.map { IdentityNumberText.normalized($0[.nik]) }
        if NoKK.problem(group.noKK) == nil, let existing = try HouseholdStore.findActive(noKK: group.noKK, in: db) {
            guard scope.contains(existing.areaCode) else {
                problem(first.line, .noKK, RegistryError.duplicateNoKKElsewhere)
                return false
            }
            let stored = try PersonStore.members(of: existing.id, in: db).filter { $0.status == .alive }.map(\.nik)
            if Set(stored) == Set(niks), stored.count == niks.count { return true }
            problem(first.line, .noKK, "No KK ini sudah terdaftar dengan anggota yang berbeda; ubah keluarga itu lewat halaman keluarga.")
            return false
        }
        for (row, nik) in zip(group.rows, niks) where !nik.isEmpty {
            guard let taken = try PersonStore.find(nik: nik, in: db) else { continue }
            problem(
                row.line, .nik,
                scope.contains(taken.areaCode)
                    ? "NIK ini sudah terdaftar atas nama \(taken.person.name) di keluarga lain."
                    : RegistryError.duplicateNIKElsewhere)
        }
        return false
    }
}

