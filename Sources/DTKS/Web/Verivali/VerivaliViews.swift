import Core

/// The model of `dtks/verivali-daftar`.
struct VerivaliListView: Encodable {
    struct Round: Encodable {
        let id: Int64
        let name: String
        let openedOn: String
        let areas: String
        let badge: Badge
    }

    struct Badge: Encodable {
        let tone: String
        let label: String
    }

    let rounds: [Round]
    let hasRounds: Bool
    let canManage: Bool

    init(rounds: [VerivaliRound], names: [String: String], canManage: Bool) {
        self.rounds = rounds.map { round in
            Round(
                id: round.id, name: round.name, openedOn: round.openedOn.indonesian,
                areas: round.areaCodes.map { names[$0] ?? $0 }.joined(separator: ", "), badge: .init(round.status))
        }
        hasRounds = !rounds.isEmpty
        self.canManage = canManage
    }
}

extension VerivaliListView.Badge {
    init(_ status: VerivaliRound.Status) {
        self.init(tone: status == .open ? "info" : "muted", label: status.label)
    }
}

/// The model of `dtks/verivali-baru`.
struct VerivaliNewView: Encodable {
    struct AreaChoice: Encodable {
        let code: String
        let name: String
        let checked: Bool
    }

    let fields: [FormField]
    let areas: [AreaChoice]
    let areaError: String?
    let hasAreas: Bool

    init(name: String, day: String, chosen: Set<String>, desa: [Area], errors: [String: String]) {
        fields = [
            FormField(name: "nama", label: "Nama putaran", value: name, required: true,
                      hint: "Misalnya \"Verivali Triwulan I 2027\".", error: errors["nama"]),
            FormField(name: "tanggal", label: "Tanggal mulai", value: day, type: "date", required: true, error: errors["tanggal"]),
        ]
        areas = desa.map { AreaChoice(code: $0.code, name: $0.name, checked: chosen.contains($0.code)) }
        areaError = errors["wilayah"]
        hasAreas = !desa.isEmpty
    }
}

/// One kalurahan's line in the round's report.
struct VerivaliSummaryLine: Encodable {
    let code: String
    let name: String
    let households: Int
    let counts: [Int]
    let unrecorded: Int

    init(_ summary: VerivaliAreaSummary) {
        code = summary.areaCode
        name = summary.areaName
        households = summary.households
        counts = summary.counts
        unrecorded = summary.unrecorded
    }

    /// The totals over `lines`.
    static func total(_ lines: [VerivaliAreaSummary]) -> VerivaliSummaryLine {
        VerivaliSummaryLine(VerivaliAreaSummary(
            areaCode: "", areaName: "Jumlah", households: lines.map(\.households).reduce(0, +),
            counts: (0..<VerivaliResult.allCases.count).map { index in lines.map { $0.counts[index] }.reduce(0, +) },
            unrecorded: lines.map(\.unrecorded).reduce(0, +)))
    }
}

/// The model of `dtks/verivali` (the round page) and `dtks/verivali-laporan` (its report).
struct VerivaliRoundView: Encodable {
    struct Option: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct Entry: Encodable {
        let id: Int64
        let householdID: Int64
        let noKK: String
        let headName: String
        let areaName: String
        let registered: Int
        let result: String
        let options: [Option]
        let note: String
        let visitedOn: String
    }

    let id: Int64
    let name: String
    let openedOn: String
    let closedOn: String?
    let badge: VerivaliListView.Badge
    let isOpen: Bool
    let canRecord: Bool
    let canClose: Bool
    let filters: [FormField]
    let areaCode: String
    let codes: [Option]
    let summary: [VerivaliSummaryLine]
    let total: VerivaliSummaryLine
    let entries: [Entry]
    let hasEntries: Bool
    let pager: Pager?
    let instansi: String
    let printedOn: String

    init(
        round: VerivaliRound, summary: [VerivaliAreaSummary], entries: [VerivaliEntry], pager: Pager?,
        names: [String: String],
        areaCode: String?, canRecord: Bool, canClose: Bool, words: Settings, today: CalendarDate
    ) {
        id = round.id
        name = round.name
        openedOn = round.openedOn.indonesian
        closedOn = round.closedOn?.indonesian
        badge = .init(round.status)
        isOpen = round.status == .open
        self.canRecord = canRecord && isOpen
        self.canClose = canClose && isOpen
        let areaOptions = [FormField.Option(value: "", label: "Semua kalurahan", selected: areaCode == nil)]
            + summary.map { FormField.Option(value: $0.areaCode, label: $0.areaName, selected: $0.areaCode == areaCode) }
        filters = [FormField(name: "wilayah", label: words.word(for: .desa), type: "select", options: areaOptions)]
        self.areaCode = areaCode ?? ""
        codes = VerivaliResult.allCases.map { Option(value: String($0.rawValue), label: $0.label, selected: false) }
        self.summary = summary.map(VerivaliSummaryLine.init)
        total = VerivaliSummaryLine.total(summary)
        self.entries = entries.map { entry in
            Entry(
                id: entry.id, householdID: entry.householdID, noKK: IdentityNumberText.masked(entry.noKK),
                headName: entry.headName.isEmpty ? "—" : entry.headName, areaName: names[entry.areaCode] ?? entry.areaCode,
                registered: entry.registeredCount, result: entry.result?.label ?? "belum diisi",
                options: [Option(value: "", label: "— belum —", selected: entry.result == nil)]
                    + VerivaliResult.allCases.map {
                        Option(value: String($0.rawValue), label: $0.label, selected: $0 == entry.result)
                    },
                note: entry.note, visitedOn: entry.visitedOn?.iso ?? "")
        }
        hasEntries = !entries.isEmpty
        self.pager = pager
        instansi = words.instansiName
        printedOn = today.indonesian
    }
}
