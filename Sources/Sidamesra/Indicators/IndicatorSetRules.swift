import Foundation

/// The rules an indicator set and its edits must follow. Pure functions: messages in Indonesian,
/// keyed by form input name (`IndicatorSetField`).
package enum IndicatorSetRules {
    /// The highest points one option may score.
    package static let maximumPoints = 100
    static let maximumPosition = 999

    /// Problems of a metadata edit.
    package static func metadataProblems(_ edit: SetMetadataEdit) -> [String: String] {
        var problems: [String: String] = [:]
        if let problem = textProblem(edit.name, label: "Nama", limit: 200, required: true) {
            problems[IndicatorSetField.name] = problem
        }
        if let problem = textProblem(edit.legalBasis, label: "Dasar hukum", limit: 500, required: false) {
            problems[IndicatorSetField.legalBasis] = problem
        }
        if !isCalendarDate(edit.effectiveDate) {
            problems[IndicatorSetField.effectiveDate] = "Isi tanggal berlaku yang benar (TTTT-BB-HH)."
        }
        if let problem = textProblem(edit.notes, label: "Catatan", limit: 2000, required: false) {
            problems[IndicatorSetField.notes] = problem
        }
        return problems
    }

    /// Problems of an edit of `indicator`; an option id that is not the indicator's is `notFound`
    /// for the service, not a field problem.
    package static func indicatorProblems(_ edit: IndicatorEdit, of indicator: Indicator) -> [String: String] {
        var problems: [String: String] = [:]
        if let problem = textProblem(edit.theme, label: "Tema", limit: 80, required: true) {
            problems[IndicatorSetField.theme] = problem
        }
        if let problem = textProblem(edit.question, label: "Pertanyaan", limit: 500, required: true) {
            problems[IndicatorSetField.question] = problem
        }
        if let problem = textProblem(edit.helpText, label: "Petunjuk", limit: 1000, required: false) {
            problems[IndicatorSetField.helpText] = problem
        }
        if let problem = wholeNumberProblem(edit.position, in: 1...maximumPosition) {
            problems[IndicatorSetField.position] = problem
        }
        for option in edit.options {
            if let problem = textProblem(option.label, label: "Pilihan jawaban", limit: 300, required: true) {
                problems[IndicatorSetField.option(option.id, "label")] = problem
            }
            if let problem = wholeNumberProblem(option.points, in: 0...maximumPoints) {
                problems[IndicatorSetField.option(option.id, "points")] = problem
            }
        }
        if indicator.options.count < 2 {
            problems[IndicatorSetField.question] = "Indikator harus memiliki sedikitnya dua pilihan jawaban."
        }
        return problems
    }

    /// Problems of the bands `edit` leaves the set with (`stored` updated by the edit) against
    /// the totals `possible` under the set's current points.
    package static func bandProblems(
        _ edit: BandsEdit, stored: [CategoryBand], possible: ClosedRange<Int>?
    ) -> [String: String] {
        var problems: [String: String] = [:]
        var bands = stored
        for band in edit.bands {
            if let problem = textProblem(band.name, label: "Nama kategori", limit: 80, required: true) {
                problems[IndicatorSetField.band(band.id, "name")] = problem
            }
            if !CategoryBand.colours.contains(where: { $0.token == band.colour }) {
                problems[IndicatorSetField.band(band.id, "colour")] = "Pilih salah satu warna yang tersedia."
            }
            if let problem = wholeNumberProblem(band.minScore, in: 0...100_000) {
                problems[IndicatorSetField.band(band.id, "min")] = problem
            }
            if let problem = wholeNumberProblem(band.maxScore, in: 0...100_000) {
                problems[IndicatorSetField.band(band.id, "max")] = problem
            }
            if let low = band.minScore, let high = band.maxScore, low > high {
                problems[IndicatorSetField.band(band.id, "max")] = "Skor tertinggi tidak boleh di bawah skor terendah (\(low))."
            }
            guard let index = bands.firstIndex(where: { $0.id == band.id }),
                let low = band.minScore, let high = band.maxScore
            else { continue }
            bands[index].name = band.name
            bands[index].minScore = low
            bands[index].maxScore = high
            bands[index].colour = band.colour
        }
        guard problems.isEmpty else { return problems }
        let coverage = coverageProblems(bands, possible: possible)
        if !coverage.isEmpty { problems[IndicatorSetField.bands] = coverage.joined(separator: " ") }
        return problems
    }

    /// Gaps, overlaps and uncovered totals of `bands` against `possible`, one sentence each.
    package static func coverageProblems(_ bands: [CategoryBand], possible: ClosedRange<Int>?) -> [String] {
        guard let possible else { return ["Ada indikator tanpa pilihan jawaban, sehingga rentang skor tidak dapat dihitung."] }
        guard !bands.isEmpty else { return ["Set indikator belum memiliki kategori."] }
        var problems: [String] = []
        let sorted = bands.sorted { ($0.minScore, $0.maxScore) < ($1.minScore, $1.maxScore) }
        if let first = sorted.first, first.minScore != possible.lowerBound {
            problems.append(
                "Kategori terendah (\(first.name)) harus mulai dari skor \(possible.lowerBound), skor terendah yang mungkin.")
        }
        for (lower, upper) in zip(sorted, sorted.dropFirst()) {
            if upper.minScore <= lower.maxScore {
                problems.append(
                    "Kategori \(lower.name) (\(lower.minScore)–\(lower.maxScore)) dan \(upper.name) (\(upper.minScore)–\(upper.maxScore)) tumpang tindih.")
            } else if upper.minScore > lower.maxScore + 1 {
                let gap = lower.maxScore + 1 == upper.minScore - 1
                    ? "\(lower.maxScore + 1)" : "\(lower.maxScore + 1)–\(upper.minScore - 1)"
                problems.append("Skor \(gap) tidak masuk kategori mana pun (antara \(lower.name) dan \(upper.name)).")
            }
        }
        if let last = sorted.last, last.maxScore != possible.upperBound {
            problems.append(
                "Kategori tertinggi (\(last.name)) harus berakhir di skor \(possible.upperBound), skor tertinggi yang mungkin.")
        }
        return problems
    }

    /// Everything that keeps `set` from being activated, one sentence each; empty when it is ready.
    package static func activationProblems(_ set: IndicatorSet) -> [String] {
        var problems: [String] = []
        if set.indicators.isEmpty { problems.append("Set indikator belum memiliki indikator.") }
        var seen: Set<String> = []
        for indicator in set.indicators {
            if !seen.insert(indicator.code).inserted { problems.append("Kode indikator \(indicator.code) dipakai lebih dari sekali.") }
            if indicator.options.count < 2 {
                problems.append("Indikator \(indicator.code) harus memiliki sedikitnya dua pilihan jawaban.")
            }
        }
        if !metadataProblems(
            SetMetadataEdit(
                name: set.name, legalBasis: set.legalBasis, effectiveDate: set.effectiveDate, notes: set.notes,
                isExample: set.isExample, version: set.version)
        ).isEmpty {
            problems.append("Lengkapi nama dan tanggal berlaku set indikator.")
        }
        return problems + coverageProblems(set.bands, possible: set.possibleTotals)
    }

    private static func textProblem(_ text: String, label: String, limit: Int, required: Bool) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if required && trimmed.isEmpty { return "\(label) wajib diisi." }
        if trimmed.count > limit { return "\(label) paling banyak \(limit) karakter." }
        return nil
    }

    private static func wholeNumberProblem(_ number: Int?, in range: ClosedRange<Int>) -> String? {
        guard let number else { return "Isi dengan bilangan bulat." }
        guard range.contains(number) else { return "Isi dengan bilangan \(range.lowerBound)–\(range.upperBound)." }
        return nil
    }

    /// True for `YYYY-MM-DD` naming a real day of the Gregorian calendar.
    static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1900...2999).contains(year), (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
