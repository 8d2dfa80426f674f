import Core

/// The model of `Templates/admin/pengaturan/index.mustache`: the settings form in groups, the
/// logo, the working days, and the holiday list with its own small form.
struct SettingsPageView: Encodable {
    struct Weekday: Encodable {
        let id: String
        let value: String
        let label: String
        let checked: Bool
    }

    struct Logo: Encodable {
        let hasLogo: Bool
        let field: FormField
        let removeField: FormField
    }

    struct HolidayRow: Encodable {
        let date: String
        let dateText: String
        let name: String
    }

    /// What is stored now, shown when a save came too late.
    struct Conflict: Encodable {
        struct Difference: Encodable {
            let label: String
            let stored: String
        }

        let message: String
        let differences: [Difference]
        let hasDifferences: Bool
    }

    let version: String
    let hasErrors: Bool
    let conflict: Conflict?
    let instansiFields: [FormField]
    let logo: Logo
    let kepalaDinasFields: [FormField]
    let wordFields: [FormField]
    let timeFields: [FormField]
    let weekdays: [Weekday]
    let weekdaysError: String?
    let pbiFields: [FormField]
    let holidays: [HolidayRow]
    let hasHolidays: Bool
    let holidayFields: [FormField]
    let holidayHasErrors: Bool
    /// The standard time of every workflow step (set by the controller from `WorkflowCatalog`).
    var standardTimeGroups: [StandardTimeGroup] = []
    var standardTimesHaveErrors = false
    var hasStandardTimes = false

    /// The page for `input` (as typed, or as stored) with its problems. `stored` is what the
    /// database holds now: it says whether a logo exists, lists the holidays and, on a conflict,
    /// what differs from the form.
    init(
        input: SettingsInput, problems: [String: String], version: String, stored: Settings, conflict: Bool,
        holidayInput: (date: String, name: String) = ("", ""), holidayProblems: [String: String] = [:]
    ) {
        let groups = Self.groups(input, problems: problems)
        self.version = version
        hasErrors = !problems.isEmpty
        instansiFields = groups.instansi
        kepalaDinasFields = groups.kepalaDinas
        wordFields = groups.words
        timeFields = groups.time
        pbiFields = groups.pbi
        logo = Logo(
            hasLogo: stored.logoAttachmentID != nil,
            field: FormField(
                name: SettingsKey.logo, label: stored.logoAttachmentID == nil ? "Logo" : "Ganti logo", type: "file",
                hint: "Berkas PNG atau JPEG, paling besar \(AttachmentKind.logo.maxSizeText)."
                    + (stored.logoAttachmentID == nil ? "" : " Kosongkan bila logo tidak diganti."),
                error: problems[SettingsKey.logo]),
            removeField: FormField(name: SettingsKey.removeLogo, label: "Hapus logo", type: "checkbox"))
        weekdays = (1...7).map { number in
            Weekday(
                id: "f-hari-\(number)", value: String(number), label: Self.weekdayNames[number - 1],
                checked: input.workingWeekdays.contains(String(number)))
        }
        weekdaysError = problems[SettingsKey.workingWeekdays]

        holidays = stored.holidays.map {
            HolidayRow(date: $0.day.description, dateText: $0.day.indonesianText, name: $0.name)
        }
        hasHolidays = !holidays.isEmpty
        holidayFields = [
            FormField(
                name: SettingsKey.holidayDate, label: "Tanggal", value: holidayInput.date, type: "date", required: true,
                hint: "Misalnya 2026-08-17.", error: holidayProblems[SettingsKey.holidayDate]),
            FormField(
                name: SettingsKey.holidayName, label: "Nama hari libur", value: holidayInput.name, required: true,
                hint: "Misalnya Hari Kemerdekaan RI.", error: holidayProblems[SettingsKey.holidayName],
                autocomplete: "off"),
        ]
        holidayHasErrors = !holidayProblems.isEmpty

        if conflict {
            let storedFields = Self.groups(SettingsInput(stored), problems: [:]).all
            var differences = zip(groups.all, storedFields).compactMap { typed, now in
                typed.value == now.value ? nil : Conflict.Difference(label: now.label, stored: now.value.isEmpty ? "(kosong)" : now.value)
            }
            if Set(input.workingWeekdays.compactMap { Int($0) }) != Set(stored.workingWeekdays) {
                let names = stored.workingWeekdays.compactMap { (1...7).contains($0) ? Self.weekdayNames[$0 - 1] : nil }
                differences.append(Conflict.Difference(label: "Hari kerja", stored: names.joined(separator: ", ")))
            }
            self.conflict = Conflict(
                message: SettingsError.changedMeanwhile.publicMessage ?? "", differences: differences,
                hasDifferences: !differences.isEmpty)
        } else {
            self.conflict = nil
        }
    }

