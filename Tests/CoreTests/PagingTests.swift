import Core
import Testing

/// The pager model: exact totals, and totals that were only counted up to a limit.
@Suite struct PagingTests {
    @Test func anExactTotalNamesItsPagesAndStopsAtTheLast() {
        let pager = Paging(page: 2, pageSize: 10).pager(total: 25, query: "q=budi")
        #expect(pager.total == "25")
        #expect(pager.from == "11" && pager.to == "20")
        #expect(pager.pages == "3")
        #expect(pager.previous == "?q=budi&halaman=1" && pager.next == "?q=budi&halaman=3")
        #expect(Paging(page: 3, pageSize: 10).pager(total: 25, query: "").next == nil)
    }

    @Test func aCappedTotalSaysMoreThan() {
        let pager = Paging(page: 1, pageSize: 25).pager(total: 1000, query: "", more: true)
        #expect(pager.total == "lebih dari 1.000")
        #expect(pager.pages == "lebih dari 40")
        #expect(pager.hasPages)
        #expect(pager.next == "?halaman=2")
    }

    @Test(arguments: [(3000, 1000, 40), (3, 1000, 3), (5, 12, 1), (2, 0, 1), (1, 26, 1)])
    func aPagePastTheEndBecomesTheLastPage(page: Int, total: Int, expected: Int) {
        #expect(Paging(page: page, pageSize: 25).clamped(toTotal: total) == Paging(page: expected, pageSize: 25))
    }

    @Test func oneShortPageHasNoLinks() {
        let pager = Paging(page: 1, pageSize: 25).pager(total: 3, query: "")
        #expect(!pager.hasPages && pager.previous == nil && pager.next == nil)
    }
}
