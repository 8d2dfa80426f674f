import Foundation

/// One row of the `settings` table: its key and how the `Settings` field it holds reads and
/// writes as text. A module that needs a setting adds a field to `Settings`, a key to
/// `SettingsKey`, one line to `StoredSetting.all` and, when it has rules, a check in
/// `SettingsService.problems(in:)`.
package struct StoredSetting: Sendable {
    package let key: String
    /// The stored text of the field.
    package let encode: @Sendable (Settings) -> String
    /// Sets the field from stored text; false (and the field untouched) when the text does not parse.
    package let decode: @Sendable (String, inout Settings) -> Bool

    /// Every stored setting, in the order the audit trail and the page list them.
    package static let all: [StoredSetting] = [
        .text(SettingsKey.instansiName, \.instansiName),
        .text(SettingsKey.addressLines, \.addressLines),
        .text(SettingsKey.phone, \.phone),
        .text(SettingsKey.email, \.email),
        .text(SettingsKey.website, \.website),
        .identifier(SettingsKey.logo, \.logoAttachmentID),
        .text(SettingsKey.kepalaDinasName, \.kepalaDinasName),
        .text(SettingsKey.kepalaDinasTitle, \.kepalaDinasTitle),
        .text(SettingsKey.kepalaDinasNIP, \.kepalaDinasNIP),
        .text(SettingsKey.kecamatanWord, \.kecamatanWord),
        .text(SettingsKey.desaWord, \.desaWord),
        .text(SettingsKey.dusunWord, \.dusunWord),
        .text(SettingsKey.timeZone, \.timeZone),
        .timeOfDay(SettingsKey.officeOpens, \.officeOpensMinute),
        .timeOfDay(SettingsKey.officeCloses, \.officeClosesMinute),
        .integers(SettingsKey.workingWeekdays, \.workingWeekdays),
        .holidays(SettingsKey.holidays),
        .integer(SettingsKey.pbiPremium, \.pbiPremiumRupiah),
        .minutesTable(SettingsKey.standardMinutes, \.standardMinutes),
    ]

    /// Free text, stored as it is.
    static func text(_ key: String, _ field: any WritableKeyPath<Settings, String> & Sendable) -> StoredSetting {
        StoredSetting(
            key: key, encode: { $0[keyPath: field] },
            decode: { text, settings in
                settings[keyPath: field] = text
                return true
            })
    }

    /// A whole number in decimal.
    static func integer(_ key: String, _ field: any WritableKeyPath<Settings, Int> & Sendable) -> StoredSetting {
        StoredSetting(
            key: key, encode: { String($0[keyPath: field]) },
            decode: { text, settings in
                guard let value = Int(text) else { return false }
                settings[keyPath: field] = value
                return true
            })
    }

    /// A row id, or the empty text for none.
    static func identifier(_ key: String, _ field: any WritableKeyPath<Settings, Int64?> & Sendable) -> StoredSetting {
        StoredSetting(
            key: key, encode: { $0[keyPath: field].map(String.init) ?? "" },
            decode: { text, settings in
                if text.isEmpty {
                    settings[keyPath: field] = nil
                    return true
                }
                guard let value = Int64(text) else { return false }
                settings[keyPath: field] = value
                return true
            })
    }

    /// Minutes after midnight, stored as `HH.MM`.
    static func timeOfDay(_ key: String, _ field: any WritableKeyPath<Settings, Int> & Sendable) -> StoredSetting {
        StoredSetting(
            key: key, encode: { TimeOfDay.text($0[keyPath: field]) },
            decode: { text, settings in
                guard let minutes = TimeOfDay.minutes(text) else { return false }
                settings[keyPath: field] = minutes
                return true
            })
    }

    /// A list of numbers, stored as a JSON array.
    static func integers(_ key: String, _ field: any WritableKeyPath<Settings, [Int]> & Sendable) -> StoredSetting {
        StoredSetting(
            key: key, encode: { "[" + $0[keyPath: field].map(String.init).joined(separator: ",") + "]" },
            decode: { text, settings in
                guard let values = try? JSONDecoder().decode([Int].self, from: Data(text.utf8)) else { return false }
                settings[keyPath: field] = values
                return true
            })
    }

    /// The holidays, stored as a JSON array of `{"date": "YYYY-MM-DD", "name": …}` sorted by day,
    /// keys sorted, so the same list always reads as the same text (audit rows, the form version).
    static func holidays(_ key: String) -> StoredSetting {
        StoredSetting(
            key: key,
            encode: { settings in
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                let data = (try? encoder.encode(settings.holidays.sorted { $0.day < $1.day })) ?? Data("[]".utf8)
                return String(decoding: data, as: UTF8.self)
            },
            decode: { text, settings in
                guard let values = try? JSONDecoder().decode([Holiday].self, from: Data(text.utf8)) else { return false }
                settings.holidays = values.sorted { $0.day < $1.day }
                return true
            })
    }

    /// Minutes per key, stored as a JSON object with sorted keys so the same table is the same text.
    static func minutesTable(_ key: String, _ field: any WritableKeyPath<Settings, [String: Int]> & Sendable) -> StoredSetting {
        StoredSetting(
            key: key,
            encode: { settings in
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                let data = (try? encoder.encode(settings[keyPath: field])) ?? Data("{}".utf8)
                return String(decoding: data, as: UTF8.self)
            },
            decode: { text, settings in
                guard let values = try? JSONDecoder().decode([String: Int].self, from: Data(text.utf8)),
                    values.values.allSatisfy({ $0 > 0 })
                else { return false }
                settings[keyPath: field] = values
                return true
            })
    }
}
