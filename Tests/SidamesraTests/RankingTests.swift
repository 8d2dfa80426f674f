import Core
import Database
import Sidamesra
import Testing
import TestSupport

/// The ranking: order and ties, rank and desil per area, filters that never renumber, export
/// pieces that continue the ranks, and the user's scope.
@Suite struct RankingTests {
    let fixture: IndicatorFixture
    static let poncosari = RegistryFixtures.poncosari
    static let trimurti = RegistryFixtures.trimurti
    static let parangtritis = RegistryFixtures.parangtritis
    static let srandakan = "34.02.01"

    init() throws {
        fixture = try IndicatorFixture()
    }

    struct Seed {
        let id: Int64
        let total: Int
        let members: Int
        let kk: Int
        let desa: String

        init(_ id: Int, _ total: Int, _ members: Int, _ kk: Int, _ desa: String) {
            self.id = Int64(id)
            self.total = total
            self.members = members
            self.kk = kk
            self.desa = desa
        }
    }

    private func add(_ rows: [Seed], option: Int64 = ScoreFixtures.ownMeter) throws {
        try fixture.pool.write { db in
            for row in rows {
                try ScoreFixtures.add(row.id, total: row.total, members: row.members, noKK: row.kk, desa: row.desa, option: option, in: db)
            }
        }
    }

    private func page(
        _ filter: RankingFilter, scope: AreaScope = .everywhere, page: Int = 1, size: Int = 50
    ) throws -> (rows: [RankedHousehold], count: Int, areaCount: Int) {
        try fixture.pool.read { db in
            let areaCount = try RankingStore.areaCount(filter, scope: scope, in: db)
            let rows = try RankingStore.page(
                filter, scope: scope, paging: Paging(page: page, pageSize: size), areaCount: areaCount, in: db)
            return (rows, try RankingStore.count(filter, scope: scope, in: db), areaCount)
        }
    }

    @Test func lowestTotalFirstThenMoreMembersThenNoKK() throws {
        try add([
            Seed(1, 50, 3, 3, Self.poncosari), Seed(2, 50, 5, 9, Self.poncosari), Seed(3, 50, 5, 1, Self.poncosari),
            Seed(4, 40, 1, 7, Self.poncosari), Seed(5, 60, 9, 2, Self.poncosari),
        ])
        let result = try page(RankingFilter(area: .desa(Self.poncosari)))
        #expect(result.rows.map(\.householdID) == [4, 3, 2, 1, 5])
        #expect(result.rows.map(\.rank) == [1, 2, 3, 4, 5])
        #expect(result.rows.first?.headName == "Kepala 4")
        #expect(result.rows.first?.desaName == "Poncosari")
        #expect(result.rows.first?.bandName == "Sangat Miskin")
        #expect(result.rows.first?.bandColour == "sangat-miskin")
    }

    /// Poncosari has totals 30…39, Trimurti (same kapanewon) 25…34, Parangtritis (Kretek) 20…24.
    private func threeDesa() throws {
        try add((0..<10).map { Seed(1 + $0, 30 + $0, 2, 100 + $0, Self.poncosari) })
        try add((0..<10).map { Seed(11 + $0, 25 + $0, 2, 200 + $0, Self.trimurti) })
        try add((0..<5).map { Seed(21 + $0, 20 + $0, 2, 300 + $0, Self.parangtritis) })
    }

