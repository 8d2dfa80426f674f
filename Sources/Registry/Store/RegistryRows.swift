import Core
import Database
import Foundation

/// Decoding of registry rows; a value the CHECK constraints should have kept out is a
/// `DatabaseError` (a logged 500), never a crash.
enum RegistryRows {
    static let householdColumns = """
        h.id, h.no_kk, h.kk_override_reason, h.area_code, h.dusun, h.rt, h.rw, h.address, h.status, h.status_date,
        h.status_reason, h.created_at, h.updated_at, h.version
        """

    static let personColumns = """
        p.id, p.nik, p.nik_override_reason, p.name, p.sex, p.birth_place, p.birth_date, p.relationship,
        p.marital_status, p.religion, p.education, p.occupation, p.mother_name, p.disability, p.chronic_illness,
        p.jkn_segment, p.status, p.status_date, p.household_id, p.created_at, p.updated_at, p.version
        """

    static func household(_ row: Row, from start: Int = 0) throws -> Household {
        Household(
            id: try row.get(start), noKK: try row.get(start + 1), kkOverrideReason: try row.get(start + 2),
            areaCode: try row.get(start + 3), dusun: try row.get(start + 4), rt: try row.get(start + 5),
            rw: try row.get(start + 6), address: try row.get(start + 7),
            status: try choice(row, start + 8), statusDate: try optionalDate(row, start + 9),
            statusReason: try row.get(start + 10), createdAt: try timestamp(row, start + 11),
            updatedAt: try timestamp(row, start + 12), version: try row.get(start + 13))
    }

    static func person(_ row: Row, from start: Int = 0) throws -> Person {
        guard let birthDate = try optionalDate(row, start + 6) else {
            throw DatabaseError(code: .mismatch, message: "persons.birth_date is empty")
        }
        let sexText: String = try row.get(start + 4)
        guard let sex = Sex(rawValue: sexText) else {
            throw DatabaseError(code: .mismatch, message: "persons.sex holds '\(sexText)'")
        }
        let details = ValidPerson(
            nik: try row.get(start + 1), nikOverrideReason: try row.get(start + 2),
            name: try row.get(start + 3), sex: sex, birthPlace: try row.get(start + 5), birthDate: birthDate,
            relationship: try choice(row, start + 7), maritalStatus: try choice(row, start + 8),
            religion: try choice(row, start + 9), education: try choice(row, start + 10),
            occupation: try row.get(start + 11), motherName: try row.get(start + 12),
            disability: try choice(row, start + 13), chronicIllness: try row.get(start + 14),
            jknSegment: try choice(row, start + 15))
        return Person(
            id: try row.get(start), details: details, status: try choice(row, start + 16),
            statusDate: try optionalDate(row, start + 17), householdID: try row.get(start + 18),
            createdAt: try timestamp(row, start + 19), updatedAt: try timestamp(row, start + 20),
            version: try row.get(start + 21))
    }

    static func choice<T: LabelledChoice>(_ row: Row, _ index: Int) throws -> T {
        let text: String = try row.get(index)
        guard let value = T(rawValue: text) else {
            throw DatabaseError(code: .mismatch, message: "unknown \(T.self) '\(text)' in the register")
        }
        return value
    }

    static func optionalDate(_ row: Row, _ index: Int) throws -> CalendarDate? {
        guard let text: String = try row.get(index) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw DatabaseError(code: .mismatch, message: "malformed date '\(text)' in the register")
        }
        return date
    }

    static func timestamp(_ row: Row, _ index: Int) throws -> Date {
        let text: String = try row.get(index)
        guard let date = ISO8601Timestamp.parse(text) else {
            throw DatabaseError(code: .mismatch, message: "malformed timestamp '\(text)' in the register")
        }
        return date
    }
}
