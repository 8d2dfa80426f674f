import Foundation

extension SettingsService {
    /// The time zones of Indonesia, offered first on the settings page.
    package static let indonesianTimeZones = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]

    /// Every rule `settings` breaks, as field key → Indonesian message; empty when it may be saved.
    package static func problems(in settings: Settings) -> [String: String] {
        var problems: [String: String] = [:]
        func require(_ condition: Bool, _ key: String, _ message: String) {
            if !condition, problems[key] == nil { problems[key] = message }
        }
        let trimmed = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines) }

        require(!trimmed(settings.instansiName).isEmpty, SettingsKey.instansiName, "Nama instansi wajib diisi.")
        require(
            settings.email.isEmpty || isEmailAddress(settings.email), SettingsKey.email,
            "Alamat email tidak valid (contoh: dinsos@bantulkab.go.id).")
        require(
            settings.website.isEmpty || isWebAddress(settings.website), SettingsKey.website,
            "Alamat situs harus diawali http:// atau https:// (contoh: https://dinsos.bantulkab.go.id).")
        require(
            settings.kepalaDinasNIP.isEmpty
                || (settings.kepalaDinasNIP.count == 18 && settings.kepalaDinasNIP.allSatisfy(\.isASCIIDigit)),
            SettingsKey.kepalaDinasNIP, "NIP terdiri dari 18 angka tanpa spasi.")
        require(!trimmed(settings.kecamatanWord).isEmpty, SettingsKey.kecamatanWord, "Sebutan tingkat kecamatan wajib diisi.")
        require(!trimmed(settings.desaWord).isEmpty, SettingsKey.desaWord, "Sebutan tingkat desa wajib diisi.")
        require(!trimmed(settings.dusunWord).isEmpty, SettingsKey.dusunWord, "Sebutan tingkat dusun wajib diisi.")
        require(
            isTimeZone(settings.timeZone), SettingsKey.timeZone,
            "Zona waktu tidak dikenal: pilih WIB (Asia/Jakarta), WITA (Asia/Makassar) atau WIT (Asia/Jayapura).")
        let day = 0..<(24 * 60)
        require(day.contains(settings.officeOpensMinute), SettingsKey.officeOpens, "Jam buka harus berformat JJ.MM (contoh: 08.00).")
        require(day.contains(settings.officeClosesMinute), SettingsKey.officeCloses, "Jam tutup harus berformat JJ.MM (contoh: 16.00).")
        require(
            settings.officeOpensMinute < settings.officeClosesMinute, SettingsKey.officeCloses,
            "Jam tutup harus sesudah jam buka.")
        require(
            !settings.workingWeekdays.isEmpty && settings.workingWeekdays.allSatisfy({ (1...7).contains($0) }),
            SettingsKey.workingWeekdays, "Pilih paling sedikit satu hari kerja.")
        if let bad = settings.holidays.firstIndex(where: { !isCalendarDay($0) }) {
            problems[SettingsKey.holidays] =
                "Baris \(bad + 1) (\(settings.holidays[bad])): tulis satu tanggal per baris sebagai TTTT-BB-HH (contoh: 2026-08-17)."
        }
        require(settings.pbiPremiumRupiah > 0, SettingsKey.pbiPremium, "Premi PBI harus bilangan bulat rupiah lebih dari 0.")
        return problems
    }

    /// One address `local@domain.tld`: no spaces, one `@`, a dot in the domain, no empty labels.
    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, text.count <= 254,
            !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," })
        else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }
    }

    /// An absolute `http` or `https` URL with a host.
    static func isWebAddress(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace), let url = URL(string: text),
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { return false }
        return true
    }

    /// One of Indonesia's zones, or another identifier the system's time zone database knows.
    static func isTimeZone(_ identifier: String) -> Bool {
        indonesianTimeZones.contains(identifier) || (identifier.contains("/") && TimeZone(identifier: identifier) != nil)
    }

    /// `YYYY-MM-DD` naming a day that exists (no 2026-02-30).
    static func isCalendarDay(_ text: String) -> Bool {
        CalendarDay(text) != nil
    }
}