    @Test func rankAndDesilAreCountedInTheChosenArea() throws {
        try threeDesa()
        let desa = try page(RankingFilter(area: .desa(Self.poncosari)))
        #expect(desa.areaCount == 10)
        #expect(desa.rows.map(\.rank) == Array(1...10))
        #expect(desa.rows.map(\.desil) == Array(1...10))

        let kecamatan = try page(RankingFilter(area: .kecamatan(Self.srandakan)))
        #expect(kecamatan.areaCount == 20)
        // Trimurti's 25…29 first, then the two desa alternate from 30 (same members: No KK, Poncosari's 01… first).
        let firstPoncosari = try #require(kecamatan.rows.first { $0.householdID == 1 })
        #expect(firstPoncosari.rank == 6)
        #expect(firstPoncosari.desil == 3)
        #expect(kecamatan.rows.last?.rank == 20)
        #expect(kecamatan.rows.last?.desil == 10)

        let kabupaten = try page(RankingFilter(area: .kabupaten))
        #expect(kabupaten.areaCount == 25)
        #expect(kabupaten.rows.prefix(5).map(\.householdID) == [21, 22, 23, 24, 25])
        #expect(kabupaten.rows.first { $0.householdID == 1 }?.rank == 11)
    }

    @Test(arguments: [(1, 10, 1), (10, 10, 10), (1, 25, 1), (3, 25, 1), (4, 25, 2), (25, 25, 10), (13, 25, 5), (1, 1, 1), (3, 3, 7), (5, 0, 0)])
    func desilSplitsTheAreaIntoTenEqualGroupsPoorestFirst(rank: Int, count: Int, desil: Int) {
        #expect(RankedHousehold.desil(rank: rank, areaCount: count) == desil)
    }

    @Test func aCategoryFilterKeepsEveryRowsRankInTheArea() throws {
        try add((0..<30).map { Seed(1 + $0, 30 + $0 * 2, 1 + $0 % 4, 100 + $0, Self.poncosari) })
        let all = try page(RankingFilter(area: .desa(Self.poncosari)))
        let ranks = Dictionary(uniqueKeysWithValues: all.rows.map { ($0.householdID, $0.rank) })
        let poor = try page(RankingFilter(area: .desa(Self.poncosari), bandName: "Miskin"))
        #expect(poor.count == 11)
        #expect(poor.rows.count == 11)
        #expect(poor.rows.allSatisfy { (44...65).contains($0.total) })
        #expect(poor.rows.allSatisfy { ranks[$0.householdID] == $0.rank })
        #expect(poor.rows.first?.rank == 8)
        #expect(poor.rows.allSatisfy { $0.desil == RankedHousehold.desil(rank: $0.rank, areaCount: 30) })
        // The second page of a filtered list counts from its own first row.
        let second = try page(RankingFilter(area: .desa(Self.poncosari), bandName: "Rentan Miskin"), page: 2, size: 10)
        #expect(second.rows.count == 1)
        #expect(second.rows.allSatisfy { ranks[$0.householdID] == $0.rank })
    }

    @Test func anAnswerFilterListsTheHouseholdsThatChoseTheOption() throws {
        try add((0..<6).map { Seed(1 + $0 * 2, 40 + $0 * 2, 3, 100 + $0, Self.poncosari) }, option: ScoreFixtures.noElectricity)
        try add((0..<6).map { Seed(2 + $0 * 2, 41 + $0 * 2, 3, 200 + $0, Self.poncosari) })
        let dark = try page(RankingFilter(area: .desa(Self.poncosari), optionID: ScoreFixtures.noElectricity))
        #expect(dark.count == 6)
        #expect(dark.rows.map(\.householdID) == [1, 3, 5, 7, 9, 11])
        #expect(dark.rows.map(\.rank) == [1, 3, 5, 7, 9, 11])
        let both = try page(RankingFilter(area: .desa(Self.poncosari), bandName: "Miskin", optionID: ScoreFixtures.noElectricity))
        #expect(both.rows.map(\.householdID) == [5, 7, 9, 11])
        #expect(both.rows.map(\.rank) == [5, 7, 9, 11])
        let none = try page(RankingFilter(area: .desa(Self.trimurti), optionID: ScoreFixtures.noElectricity))
        #expect(none.rows.isEmpty)
        #expect(none.count == 0)
    }

