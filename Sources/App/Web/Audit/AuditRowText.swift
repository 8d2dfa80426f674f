import Core
import Database
import Foundation

/// How the audit pages write a row's columns in Indonesian.
enum AuditRowText {
    /// `Senin, 15 Mei 2023 09.30 WIB`, or the stored text when it is not a timestamp.
    static func time(_ at: String, timeZone: String) -> String {
        guard let date = ISO8601Timestamp.parse(at) else { return at }
        return IndonesianFormat.dateTime(date, timeZone: timeZone)
    }

    /// The username, or who else acted: the command line, the system, a visitor not signed in.
    static func actor(_ record: AuditRecord) -> String {
        switch record.actor {
        case "cli": "cli (baris perintah)"
        case "system": "sistem"
        default: record.username.isEmpty ? "tamu (belum masuk)" : record.username
        }
    }

    static func role(_ record: AuditRecord) -> String {
        Role(rawValue: record.role)?.label ?? (record.role.isEmpty ? "—" : record.role)
    }

    /// `user #5`, or the entity alone when the row names no id.
    static func entity(_ record: AuditRecord) -> String {
        record.entityID.isEmpty ? record.entity : "\(record.entity) #\(record.entityID)"
    }

    /// `Kalurahan Poncosari (34.02.01.2001)` from `names`, the code alone when unknown, `—` when empty.
    static func area(_ code: String, names: [String: String]) -> String {
        guard !code.isEmpty else { return "—" }
        return names[code].map { "\($0) (\(code))" } ?? code
    }

    /// The names of `codes` with the deployment's words for the levels.
    static func areaNames(_ codes: [String], words: Settings, in db: Connection) throws -> [String: String] {
        let unique = Array(Set(codes.filter { !$0.isEmpty })).sorted()
        guard !unique.isEmpty else { return [:] }
        var names: [String: String] = [:]
        for area in try AreaStore.areas(unique, in: db) {
            names[area.code] = "\(words.word(for: area.level)) \(area.name)"
        }
        return names
    }
}
