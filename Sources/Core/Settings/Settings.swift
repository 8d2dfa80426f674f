/// The deployment's settings (admin page `/admin/pengaturan`). Defaults describe a new
/// installation; stored values override them key by key (`SettingsStore`).
package struct Settings: Sendable, Equatable {
    package var instansiName = "Dinas Sosial Kabupaten Bantul"
    package var addressLines = "Jl. Contoh No. 1\nBantul, Daerah Istimewa Yogyakarta"
    package var phone = ""
    package var email = ""
    package var website = ""
    package var logoAttachmentID: Int64?
    package var kepalaDinasName = ""
    package var kepalaDinasTitle = "Kepala Dinas Sosial"
    package var kepalaDinasNIP = ""
    /// Words shown for the canonical levels (Bantul: Kapanewon, Kalurahan, Padukuhan).
    package var kecamatanWord = "Kapanewon"
    package var desaWord = "Kalurahan"
    package var dusunWord = "Padukuhan"
    /// IANA time zone of the deployment (WIB `Asia/Jakarta`, WITA `Asia/Makassar`, WIT `Asia/Jayapura`).
    package var timeZone = "Asia/Jakarta"
    /// Office hours as minutes after midnight, and the working weekdays (1 = Monday … 7 = Sunday).
    package var officeOpensMinute = 8 * 60
    package var officeClosesMinute = 16 * 60
    package var workingWeekdays: [Int] = [1, 2, 3, 4, 5]
    /// The days off besides the weekly ones, sorted by day, at most one per day.
    package var holidays: [Holiday] = []
    /// PBI APBD premium per person per month, in rupiah.
    package var pbiPremiumRupiah = 42_000
    /// The admin's standard times per workflow step in working minutes, keyed `kind.state`
    /// (`WorkflowSLA.settingKey`); a step without an entry uses its SOP default.
    package var standardMinutes: [String: Int] = [:]

    package init() {}

    /// The footer line of every page.
    package var footerLine: String {
        let first = addressLines.split(separator: "\n").first.map(String.init) ?? ""
        return first.isEmpty ? instansiName : "\(instansiName) · \(first)"
    }

    /// True when `day` is one of the holidays.
    package func isHoliday(_ day: CalendarDate) -> Bool {
        holidays.contains { $0.day == day }
    }

    /// The word for a canonical level in this deployment.
    package func word(for level: AreaLevel) -> String {
        switch level {
        case .provinsi: "Provinsi"
        case .kabupaten: "Kabupaten"
        case .kecamatan: kecamatanWord
        case .desa: desaWord
        case .dusun: dusunWord
        }
    }
}