    /// An answer-filtered list's counts are kept between requests (`RankingCaches`) only
    /// until the scores change: every kind of change shows on the next request.
    @Test func anAnswerFilterFollowsEveryChangeOfTheScores() throws {
        try add((0..<4).map { Seed(1 + $0, 40 + $0, 3, 100 + $0, Self.poncosari) }, option: ScoreFixtures.noElectricity)
        let filter = RankingFilter(area: .kabupaten, optionID: ScoreFixtures.noElectricity)
        let listed = { try self.page(filter).count }
        #expect(try listed() == 4)
        #expect(try listed() == 4, "the second request reads the kept count")
        try add([Seed(5, 50, 2, 105, Self.trimurti)], option: ScoreFixtures.noElectricity)
        #expect(try listed() == 5, "a new score")
        try fixture.pool.write { db in
            // A new field visit for household 1 that found its own meter.
            try db.execute(
                """
                INSERT INTO assessments (id, household_id, set_id, total, band_id, assessed_on, source, member_count, created_at)
                VALUES (101, 1, 1, 40, 1, '2026-11-01', 'sintetis', 3, '2026-11-01T00:00:00Z')
                """)
            try db.execute(
                "INSERT INTO assessment_answers (assessment_id, indicator_id, option_id, points) VALUES (101, 8, ?, 4)",
                [ScoreFixtures.ownMeter])
            try db.execute("UPDATE household_scores SET assessment_id = 101, answers_id = 101 WHERE household_id = 1")
        }
        #expect(try listed() == 4, "an answer changed")
        try fixture.pool.write { try $0.execute("UPDATE household_scores SET total = 77, band_id = 3 WHERE household_id = 5") }
        #expect(try page(filter).rows.map(\.total) == [41, 42, 43, 77], "a total changed")
        try fixture.pool.write { try $0.execute("DELETE FROM household_scores WHERE household_id = 2") }
        #expect(try listed() == 3, "a household left the ranking")
    }

    /// Pages of an answer-filtered list are placed through its count per total score: every page,
    /// at every level, with or without a category, must be the filtered slice of the whole ranking.
    @Test(arguments: [
        RankingFilter(area: .kabupaten, optionID: ScoreFixtures.noElectricity),
        RankingFilter(area: .kecamatan(RankingTests.srandakan), optionID: ScoreFixtures.noElectricity),
        RankingFilter(area: .desa(RankingTests.poncosari), optionID: ScoreFixtures.noElectricity),
        RankingFilter(area: .kabupaten, bandName: "Miskin", optionID: ScoreFixtures.noElectricity),
        RankingFilter(area: .kabupaten, optionID: ScoreFixtures.ownMeter),
    ])
    func everyPageOfAnAnswerFilterIsTheFilteredSliceOfTheRanking(filter: RankingFilter) throws {
        // 60 households over three desa and few totals (many ties), two in five without electricity.
        let desa = [Self.poncosari, Self.trimurti, Self.parangtritis]
        try fixture.pool.write { db in
            for i in 0..<60 {
                try ScoreFixtures.add(
                    Int64(1 + i), total: 40 + (i * 7) % 9 * 3, members: 1 + i % 4, noKK: 500 - i, desa: desa[i % 3],
                    option: i % 5 < 2 ? ScoreFixtures.noElectricity : ScoreFixtures.ownMeter, in: db)
            }
        }
        let whole = try page(RankingFilter(area: filter.area), size: 100)
        let chosen = try fixture.pool.read { db in
            Set(try db.query("SELECT assessment_id FROM assessment_answers WHERE option_id = ?", [filter.optionID])
                .map { try $0.get(0) as Int64 })
        }
        let expected = whole.rows.filter { row in
            chosen.contains(row.householdID) && (filter.bandName == nil || (44...65).contains(row.total))
        }
        #expect(!expected.isEmpty)
        var paged: [RankedHousehold] = []
        for number in 1...(expected.count / 4 + 2) {
            let result = try page(filter, page: number, size: 4)
            #expect(result.count == expected.count)
            let together = try fixture.pool.read { db in
                try RankingStore.countAndPage(
                    filter, scope: .everywhere, paging: Paging(page: number, pageSize: 4), areaCount: result.areaCount, in: db)
            }
            #expect(together.total == expected.count)
            #expect(together.rows == result.rows)
            paged += result.rows
        }
        #expect(paged == expected, "ranks, desil and order as in the whole list")
    }

