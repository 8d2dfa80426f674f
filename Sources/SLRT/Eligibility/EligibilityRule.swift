/// What the DTKS check must find for a letter type (a setting per type): DTKS/DTSEN membership
/// with a desil up to `maxDesil`, or a SIDAMESRA category among `categories`. A rule that is not
/// `required` lets every request through (a Surat Keterangan Mampu needs no poverty).
package struct EligibilityRule: Sendable, Equatable, Codable {
    package var required: Bool
    /// The highest DTSEN desil that qualifies (1 = poorest); nil = membership alone does not qualify.
    package var maxDesil: Int?
    /// SIDAMESRA category names that qualify (`Sangat Miskin`, `Miskin`, `Rentan Miskin`).
    package var categories: [String]

    package init(required: Bool, maxDesil: Int?, categories: [String]) {
        self.required = required
        self.maxDesil = maxDesil
        self.categories = categories
    }

    /// Poverty letters need desil 1–4 or a SIDAMESRA category up to Rentan Miskin; the
    /// Surat Keterangan Mampu has no condition.
    package static func defaultRule(for type: LetterType) -> EligibilityRule {
        switch type {
        case .skm: EligibilityRule(required: false, maxDesil: nil, categories: [])
        default: EligibilityRule(required: true, maxDesil: 4, categories: ["Sangat Miskin", "Miskin", "Rentan Miskin"])
        }
    }

    /// The rule in words, for the request page and the settings form.
    package var text: String {
        guard required else { return "Tanpa syarat DTKS/SIDAMESRA." }
        var parts: [String] = []
        if let maxDesil { parts.append("terdaftar DTKS/DTSEN desil 1–\(maxDesil)") }
        if !categories.isEmpty { parts.append("kategori SIDAMESRA " + categories.joined(separator: ", ")) }
        return parts.isEmpty ? "Tidak ada yang memenuhi (aturan kosong)." : "Syarat: " + parts.joined(separator: " atau ") + "."
    }

    /// The verdict for what the check found.
    package func evaluate(_ facts: EligibilityFacts) -> EligibilityVerdict {
        guard required else { return EligibilityVerdict(eligible: true, note: "Tidak disyaratkan.") }
        if let maxDesil, facts.isDTKSMember, let desil = facts.desil, desil <= maxDesil {
            return EligibilityVerdict(eligible: true, note: "Memenuhi: DTKS desil \(desil) (batas \(maxDesil)).")
        }
        if let category = facts.sidamesraCategory, categories.contains(category) {
            return EligibilityVerdict(eligible: true, note: "Memenuhi: kategori SIDAMESRA \(category).")
        }
        var found: [String] = []
        if facts.isDTKSMember {
            found.append(facts.desil.map { "DTKS desil \($0)" } ?? "DTKS tanpa desil")
        } else {
            found.append("tidak terdaftar DTKS")
        }
        found.append(facts.sidamesraCategory.map { "SIDAMESRA \($0)" } ?? "belum dinilai SIDAMESRA")
        return EligibilityVerdict(eligible: false, note: "Tidak memenuhi: " + found.joined(separator: ", ") + ". " + text)
    }
}

/// What the DTKS check found about an applicant.
package struct EligibilityFacts: Sendable, Equatable {
    package var isDTKSMember: Bool
    package var idDTKS: String?
    package var desil: Int?
    package var sidamesraCategory: String?
    package var sidamesraTotal: Int?

    package init(isDTKSMember: Bool, idDTKS: String?, desil: Int?, sidamesraCategory: String?, sidamesraTotal: Int?) {
        self.isDTKSMember = isDTKSMember
        self.idDTKS = idDTKS
        self.desil = desil
        self.sidamesraCategory = sidamesraCategory
        self.sidamesraTotal = sidamesraTotal
    }

    /// "Terdaftar DTKS (ID …, desil 3)" or "Tidak terdaftar DTKS".
    package var dtksText: String {
        guard isDTKSMember else { return "Tidak terdaftar DTKS" }
        let desilText = desil.map { "desil \($0)" } ?? "belum berdesil"
        return "Terdaftar DTKS (ID \(idDTKS ?? "-"), \(desilText))"
    }

    /// "Miskin (total 57)" or "Belum dinilai".
    package var sidamesraText: String {
        guard let sidamesraCategory else { return "Belum dinilai" }
        return sidamesraTotal.map { "\(sidamesraCategory) (total \($0))" } ?? sidamesraCategory
    }
}

/// The rule's answer and why.
package struct EligibilityVerdict: Sendable, Equatable {
    package let eligible: Bool
    package let note: String
}
