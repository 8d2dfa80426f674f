import Core
import Database
import Documents
import Foundation
import Registry

extension DtsenImport {
    /// What one row comes to: the registrations it makes, or the problem that refuses it.
    enum Outcome {
        case valid([NewMembership])
        case refused(DtsenImportReport.Problem)
    }

    /// Checks one row at a time, remembering the NIKs and households seen on earlier rows.
    struct RowChecker {
        let scope: AreaScope
        let since: CalendarDate
        let batchID: Int64?
        let positions: [DtsenColumn: Int]
        private var seenNIKs: [String: Int] = [:]
        private var seenHouseholds: [Int64: Int] = [:]

        init(scope: AreaScope, since: CalendarDate, batchID: Int64?, positions: [DtsenColumn: Int]) {
            self.scope = scope
            self.since = since
            self.batchID = batchID
            self.positions = positions
        }

        func value(_ column: DtsenColumn, _ record: CSVRecord) -> String {
            positions[column].flatMap { record.field($0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        }

        mutating func check(_ record: CSVRecord, in db: Connection) throws -> Outcome {
            let line = record.line
            func problem(_ column: DtsenColumn?, _ kind: DtsenProblem, _ message: String) -> Outcome {
                .refused(.init(row: line, column: column?.rawValue ?? "", kind: kind, message: message))
            }
            let nik = IdentityNumberText.normalized(value(.nik, record))
            let noKK = IdentityNumberText.normalized(value(.noKK, record))
            let name = value(.name, record)
            let idText = value(.idDTKS, record)
            let idDTKS = idText.isEmpty ? nil : idText
            guard !nik.isEmpty || !noKK.isEmpty else {
                return problem(nil, .missingIdentity, "NIK dan No KK kosong; isi salah satunya.")
            }
            guard let desil = Self.desil(value(.desil, record)) else {
                let text = value(.desil, record)
                return problem(.desil, .invalidDesil,
                               text.isEmpty ? "Desil kosong." : "Desil \"\(text)\" tidak sah: isi angka 1 sampai 10.")
            }
            if !nik.isEmpty {
                guard Self.isNumber(nik) else { return problem(.nik, .invalidNumber, "NIK harus 16 angka.") }
                if let first = seenNIKs[nik] { return problem(.nik, .duplicate, "NIK sudah ada di baris \(first).") }
                seenNIKs[nik] = line
                let membership = NewMembership(
                    nik: nik, idDTKS: idDTKS, desil: desil, since: since, source: .dtsen, sourceBatchID: batchID,
                    name: name, noKK: noKK)
                if let (person, areaCode) = try PersonStore.find(nik: nik, in: db) {
                    guard scope.contains(areaCode) else {
                        return problem(.nik, .outsideArea, "Penduduk dengan NIK ini tercatat di luar wilayah Anda.")
                    }
                    guard person.status == .alive else {
                        return problem(.nik, .inactivePerson, "Penduduk dengan NIK ini tercatat \(person.status.label.lowercased()).")
                    }
                    return .valid([membership])
                }
                if let member = try DTKSMemberStore.findActive(nik: nik, in: db) {
                    guard scope == .everywhere || member.areaCode.map(scope.contains) == true else {
                        return problem(.nik, .outsideArea, "Peserta dengan NIK ini tercatat di luar wilayah Anda.")
                    }
                    return .valid([membership])
                }
                return problem(.nik, .unknownNIK,
                               "NIK tidak ada di data keluarga maupun daftar peserta DTKS; catat keluarganya dulu.")
            }
            guard Self.isNumber(noKK) else { return problem(.noKK, .invalidNumber, "No KK harus 16 angka.") }
            guard let household = try HouseholdStore.findActive(noKK: noKK, in: db) else {
                return problem(.noKK, .unknownKK, "Tidak ada keluarga aktif dengan No KK ini.")
            }
            guard scope.contains(household.areaCode) else {
                return problem(.noKK, .outsideArea, "Keluarga dengan No KK ini tercatat di luar wilayah Anda.")
            }
            if let first = seenHouseholds[household.id] { return problem(.noKK, .duplicate, "No KK sudah ada di baris \(first).") }
            seenHouseholds[household.id] = line
            let living = try PersonStore.members(of: household.id, in: db).filter { $0.status == .alive }
            let fresh = living.filter { seenNIKs[$0.nik] == nil }
            guard !fresh.isEmpty else {
                return problem(.noKK, .inactivePerson, "Keluarga ini tidak punya anggota hidup yang belum disebut di baris lain.")
            }
            for person in fresh { seenNIKs[person.nik] = line }
            return .valid(fresh.map { person in
                NewMembership(
                    nik: person.nik, personID: person.id, householdID: household.id, idDTKS: nil, desil: desil,
                    since: since, source: .dtsen, sourceBatchID: batchID)
            })
        }

        /// 1–10 from `3`, `03`, `Desil 3` or `3.0` (a number cell of a sheet); nil otherwise.
        static func desil(_ text: String) -> Int? {
            var text = text.lowercased().trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("desil") { text = text.dropFirst(5).trimmingCharacters(in: .whitespaces) }
            if text.hasSuffix(".0") { text = String(text.dropLast(2)) }
            guard let value = Int(text), (1...10).contains(value) else { return nil }
            return value
        }

        static func isNumber(_ text: String) -> Bool {
            text.count == IdentityNumberText.length && text.allSatisfy(\.isASCIIDigit)
        }
    }
}