    /// Monday first, as `Settings.workingWeekdays` numbers them.
    static let weekdayNames = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

    private struct Groups {
        let instansi: [FormField]
        let kepalaDinas: [FormField]
        let words: [FormField]
        let time: [FormField]
        let pbi: [FormField]

        var all: [FormField] { instansi + kepalaDinas + words + time + pbi }
    }

    private static func groups(_ input: SettingsInput, problems: [String: String]) -> Groups {
        func field(
            _ key: String, _ label: String, _ value: String, type: String = "text", required: Bool = false,
            hint: String? = nil, options: [FormField.Option] = []
        ) -> FormField {
            FormField(
                name: key, label: label, value: value, type: type, required: required, hint: hint,
                error: problems[key], options: options, autocomplete: "off")
        }
        let zones = SettingsService.indonesianTimeZones.map { zone in
            FormField.Option(
                value: zone, label: "\(IndonesianFormat.zoneAbbreviation(zone)) (\(zone))", selected: zone == input.timeZone)
        }
        return Groups(
            instansi: [
                field(SettingsKey.instansiName, "Nama instansi", input.instansiName, required: true,
                      hint: "Tampil di kepala setiap halaman dan di kop surat."),
                field(SettingsKey.addressLines, "Alamat", input.addressLines, type: "textarea",
                      hint: "Satu baris per baris kop surat."),
                field(SettingsKey.phone, "Telepon", input.phone, type: "tel"),
                field(SettingsKey.email, "Email", input.email, type: "email"),
                field(SettingsKey.website, "Situs web", input.website, type: "url",
                      hint: "Diawali https://, misalnya https://dinsos.bantulkab.go.id."),
            ],
            kepalaDinas: [
                field(SettingsKey.kepalaDinasName, "Nama kepala dinas", input.kepalaDinasName),
                field(SettingsKey.kepalaDinasTitle, "Jabatan", input.kepalaDinasTitle),
                field(SettingsKey.kepalaDinasNIP, "NIP", input.kepalaDinasNIP, hint: "18 angka; spasi boleh."),
            ],
            words: [
                field(SettingsKey.kecamatanWord, "Sebutan tingkat kecamatan", input.kecamatanWord, required: true,
                      hint: "Di Bantul: Kapanewon."),
                field(SettingsKey.desaWord, "Sebutan tingkat desa", input.desaWord, required: true,
                      hint: "Di Bantul: Kalurahan."),
                field(SettingsKey.dusunWord, "Sebutan tingkat dusun", input.dusunWord, required: true,
                      hint: "Di Bantul: Padukuhan."),
            ],
            time: [
                field(SettingsKey.timeZone, "Zona waktu", input.timeZone, type: "select", required: true, options: zones),
                field(SettingsKey.officeOpens, "Jam buka", input.officeOpens, required: true, hint: "JJ.MM, misalnya 08.00."),
                field(SettingsKey.officeCloses, "Jam tutup", input.officeCloses, required: true, hint: "JJ.MM, misalnya 16.00."),
            ],
            pbi: [
                field(SettingsKey.pbiPremium, "Premi PBI per orang per bulan (rupiah)", input.pbiPremium, required: true,
                      hint: "Bilangan bulat, misalnya 42.000."),
            ])
    }
}
