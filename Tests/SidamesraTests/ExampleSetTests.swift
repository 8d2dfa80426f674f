import Foundation
import Sidamesra
import Testing

/// The example set the migration seeds (DOMAIN.md, SIDAMESRA): 27 indicators, totals 23–108,
/// the four bands of the minutes of 15 May 2023.
@Suite struct ExampleSetTests {
    @Test func theExampleSetIsTheActiveSetAndSaysItIsAnExample() throws {
        let fixture = try IndicatorFixture()
        let active = try #require(try IndicatorCatalog(pool: fixture.pool).activeSet())
        #expect(active.id == IndicatorFixture.exampleID)
        #expect(active.status == .active)
        #expect(active.isExample)
        #expect(active.name == "Contoh — ganti dengan tabel resmi IKS")
        #expect(active.version == 1)
    }

    @Test func ithas27IndicatorsGroupedByTheNineThemes() throws {
        let set = try IndicatorFixture().example()
        #expect(set.indicators.count == 27)
        #expect(set.themes.map(\.theme) == [
            "Perumahan", "Sanitasi & Air", "Energi", "Pangan & Sandang", "Kesehatan", "Pendidikan",
            "Pekerjaan & Penghasilan", "Aset & Tabungan", "Perlindungan Sosial",
        ])
        #expect(Set(set.indicators.map(\.code)).count == 27, "codes are unique")
        #expect(set.indicators.allSatisfy { !$0.question.isEmpty && $0.options.allSatisfy { !$0.label.isEmpty } })
    }

    @Test func twentyThreeIndicatorsScoreOneToFourAndFourScoreZeroToFourFromWorstToBest() throws {
        let set = try IndicatorFixture().example()
        let oneToFour = set.indicators.filter { $0.options.map(\.points) == [1, 2, 3, 4] }
        let zeroToFour = set.indicators.filter { $0.options.map(\.points) == [0, 1, 2, 3, 4] }
        #expect(oneToFour.count == 23)
        #expect(zeroToFour.map(\.code).sorted() == ["KES02", "KRJ02", "PDK01", "PGN01"])
        for indicator in set.indicators {
            #expect(indicator.options.map(\.position) == Array(1...indicator.options.count), "\(indicator.code) in order")
        }
    }

    @Test func theLowestPossibleTotalIs23AndTheHighestIs108() throws {
        let set = try IndicatorFixture().example()
        #expect(set.possibleTotals == 23...108)
        let worst = set.indicators.reduce(into: [String: Answer]()) { $0[$1.code] = .option($1.options[0].id) }
        let best = set.indicators.reduce(into: [String: Answer]()) { $0[$1.code] = .option($1.options[$1.options.count - 1].id) }
        #expect(try Scoring.score(worst, in: set).total == 23)
        #expect(try Scoring.score(best, in: set).total == 108)
    }

    @Test func theBandsAreTheMinutesAndCover23To108WithoutGapOrOverlap() throws {
        let set = try IndicatorFixture().example()
        #expect(set.bands.map { "\($0.name) \($0.minScore)–\($0.maxScore) \($0.colour)" } == [
            "Sangat Miskin 23–43 sangat-miskin", "Miskin 44–65 miskin", "Rentan Miskin 66–86 rentan-miskin",
            "Mampu 87–108 mampu",
        ])
        for total in 23...108 {
            #expect(set.bands.filter { $0.contains(total) }.count == 1, "exactly one band holds \(total)")
        }
        #expect(set.band(for: 22) == nil)
        #expect(set.band(for: 109) == nil)
        #expect(IndicatorSetRules.coverageProblems(set.bands, possible: set.possibleTotals).isEmpty)
        #expect(IndicatorSetRules.activationProblems(set).isEmpty)
    }

    @Test func theDatabaseRefusesASecondActiveSet() throws {
        let fixture = try IndicatorFixture()
        #expect(throws: (any Error).self) {
            try fixture.pool.write { db in
                try db.execute(
                    """
                    INSERT INTO indicator_sets (name, effective_date, status, created_at, updated_at)
                    VALUES ('Kedua', '2026-01-01', 'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
                    """)
            }
        }
    }
}
