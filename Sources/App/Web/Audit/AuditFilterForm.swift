import Core
import Database
import Foundation
import Web

/// The audit browser's filters as typed in the query string, and their check: a value that does
/// not hold gets an Indonesian message next to its field and never reaches a query.
struct AuditFilterForm {
    var username: String
    var entity: String
    var entityID: String
    var action: String
    var from: String
    var until: String

    /// Query-string names, in the order of the form.
    enum Name {
        static let username = "pengguna"
        static let entity = "entitas"
        static let entityID = "id_entitas"
        static let action = "aksi"
        static let from = "dari"
        static let until = "sampai"
    }

    static let maximumLength = 100
    static let badDate = "Tanggal tidak dikenali; tulis seperti 2026-11-24."
    static let untilBeforeFrom = "Tanggal akhir tidak boleh sebelum tanggal awal."
    static let unknownUser = "Tidak ada pengguna dengan nama ini."
    static let notInList = "Pilih salah satu dari daftar."
    static let tooLong = "Terlalu panjang (paling banyak 100 karakter)."

    init(_ query: FormFields) {
        func value(_ name: String) -> String { (query[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        username = value(Name.username)
        entity = value(Name.entity)
        entityID = value(Name.entityID)
        action = value(Name.action)
        from = value(Name.from)
        until = value(Name.until)
    }

    /// The filters to keep in sort and page links: the ones given, as typed.
    var parameters: [(String, String)] {
        [
            (Name.username, username), (Name.entity, entity), (Name.entityID, entityID), (Name.action, action),
            (Name.from, from), (Name.until, until),
        ].filter { !$0.1.isEmpty }
    }

    /// The checked filter, or the message for each field that does not hold. `actions` and
    /// `entities` are the names the log holds; days are read in `timeZone` (the deployment's).
    func validated(
        actions: [String], entities: [String], timeZone: String, in db: Connection
    ) throws -> (filter: AuditFilter, problems: [String: String]) {
        var filter = AuditFilter()
        var problems: [String: String] = [:]
        if !username.isEmpty {
            if username.count > Self.maximumLength {
                problems[Name.username] = Self.tooLong
            } else if let user = try UserStore.find(username: username, in: db) {
                filter.userID = user.id
            } else {
                problems[Name.username] = Self.unknownUser
            }
        }
        if !entity.isEmpty {
            if entities.contains(entity) { filter.entity = entity } else { problems[Name.entity] = Self.notInList }
        }
        if !entityID.isEmpty {
            if entityID.count > Self.maximumLength { problems[Name.entityID] = Self.tooLong } else { filter.entityID = entityID }
        }
        if !action.isEmpty {
            if actions.contains(action) { filter.action = action } else { problems[Name.action] = Self.notInList }
        }
        if !from.isEmpty {
            if let start = Self.startOfDay(from, timeZone: timeZone) { filter.from = start } else { problems[Name.from] = Self.badDate }
        }
        if !until.isEmpty {
            if let start = Self.startOfDay(until, timeZone: timeZone) {
                filter.before = Self.calendar(timeZone).date(byAdding: .day, value: 1, to: start)
            } else {
                problems[Name.until] = Self.badDate
            }
        }
        if let start = filter.from, let end = filter.before, end <= start {
            problems[Name.until] = Self.untilBeforeFrom
        }
        return (filter, problems)
    }

    /// The instant a `YYYY-MM-DD` day starts in `timeZone`; nil for anything else or a day that
    /// does not exist (2026-02-30).
    static func startOfDay(_ text: String, timeZone: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = Int(text.prefix(4)), let month = Int(text.dropFirst(5).prefix(2)), let day = Int(text.suffix(2)),
            bytes.enumerated().allSatisfy({ index, byte in index == 4 || index == 7 || (byte >= 48 && byte <= 57) }),
            year >= 1, ISO8601Timestamp.parse(text + "T00:00:00Z") != nil
        else { return nil }
        return calendar(timeZone).date(from: DateComponents(year: year, month: month, day: day))
    }

    private static func calendar(_ timeZone: String) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .current
        return calendar
    }

    /// The form's fields with their values as typed and any messages.
    func fields(actions: [String], entities: [String], problems: [String: String]) -> [FormField] {
        func options(_ values: [String], selected: String, all: String) -> [FormField.Option] {
            var list = [FormField.Option(value: "", label: all, selected: selected.isEmpty)]
            list += values.map { FormField.Option(value: $0, label: $0, selected: $0 == selected) }
            // A value the log does not hold stays visible with its message.
            if !selected.isEmpty, !values.contains(selected) {
                list.append(FormField.Option(value: selected, label: selected, selected: true))
            }
            return list
        }
        return [
            FormField(name: Name.username, label: "Nama pengguna", value: username, error: problems[Name.username]),
            FormField(
                name: Name.action, label: "Aksi", type: "select", error: problems[Name.action],
                options: options(actions, selected: action, all: "Semua aksi")),
            FormField(
                name: Name.entity, label: "Entitas", type: "select", error: problems[Name.entity],
                options: options(entities, selected: entity, all: "Semua entitas")),
            FormField(name: Name.entityID, label: "ID entitas", value: entityID, error: problems[Name.entityID]),
            FormField(name: Name.from, label: "Dari tanggal", value: from, type: "date", error: problems[Name.from]),
            FormField(name: Name.until, label: "Sampai tanggal", value: until, type: "date", error: problems[Name.until]),
        ]
    }
}