    /// Pages start inside a group of one total and member count and run on into the next
    /// totals: with many ties and pages of 3 and 7, every page of the whole list and of a
    /// category is its slice of the order SQL gives, with the rank in the area.
    @Test(arguments: [(nil, 3), (nil, 7), ("Miskin", 3), ("Miskin", 7)] as [(String?, Int)])
    func everyPageIsTheSliceOfTheRankingOrder(band: String?, size: Int) throws {
        let desa = [Self.poncosari, Self.trimurti, Self.parangtritis]
        try fixture.pool.write { db in
            for i in 0..<60 {
                try ScoreFixtures.add(
                    Int64(1 + i), total: 40 + (i * 7) % 9 * 3, members: 1 + i % 4, noKK: 500 - (i * 11) % 60, desa: desa[i % 3],
                    in: db)
            }
        }
        let order = try fixture.pool.read { db in
            try db.query(
                "SELECT household_id, total FROM household_scores ORDER BY total, member_count DESC, no_kk, household_id"
            ).map { (id: try $0.get(0) as Int64, total: try $0.get(1) as Int) }
        }
        let expected = order.enumerated()
            .filter { band == nil || (44...65).contains($0.element.total) }
            .map { (id: $0.element.id, rank: $0.offset + 1) }
        var paged: [(id: Int64, rank: Int)] = []
        for number in 1...(expected.count / size + 2) {
            let result = try page(RankingFilter(area: .kabupaten, bandName: band), page: number, size: size)
            #expect(result.count == expected.count)
            paged += result.rows.map { (id: $0.householdID, rank: $0.rank) }
        }
        #expect(paged.map(\.id) == expected.map(\.id))
        #expect(paged.map(\.rank) == expected.map(\.rank))
    }

    @Test(arguments: [nil, "Miskin"])
    func exportPiecesContinueTheRanksOfThePage(band: String?) throws {
        try add((0..<40).map { i -> Seed in
            Seed(1 + i, 35 + i % 20, 1 + i % 3, 100 + i, i % 2 == 0 ? Self.poncosari : Self.trimurti)
        })
        let filter = RankingFilter(area: .kecamatan(Self.srandakan), bandName: band)
        let whole = try page(filter)
        var pieces: [RankedHousehold] = []
        var cursor: RankingCursor?
        repeat {
            let piece = try fixture.pool.read { db in
                try RankingStore.rows(filter, scope: .everywhere, after: cursor, limit: 7, areaCount: whole.areaCount, in: db)
            }
            pieces += piece
            cursor = piece.last.map(RankingCursor.init(after:))
            if piece.count < 7 { break }
        } while true
        #expect(!pieces.isEmpty)
        #expect(pieces == whole.rows)
    }

    @Test func theUsersScopeLimitsEveryAreaItAsksFor() throws {
        try threeDesa()
        let scope = AreaScope.areas([Self.poncosari])
        let kabupaten = try page(RankingFilter(area: .kabupaten), scope: scope)
        #expect(kabupaten.areaCount == 10)
        #expect(kabupaten.rows.allSatisfy { $0.desaCode == Self.poncosari })
        let other = try page(RankingFilter(area: .desa(Self.parangtritis)), scope: scope)
        #expect(other.rows.isEmpty)
        #expect(other.areaCount == 0)
        let exported = try fixture.pool.read { db in
            try RankingStore.rows(RankingFilter(area: .kecamatan(Self.srandakan)), scope: scope, after: nil, limit: 100, areaCount: 10, in: db)
        }
        #expect(exported.count == 10)
        #expect(exported.allSatisfy { $0.desaCode == Self.poncosari })
    }
}
