import Foundation

extension SettingsService {
    /// The time zones of Indonesia, the only ones offered: WIB, WITA, WIT.
    package static let indonesianTimeZones = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]

    /// The longest one-line value accepted (names, words, contact details).
    static let maxLineLength = 200

    /// Every rule `settings` breaks, as field key → Indonesian message; empty when it may be saved.
    package static func problems(in settings: Settings) -> [String: String] {
        var problems: [String: String] = [:]
        func require(_ condition: Bool, _ key: String, _ message: String) {
            if !condition, problems[key] == nil { problems[key] = message }
        }
        func requireLine(_ text: String, _ key: String, _ label: String, required: Bool) {
            require(!required || !text.isEmpty, key, "\(label) wajib diisi.")
            require(text.count <= maxLineLength, key, "\(label) paling panjang \(maxLineLength) karakter.")
        }

        requireLine(settings.instansiName, SettingsKey.instansiName, "Nama instansi", required: true)
        require(settings.addressLines.count <= 500, SettingsKey.addressLines, "Alamat paling panjang 500 karakter.")
        requireLine(settings.phone, SettingsKey.phone, "Nomor telepon", required: false)
        require(
            settings.phone.allSatisfy { $0.isASCIIDigit || " +-().".contains($0) }, SettingsKey.phone,
            "Nomor telepon hanya boleh berisi angka, spasi, +, -, titik dan tanda kurung.")
        require(
            settings.email.isEmpty || isEmailAddress(settings.email), SettingsKey.email,
            "Alamat email tidak valid, misalnya dinsos@bantulkab.go.id.")
        require(
            settings.website.isEmpty || isWebAddress(settings.website), SettingsKey.website,
            "Alamat situs harus diawali http:// atau https://, misalnya https://dinsos.bantulkab.go.id.")
        requireLine(settings.kepalaDinasName, SettingsKey.kepalaDinasName, "Nama kepala dinas", required: false)
        requireLine(settings.kepalaDinasTitle, SettingsKey.kepalaDinasTitle, "Jabatan", required: false)
        require(
            settings.kepalaDinasNIP.isEmpty
                || (settings.kepalaDinasNIP.count == 18 && settings.kepalaDinasNIP.allSatisfy(\.isASCIIDigit)),
            SettingsKey.kepalaDinasNIP, "NIP terdiri dari 18 angka.")
        requireLine(settings.kecamatanWord, SettingsKey.kecamatanWord, "Sebutan tingkat kecamatan", required: true)
        requireLine(settings.desaWord, SettingsKey.desaWord, "Sebutan tingkat desa", required: true)
        requireLine(settings.dusunWord, SettingsKey.dusunWord, "Sebutan tingkat dusun", required: true)
        require(
            indonesianTimeZones.contains(settings.timeZone), SettingsKey.timeZone,
            "Zona waktu tidak dikenal: pilih WIB (Asia/Jakarta), WITA (Asia/Makassar) atau WIT (Asia/Jayapura).")
        let day = 0..<(24 * 60)
        require(day.contains(settings.officeOpensMinute), SettingsKey.officeOpens, "Jam buka harus berformat JJ.MM, misalnya 08.00.")
        require(day.contains(settings.officeClosesMinute), SettingsKey.officeCloses, "Jam tutup harus berformat JJ.MM, misalnya 16.00.")
        require(
            settings.officeOpensMinute < settings.officeClosesMinute, SettingsKey.officeCloses,
            "Jam tutup harus sesudah jam buka.")
        require(!settings.workingWeekdays.isEmpty, SettingsKey.workingWeekdays, "Pilih paling sedikit satu hari kerja.")
        require(
            settings.workingWeekdays.allSatisfy { (1...7).contains($0) }, SettingsKey.workingWeekdays,
            "Pilih hari kerja dari daftar.")
        require(settings.pbiPremiumRupiah > 0, SettingsKey.pbiPremium, "Premi PBI harus bilangan bulat rupiah lebih dari 0, misalnya 42000.")
        return problems
    }

    /// The problems of a holiday the admin wants to add to `holidays`: a day that reads and
    /// exists, within 2000–2099, not listed yet, and a name.
    package static func problems(addingHolidayOn dateText: String, name: String, to holidays: [Holiday]) -> [String: String] {
        var problems: [String: String] = [:]
        if let day = Holiday.parseDay(dateText) {
            if !(2000...2099).contains(day.year) {
                problems[SettingsKey.holidayDate] = "Tahun harus antara 2000 dan 2099."
            } else if let listed = holidays.first(where: { $0.day == day }) {
                problems[SettingsKey.holidayDate] = "Tanggal itu sudah terdaftar sebagai hari libur (\(listed.name))."
            }
        } else {
            problems[SettingsKey.holidayDate] =
                dateText.trimmingCharacters(in: .whitespaces).isEmpty
                ? "Tanggal wajib diisi."
                : "Tanggal tidak valid: tulis TTTT-BB-HH (misalnya 2026-08-17) atau HH-BB-TTTT."
        }
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            problems[SettingsKey.holidayName] = "Nama hari libur wajib diisi."
        } else if trimmed.count > Holiday.maxNameLength {
            problems[SettingsKey.holidayName] = "Nama hari libur paling panjang \(Holiday.maxNameLength) karakter."
        }
        return problems
    }

    /// One address `local@domain.tld`: no spaces, one `@`, a dot in the domain, no empty labels.
    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, text.count <= 254,
            !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0 == "\"" })
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
}
