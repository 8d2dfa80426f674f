import Core
import Testing
import Web

/// The settings form's rules: what the admin types, read into `Settings`, and the Indonesian
/// message each broken rule puts next to its field.
@Suite struct SettingsRulesTests {
    /// The problems of the default settings' form with one field changed.
    static func problems(_ change: (inout SettingsInput) -> Void) -> [String: String] {
        var input = SettingsInput(Settings())
        change(&input)
        let (settings, readProblems) = input.applied(to: Settings())
        return SettingsService.problems(in: settings).merging(readProblems) { _, read in read }
    }

    @Test func theDefaultsAreValidAndReadBackUnchanged() {
        let input = SettingsInput(Settings())
        let (settings, problems) = input.applied(to: Settings())
        #expect(problems.isEmpty)
        #expect(SettingsService.problems(in: settings).isEmpty)
        #expect(settings == Settings())
        #expect(input.pbiPremium == "42.000")
        #expect(input.officeOpens == "08.00")
        #expect(Settings().kecamatanWord == "Kapanewon" && Settings().desaWord == "Kalurahan" && Settings().dusunWord == "Padukuhan")
        #expect(Settings().workingWeekdays == [1, 2, 3, 4, 5])
    }

    @Test(arguments: ["dinsos", "dinsos@", "@bantulkab.go.id", "dinsos@bantulkab", "a b@bantulkab.go.id", "x@@y.id", "x@-y.id"])
    func aBadEmailIsRefused(_ email: String) {
        #expect(Self.problems { $0.email = email }[SettingsKey.email]?.contains("email tidak valid") == true)
    }

    @Test(arguments: ["", "dinsos@bantulkab.go.id", "  dinsos.bantul@gmail.com  "])
    func anEmptyOrWellFormedEmailIsAccepted(_ email: String) {
        #expect(Self.problems { $0.email = email }[SettingsKey.email] == nil)
    }

    @Test(arguments: ["12345", "1970010119900110011", "19700101199001100A", "197001011990011001-"])
    func aNIPThatIsNotEighteenDigitsIsRefused(_ nip: String) {
        #expect(Self.problems { $0.kepalaDinasNIP = nip }[SettingsKey.kepalaDinasNIP] == "NIP terdiri dari 18 angka.")
    }

    @Test func aNIPWrittenInGroupsIsStoredAsItsDigits() {
        var input = SettingsInput(Settings())
        input.kepalaDinasNIP = "19700101 199001 1 001"
        let (settings, problems) = input.applied(to: Settings())
        #expect(problems.isEmpty)
        #expect(settings.kepalaDinasNIP == "197001011990011001")
        #expect(SettingsService.problems(in: settings).isEmpty)
    }

    @Test(arguments: ["8", "24.00", "08.60", "08:0", "delapan", "", "08.00.00", "-1.00"])
    func aTimeThatDoesNotReadIsRefused(_ time: String) {
        #expect(Self.problems { $0.officeOpens = time }[SettingsKey.officeOpens]?.contains("JJ.MM") == true)
        #expect(Self.problems { $0.officeCloses = time }[SettingsKey.officeCloses]?.contains("JJ.MM") == true)
    }

    @Test func timesReadWithADotOrAColon() {
        var input = SettingsInput(Settings())
        input.officeOpens = "7.30"
        input.officeCloses = "15:45"
        let (settings, problems) = input.applied(to: Settings())
        #expect(problems.isEmpty)
        #expect(settings.officeOpensMinute == 7 * 60 + 30)
        #expect(settings.officeClosesMinute == 15 * 60 + 45)
        #expect(SettingsInput(settings).officeCloses == "15.45")
    }

    @Test func closingBeforeOpeningIsRefused() {
        let problems = Self.problems {
            $0.officeOpens = "16.00"
            $0.officeCloses = "08.00"
        }
        #expect(problems[SettingsKey.officeCloses] == "Jam tutup harus sesudah jam buka.")
    }

    @Test(arguments: ["0", "-42000", "nol", "", "42,5", "1234567890123"])
    func aPremiumThatIsNotAPositiveWholeNumberIsRefused(_ premium: String) {
        #expect(Self.problems { $0.pbiPremium = premium }[SettingsKey.pbiPremium]?.hasPrefix("Premi PBI harus bilangan bulat") == true)
    }

    @Test(arguments: [("42000", 42000), ("42.000", 42000), ("Rp 45.500", 45500), (" 1 ", 1)])
    func aPremiumReadsWithOrWithoutThousandDots(_ premium: String, _ rupiah: Int) {
        var input = SettingsInput(Settings())
        input.pbiPremium = premium
        let (settings, problems) = input.applied(to: Settings())
        #expect(problems.isEmpty)
        #expect(settings.pbiPremiumRupiah == rupiah)
    }

    @Test(arguments: ["Asia/Tokyo", "Mars/Olympus", "WIB", "", "UTC"])
    func aTimeZoneOutsideIndonesiasThreeIsRefused(_ zone: String) {
        #expect(Self.problems { $0.timeZone = zone }[SettingsKey.timeZone]?.hasPrefix("Zona waktu tidak dikenal") == true)
    }

    @Test(arguments: SettingsService.indonesianTimeZones)
    func wibWitaAndWitAreAccepted(_ zone: String) {
        #expect(Self.problems { $0.timeZone = zone }.isEmpty)
    }

