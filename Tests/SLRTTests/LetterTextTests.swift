import SLRT
import Testing

/// The pure pieces of a letter: name masking, body paragraphs, eligibility rules.
@Suite struct LetterTextTests {
    @Test(arguments: [
        ("Siti Aminah", "Sit* Ami***"), ("Budi", "Bud*"), ("Al Amin", "A* Ami*"), ("A", "A*"),
        ("  Siti   Nur  ", "Sit* Nu*"), ("Ni Luh Putu", "N* Lu* Put*"),
    ])
    func namesKeepOnlyTheFirstLettersOfEachWord(name: String, masked: String) {
        #expect(NameMask.mask(name) == masked)
    }

    @Test func aRenderedBodyBecomesParagraphsAndFactTables() {
        let paragraphs = LetterBody.paragraphs(fromRendered: """
            Yang bertanda tangan
            di bawah ini:

            @Nama: Siti &amp; Sri
            @Alamat: Jl. Mawar: 7

            Keperluan: &lt;biaya&gt; &quot;sekolah&quot; &#39;anak&#39;.
            """)
        #expect(paragraphs.count == 3)
        #expect(paragraphs[0].text == "Yang bertanda tangan di bawah ini:")
        #expect(paragraphs[1].rows == [
            LetterParagraph.Row(label: "Nama", value: "Siti & Sri"), LetterParagraph.Row(label: "Alamat", value: "Jl. Mawar: 7"),
        ])
        #expect(paragraphs[2].text == "Keperluan: <biaya> \"sekolah\" 'anak'.")
    }

    @Test(arguments: [
        (EligibilityFacts(isDTKSMember: true, idDTKS: "X1", desil: 4, sidamesraCategory: nil, sidamesraTotal: nil), true),
        (EligibilityFacts(isDTKSMember: true, idDTKS: "X1", desil: 5, sidamesraCategory: nil, sidamesraTotal: nil), false),
        (EligibilityFacts(isDTKSMember: true, idDTKS: "X1", desil: nil, sidamesraCategory: nil, sidamesraTotal: nil), false),
        (EligibilityFacts(isDTKSMember: false, idDTKS: nil, desil: nil, sidamesraCategory: "Sangat Miskin", sidamesraTotal: 30), true),
        (EligibilityFacts(isDTKSMember: false, idDTKS: nil, desil: nil, sidamesraCategory: "Rentan Miskin", sidamesraTotal: 80), true),
        (EligibilityFacts(isDTKSMember: false, idDTKS: nil, desil: nil, sidamesraCategory: "Mampu", sidamesraTotal: 95), false),
        (EligibilityFacts(isDTKSMember: true, idDTKS: "X1", desil: 7, sidamesraCategory: "Miskin", sidamesraTotal: 50), true),
        (EligibilityFacts(isDTKSMember: false, idDTKS: nil, desil: nil, sidamesraCategory: nil, sidamesraTotal: nil), false),
    ])
    func theDefaultSKTMRuleNeedsDesilUpToFourOrACategoryUpToRentanMiskin(facts: EligibilityFacts, eligible: Bool) {
        #expect(EligibilityRule.defaultRule(for: .sktm).evaluate(facts).eligible == eligible)
    }

    @Test func aRuleThatIsNotRequiredLetsEveryoneThrough() {
        let facts = EligibilityFacts(isDTKSMember: false, idDTKS: nil, desil: nil, sidamesraCategory: "Mampu", sidamesraTotal: 100)
        #expect(EligibilityRule.defaultRule(for: .skm).evaluate(facts).eligible)
        let strict = EligibilityRule(required: true, maxDesil: 2, categories: [])
        #expect(!strict.evaluate(EligibilityFacts(isDTKSMember: true, idDTKS: "A", desil: 3, sidamesraCategory: "Miskin", sidamesraTotal: 50)).eligible)
    }

    @Test func settingsKeepDefaultsForKeysAStoredDocumentLacks() throws {
        let stored = try #require(SLRTSettings.decode(#"{"place":"Muara Beliti","partners":["RSUD"]}"#))
        #expect(stored.place == "Muara Beliti")
        #expect(stored.partners == ["RSUD"])
        #expect(stored.numberFormat(.sktm) == "400.9/{seq:3}/Dinsos-SKTM/{month_roman}/{year}")
        #expect(stored.rule(.pbiAPBD).maxDesil == 4)
        #expect(SLRTSettings.decode(stored.json) == stored)
    }
}
