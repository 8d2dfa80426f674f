import Foundation
import Sidamesra
import Testing

/// The scoring rule over the example set: totals, categories at every band boundary, and the
/// answers it refuses.
@Suite struct ScoringTests {
    let set: IndicatorSet

    init() throws {
        set = try IndicatorFixture().example()
    }

    @Test(arguments: [
        (23, "Sangat Miskin"), (43, "Sangat Miskin"), (44, "Miskin"), (65, "Miskin"),
        (66, "Rentan Miskin"), (86, "Rentan Miskin"), (87, "Mampu"), (108, "Mampu"),
    ])
    func aTotalAtABandBoundaryFallsInTheRightCategory(total: Int, category: String) throws {
        let given = try #require(answers(totaling: total, in: set))
        let result = try Scoring.score(given, in: set)
        #expect(result.total == total)
        #expect(result.band.name == category)
        #expect(Scoring.category(for: total, in: set)?.name == category)
        #expect(result.answers.count == 27)
        #expect(result.answers.map(\.code) == set.indicators.map(\.code))
        #expect(result.setID == set.id)
    }

    @Test(arguments: [0, 22, 109, 200])
    func aTotalOutside23To108HasNoCategoryAndCannotBeReached(total: Int) {
        #expect(Scoring.category(for: total, in: set) == nil)
        #expect(answers(totaling: total, in: set) == nil)
    }

    @Test func everyCombinationOfAnswersTotalsBetween23And108() throws {
        var generator = SplitMix(seed: 42)
        for _ in 0..<500 {
            var given: [String: Answer] = [:]
            for indicator in set.indicators {
                let option = indicator.options[Int(generator.next() % UInt64(indicator.options.count))]
                given[indicator.code] = .option(option.id)
            }
            let result = try Scoring.score(given, in: set)
            #expect((23...108).contains(result.total))
            #expect(result.band.contains(result.total))
        }
    }

    @Test func answeringByPointsScoresLikeAnsweringByOption() throws {
        let byOption = try #require(answers(totaling: 70, in: set))
        var byPoints: [String: Answer] = [:]
        for indicator in set.indicators {
            guard case .option(let id) = byOption[indicator.code], let option = indicator.option(id: id) else {
                Issue.record("no option for \(indicator.code)")
                return
            }
            byPoints[indicator.code] = .points(option.points)
        }
        #expect(try Scoring.score(byPoints, in: set) == Scoring.score(byOption, in: set))
    }

    @Test func anIncompleteAssessmentIsRefusedNamingEveryMissingIndicator() throws {
        var given = try #require(answers(totaling: 50, in: set))
        given["ENG02"] = nil
        given["RMH01"] = nil
        #expect(throws: ScoringError.incomplete(missing: [
            .init(code: "RMH01", question: "Berapa luas lantai rumah per anggota rumah tangga?"),
            .init(code: "ENG02", question: "Berapa daya listrik terpasang?"),
        ])) {
            try Scoring.score(given, in: set)
        }
        do {
            _ = try Scoring.score(given, in: set)
        } catch {
            #expect(error.message.contains("RMH01"))
            #expect(error.message.contains("Berapa daya listrik terpasang?"))
        }
    }

    @Test func noAnswersAtAllMissesAll27() {
        do {
            _ = try Scoring.score([:], in: set)
            Issue.record("an empty assessment was scored")
        } catch {
            guard case .incomplete(let missing) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(missing.map(\.code) == set.indicators.map(\.code))
        }
    }

    @Test func anOptionOfAnotherIndicatorIsRefused() throws {
        var given = try #require(answers(totaling: 60, in: set))
        let floorOption = try #require(set.indicator(code: "RMH02")?.options.first)
        given["RMH01"] = .option(floorOption.id)
        #expect(throws: ScoringError.answerNotOffered(
            code: "RMH01", question: "Berapa luas lantai rumah per anggota rumah tangga?")
        ) {
            try Scoring.score(given, in: set)
        }
    }

    @Test(arguments: [0, 5, -1, 100])
    func pointsNoOptionOfTheIndicatorScoresAreRefused(points: Int) throws {
        var given = try #require(answers(totaling: 60, in: set))
        given["RMH01"] = .points(points)
        #expect(throws: ScoringError.self) { try Scoring.score(given, in: set) }
    }

    @Test func answersToCodesTheSetDoesNotHaveAreIgnored() throws {
        var given = try #require(answers(totaling: 60, in: set))
        given["LAMA99"] = .points(4)
        #expect(try Scoring.score(given, in: set).total == 60)
    }

    @Test func aTotalNoBandCoversIsRefused() throws {
        var gapped = set
        gapped.bands[1].minScore = 45
        let given = try #require(answers(totaling: 44, in: gapped))
        #expect(throws: ScoringError.noBand(total: 44)) { try Scoring.score(given, in: gapped) }
    }
}

/// A small deterministic generator, so the combination test is the same on every run.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
