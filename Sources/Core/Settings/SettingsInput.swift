import Foundation
package import Web

/// The settings form as the admin typed it: every value as text, so a refused form is shown
/// again exactly as it was sent. `applied(to:)` reads it into `Settings`.
package struct SettingsInput: Sendable, Equatable {
    package var instansiName = ""
    package var addressLines = ""
    package var phone = ""
    package var email = ""
    package var website = ""
    package var kepalaDinasName = ""
    package var kepalaDinasTitle = ""
    package var kepalaDinasNIP = ""
    package var kecamatanWord = ""
    package var desaWord = ""
    package var dusunWord = ""
    package var timeZone = ""
    package var officeOpens = ""
    package var officeCloses = ""
    /// The ticked weekday checkboxes (`1` = Monday … `7` = Sunday).
    package var workingWeekdays: [String] = []
    package var pbiPremium = ""

    /// The form filled with stored settings.
    package init(_ settings: Settings) {
        instansiName = settings.instansiName
        addressLines = settings.addressLines
        phone = settings.phone
        email = settings.email
        website = settings.website
        kepalaDinasName = settings.kepalaDinasName
        kepalaDinasTitle = settings.kepalaDinasTitle
        kepalaDinasNIP = settings.kepalaDinasNIP
        kecamatanWord = settings.kecamatanWord
        desaWord = settings.desaWord
        dusunWord = settings.dusunWord
        timeZone = settings.timeZone
        officeOpens = TimeOfDay.text(settings.officeOpensMinute)
        officeCloses = TimeOfDay.text(settings.officeClosesMinute)
        workingWeekdays = settings.workingWeekdays.map(String.init)
        pbiPremium = IndonesianFormat.number(settings.pbiPremiumRupiah)
    }

    /// The form as submitted; inputs are named after `SettingsKey`.
    package init(_ fields: FormFields) {
        instansiName = fields[SettingsKey.instansiName] ?? ""
        addressLines = fields[SettingsKey.addressLines] ?? ""
        phone = fields[SettingsKey.phone] ?? ""
        email = fields[SettingsKey.email] ?? ""
        website = fields[SettingsKey.website] ?? ""
        kepalaDinasName = fields[SettingsKey.kepalaDinasName] ?? ""
        kepalaDinasTitle = fields[SettingsKey.kepalaDinasTitle] ?? ""
        kepalaDinasNIP = fields[SettingsKey.kepalaDinasNIP] ?? ""
        kecamatanWord = fields[SettingsKey.kecamatanWord] ?? ""
        desaWord = fields[SettingsKey.desaWord] ?? ""
        dusunWord = fields[SettingsKey.dusunWord] ?? ""
        timeZone = fields[SettingsKey.timeZone] ?? ""
        officeOpens = fields[SettingsKey.officeOpens] ?? ""
        officeCloses = fields[SettingsKey.officeCloses] ?? ""
        workingWeekdays = fields.all(SettingsKey.workingWeekdays)
        pbiPremium = fields[SettingsKey.pbiPremium] ?? ""
    }

    /// `base` with this form's values (holidays and logo stay as in `base`), and the problems of
    /// the values that do not even read: a time that is not `JJ.MM`, a premium that is not a
    /// whole number. The service adds the rules of the values that do.
    package func applied(to base: Settings) -> (settings: Settings, problems: [String: String]) {
        var settings = base
        var problems: [String: String] = [:]
        settings.instansiName = Self.line(instansiName)
        settings.addressLines = Self.lines(addressLines)
        settings.phone = Self.line(phone)
        settings.email = Self.line(email)
        settings.website = Self.line(website)
        settings.kepalaDinasName = Self.line(kepalaDinasName)
        settings.kepalaDinasTitle = Self.line(kepalaDinasTitle)
        // NIPs are often written in groups (`19700101 199001 1 001`); the digits are what count.
        settings.kepalaDinasNIP = String(kepalaDinasNIP.filter { !$0.isWhitespace })
        settings.kecamatanWord = Self.line(kecamatanWord)
        settings.desaWord = Self.line(desaWord)
        settings.dusunWord = Self.line(dusunWord)
        settings.timeZone = Self.line(timeZone)
        if let minutes = TimeOfDay.minutes(officeOpens) {
            settings.officeOpensMinute = minutes
        } else {
            problems[SettingsKey.officeOpens] = "Jam buka harus berformat JJ.MM, misalnya 08.00."
        }
        if let minutes = TimeOfDay.minutes(officeCloses) {
            settings.officeClosesMinute = minutes
        } else {
            problems[SettingsKey.officeCloses] = "Jam tutup harus berformat JJ.MM, misalnya 16.00."
        }
        let weekdays = workingWeekdays.compactMap { Int($0) }
        settings.workingWeekdays = Array(Set(weekdays)).sorted()
        if weekdays.count != workingWeekdays.count {
            problems[SettingsKey.workingWeekdays] = "Pilih hari kerja dari daftar."
        }
        if let rupiah = Self.rupiah(pbiPremium) {
            settings.pbiPremiumRupiah = rupiah
        } else {
            problems[SettingsKey.pbiPremium] = "Premi PBI harus bilangan bulat rupiah lebih dari 0, misalnya 42000."
        }
        return (settings, problems)
    }

    /// One line: spaces around it removed.
    private static func line(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Several lines (the address): each trimmed, empty ones dropped, CR LF as LF.
    private static func lines(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    /// Whole rupiah as typed: `42000`, `42.000`, `Rp 42.000`; nil for anything else (a minus
    /// sign, decimals with a comma, letters) or more than twelve digits.
    static func rupiah(_ text: String) -> Int? {
        var digits = text.trimmingCharacters(in: .whitespaces)
        if digits.lowercased().hasPrefix("rp") { digits = String(digits.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        digits = digits.replacingOccurrences(of: ".", with: "")
        guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }
}