    @Test func requiredWordsAndNameMustBeFilledIn() {
        let problems = Self.problems {
            $0.instansiName = "   "
            $0.kecamatanWord = ""
            $0.desaWord = " "
            $0.dusunWord = ""
        }
        #expect(problems[SettingsKey.instansiName] == "Nama instansi wajib diisi.")
        #expect(problems[SettingsKey.kecamatanWord] == "Sebutan tingkat kecamatan wajib diisi.")
        #expect(problems[SettingsKey.desaWord] == "Sebutan tingkat desa wajib diisi.")
        #expect(problems[SettingsKey.dusunWord] == "Sebutan tingkat dusun wajib diisi.")
    }

    @Test func workingDaysNeedAtLeastOneDayFromTheList() {
        #expect(Self.problems { $0.workingWeekdays = [] }[SettingsKey.workingWeekdays] == "Pilih paling sedikit satu hari kerja.")
        #expect(Self.problems { $0.workingWeekdays = ["1", "8"] }[SettingsKey.workingWeekdays] == "Pilih hari kerja dari daftar.")
        #expect(Self.problems { $0.workingWeekdays = ["senin"] }[SettingsKey.workingWeekdays] == "Pilih hari kerja dari daftar.")
        #expect(Self.problems { $0.workingWeekdays = ["6", "1", "1"] }.isEmpty)
    }

    @Test(arguments: ["dinsos.bantulkab.go.id", "ftp://dinsos.id", "https://", "https://dinsos .id"])
    func aWebsiteMustBeAnHTTPAddress(_ website: String) {
        #expect(Self.problems { $0.website = website }[SettingsKey.website] != nil)
    }

    @Test func aPhoneNumberHoldsOnlyDigitsAndPunctuation() {
        #expect(Self.problems { $0.phone = "(0274) 367-509" }.isEmpty)
        #expect(Self.problems { $0.phone = "+62 274 367509" }.isEmpty)
        #expect(Self.problems { $0.phone = "telp 367509" }[SettingsKey.phone] != nil)
    }

    @Test func theAddressKeepsItsLinesWithoutBlankOnes() {
        var input = SettingsInput(Settings())
        input.addressLines = "  Jl. Dr. Wahidin S. No. 1 \r\n\r\nBantul 55711  \n"
        let (settings, _) = input.applied(to: Settings())
        #expect(settings.addressLines == "Jl. Dr. Wahidin S. No. 1\nBantul 55711")
    }

    @Test func theFormReadsItsFieldsByKey() throws {
        let fields = try FormFields(urlEncoded: Array(
            "instansi.nama=Dinas+Sosial+Kota+Banjarbaru&waktu.zona=Asia%2FMakassar&waktu.hari_kerja=1&waktu.hari_kerja=6&pbi.premi=37.800"
                .utf8))
        let input = SettingsInput(fields)
        #expect(input.instansiName == "Dinas Sosial Kota Banjarbaru")
        #expect(input.timeZone == "Asia/Makassar")
        #expect(input.workingWeekdays == ["1", "6"])
        #expect(input.pbiPremium == "37.800")
    }

    @Test(arguments: [
        ("2026-08-17", "2026-08-17"), ("17-08-2026", "2026-08-17"), ("17/8/2026", "2026-08-17"),
        (" 2028-02-29 ", "2028-02-29"), ("1-1-2027", "2027-01-01"),
    ])
    func aHolidayDateReadsInTheUsualWays(_ text: String, _ expected: String) {
        #expect(Holiday.parseDay(text)?.description == expected)
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-8-17", "17 Agustus 2026", "", "2026/08/17", "31-04-2026", "17-08-26"])
    func aHolidayDateThatDoesNotExistOrReadIsRefused(_ text: String) {
        #expect(Holiday.parseDay(text) == nil)
        #expect(SettingsService.problems(addingHolidayOn: text, name: "Libur", to: [])[SettingsKey.holidayDate] != nil)
    }

    @Test func aHolidayNeedsANameAndADayNotListedYet() throws {
        let listed = [Holiday(day: try #require(CalendarDate(iso: "2026-08-17")), name: "Hari Kemerdekaan RI")]
        let duplicate = SettingsService.problems(addingHolidayOn: "17-08-2026", name: "Lagi", to: listed)
        #expect(duplicate[SettingsKey.holidayDate] == "Tanggal itu sudah terdaftar sebagai hari libur (Hari Kemerdekaan RI).")
        let unnamed = SettingsService.problems(addingHolidayOn: "2026-12-25", name: "  ", to: listed)
        #expect(unnamed == [SettingsKey.holidayName: "Nama hari libur wajib diisi."])
        let tooLong = SettingsService.problems(addingHolidayOn: "2026-12-25", name: String(repeating: "a", count: 101), to: listed)
        #expect(tooLong[SettingsKey.holidayName] != nil)
        #expect(SettingsService.problems(addingHolidayOn: "1999-12-31", name: "Lama", to: [])[SettingsKey.holidayDate] != nil)
        #expect(SettingsService.problems(addingHolidayOn: "2026-12-25", name: "Hari Raya Natal", to: listed).isEmpty)
    }

    @Test func aCalendarDateKnowsItsIndonesianWeekday() throws {
        #expect(try #require(CalendarDate(iso: "2026-08-17")).indonesianText == "Senin, 17 Agustus 2026")
        #expect(try #require(CalendarDate(iso: "2024-02-29")).indonesianText == "Kamis, 29 Februari 2024")
        #expect(try #require(CalendarDate(iso: "2000-01-01")).indonesianText == "Sabtu, 1 Januari 2000")
    }
}
