import Foundation

/// The SLRT module's settings (page `/slrt/pengaturan`, kept in `slrt_settings` as one JSON
/// document): per letter type its number format and eligibility rule, the signatory, the
/// letterhead lines, the place written before the date, referral partners and complaint categories.
/// A key missing from the stored document keeps its default.
package struct SLRTSettings: Sendable, Equatable, Codable {
    /// Per letter type raw value: the Core numbering format (`NumberFormat` tokens).
    package var numberFormats: [String: String] = Dictionary(
        uniqueKeysWithValues: LetterType.allCases.map { ($0.rawValue, SLRTSettings.defaultNumberFormat($0)) })
    /// Per letter type raw value: what the DTKS check must find for the request to be eligible.
    package var eligibility: [String: EligibilityRule] = Dictionary(
        uniqueKeysWithValues: LetterType.allCases.map { ($0.rawValue, EligibilityRule.defaultRule(for: $0)) })
    /// The number format of referral letters.
    package var referralNumberFormat = "400.9/{seq:3}/Dinsos-Rujukan/{month_roman}/{year}"
    /// Who signs: name, title, rank and NIP as printed; empty name = the Kepala Dinas of the Core settings.
    package var signatoryName = ""
    package var signatoryTitle = ""
    package var signatoryRank = "Pembina Utama Muda (IV/c)"
    package var signatoryNIP = ""
    /// The username of an official other than a kadis who may approve letters (a Sekretaris with
    /// role kasi signing a.n. Kepala Dinas); empty = kadis only.
    package var signerUsername = ""
    /// The letterhead's first lines: government and office.
    package var letterheadGovernment = "PEMERINTAH KABUPATEN BANTUL"
    package var letterheadOffice = "DINAS SOSIAL"
    /// The place before the date: "Bantul, 5 Oktober 2023".
    package var place = "Bantul"
    /// The public address of the application, for the QR code (`https://dinsos.example`); empty =
    /// the path alone.
    package var publicBaseURL = ""
    /// Referral partners (rujukan).
    package var partners = ["Dinas Kesehatan", "Dinas Pendidikan", "Disdukcapil", "RSUD", "BPJS Kesehatan"]
    /// Complaint categories.
    package var complaintCategories = ["Bantuan sosial", "Data DTKS/DTSEN", "Layanan surat", "Jaminan kesehatan", "Lainnya"]

    package init() {}

    /// The default format: classification 400.9 (Permendagri 83/2022 social affairs), the sequence,
    /// a unit code naming the type, Roman month and year.
    package static func defaultNumberFormat(_ type: LetterType) -> String {
        let unit: String
        switch type {
        case .pbiAPBD: unit = "Dinsos-PBI"
        case .kipKuliah: unit = "Dinsos-KIP"
        case .healthService: unit = "Dinsos-Yankes"
        case .jampersal: unit = "Dinsos-Jampersal"
        case .sktm: unit = "Dinsos-SKTM"
        case .skm: unit = "Dinsos-SKM"
        }
        return "400.9/{seq:3}/\(unit)/{month_roman}/{year}"
    }

    /// The number format of `type`.
    package func numberFormat(_ type: LetterType) -> String {
        numberFormats[type.rawValue] ?? Self.defaultNumberFormat(type)
    }

    /// The eligibility rule of `type`.
    package func rule(_ type: LetterType) -> EligibilityRule {
        eligibility[type.rawValue] ?? EligibilityRule.defaultRule(for: type)
    }

    private enum CodingKeys: String, CodingKey {
        case numberFormats, eligibility, referralNumberFormat, signatoryName, signatoryTitle, signatoryRank
        case signatoryNIP, signerUsername, letterheadGovernment, letterheadOffice, place, publicBaseURL, partners
        case complaintCategories
    }

    package init(from decoder: any Decoder) throws {
        self.init()
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let value = try c.decodeIfPresent([String: String].self, forKey: .numberFormats) {
            numberFormats.merge(value) { _, stored in stored }
        }
        if let value = try c.decodeIfPresent([String: EligibilityRule].self, forKey: .eligibility) {
            eligibility.merge(value) { _, stored in stored }
        }
        func text(_ key: CodingKeys, _ field: inout String) throws {
            if let value = try c.decodeIfPresent(String.self, forKey: key) { field = value }
        }
        try text(.referralNumberFormat, &referralNumberFormat)
        try text(.signatoryName, &signatoryName)
        try text(.signatoryTitle, &signatoryTitle)
        try text(.signatoryRank, &signatoryRank)
        try text(.signatoryNIP, &signatoryNIP)
        try text(.signerUsername, &signerUsername)
        try text(.letterheadGovernment, &letterheadGovernment)
        try text(.letterheadOffice, &letterheadOffice)
        try text(.place, &place)
        try text(.publicBaseURL, &publicBaseURL)
        if let value = try c.decodeIfPresent([String].self, forKey: .partners) { partners = value }
        if let value = try c.decodeIfPresent([String].self, forKey: .complaintCategories) { complaintCategories = value }
    }

    /// The stored JSON text, keys sorted so the same settings always read the same.
    package var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Settings read from stored JSON; nil when the text is not a JSON object of this shape.
    package static func decode(_ text: String) -> SLRTSettings? {
        try? JSONDecoder().decode(SLRTSettings.self, from: Data(text.utf8))
    }
}
