import Core
package import Web

/// The SLRT settings form: reads the posted inputs into `SLRTSettings` and names every problem.
package enum SLRTSettingsForm {
    /// The settings the form describes, and the problems by input name (empty when it may be saved).
    package static func read(_ fields: FormFields, over current: SLRTSettings) -> (SLRTSettings, [String: String]) {
        var settings = current
        var problems: [String: String] = [:]
        for type in LetterType.allCases {
            let key = type.rawValue
            let format = (fields["format.\(key)"] ?? "").trimmingCharacters(in: .whitespaces)
            if let problem = formatProblem(format) { problems["format.\(key)"] = problem }
            settings.numberFormats[key] = format
            let desilText = (fields["desil.\(key)"] ?? "").trimmingCharacters(in: .whitespaces)
            var maxDesil: Int?
            if !desilText.isEmpty {
                if let value = Int(desilText), (1...10).contains(value) {
                    maxDesil = value
                } else {
                    problems["desil.\(key)"] = "Desil 1 sampai 10, atau kosong."
                }
            }
            let categories = (fields["kategori.\(key)"] ?? "").split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            settings.eligibility[key] = EligibilityRule(
                required: fields["syarat.\(key)"] == "1", maxDesil: maxDesil, categories: categories)
        }
        settings.referralNumberFormat = (fields["format.rujukan"] ?? "").trimmingCharacters(in: .whitespaces)
        if let problem = formatProblem(settings.referralNumberFormat) { problems["format.rujukan"] = problem }
        settings.signatoryName = text(fields, "ttd.nama")
        settings.signatoryTitle = text(fields, "ttd.jabatan")
        settings.signatoryRank = text(fields, "ttd.pangkat")
        settings.signatoryNIP = text(fields, "ttd.nip")
        settings.signerUsername = text(fields, "ttd.pengguna")
        settings.letterheadGovernment = text(fields, "kop.pemerintah")
        settings.letterheadOffice = text(fields, "kop.dinas")
        settings.place = text(fields, "tempat")
        settings.publicBaseURL = text(fields, "alamat_publik")
        settings.partners = lines(fields, "mitra")
        settings.complaintCategories = lines(fields, "kategori_pengaduan")
        if settings.place.isEmpty { problems["tempat"] = "Isi nama tempat penerbitan surat." }
        if settings.letterheadOffice.isEmpty { problems["kop.dinas"] = "Isi baris kop surat." }
        if settings.partners.isEmpty { problems["mitra"] = "Sebutkan minimal satu mitra rujukan." }
        if settings.complaintCategories.isEmpty { problems["kategori_pengaduan"] = "Sebutkan minimal satu kategori." }
        if !settings.publicBaseURL.isEmpty, !(settings.publicBaseURL.hasPrefix("https://") || settings.publicBaseURL.hasPrefix("http://")) {
            problems["alamat_publik"] = "Alamat publik dimulai dengan https:// (atau kosong)."
        }
        return (settings, problems)
    }

    private static func formatProblem(_ format: String) -> String? {
        guard !format.isEmpty else { return "Isi format nomor." }
        do {
            try NumberFormat.validate(format)
        } catch {
            return error.message
        }
        return nil
    }

    private static func text(_ fields: FormFields, _ name: String) -> String {
        (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func lines(_ fields: FormFields, _ name: String) -> [String] {
        (fields[name] ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
