import App
import Core
import Testing
import TestSupport

/// `Templates/partials/table-head.mustache` as every list renders it.
@Suite struct TableHeadPartialTests {
    static let name = SortKey("nama", ascending: "name", descending: "name DESC")
    static let time = SortKey("waktu", ascending: "at", descending: "at DESC", firstDirection: .descending)

    func render(_ head: TableHead) throws -> String {
        let templates = try AppEnvironment.loadTemplates(root: TestApp.root, development: false)
        return String(decoding: try templates.render("partials/table-head", head), as: UTF8.self)
    }

    @Test func headersLinkEscapedWithAriaSortOnTheCurrentColumnOnly() throws {
        let sort = TableSort(
            columns: [TableColumn("Waktu", sort: Self.time), TableColumn("<Nama>", sort: Self.name), TableColumn("Jumlah", cssClass: "num")],
            default: Self.time, sort: "nama", direction: "asc")
        let html = try render(sort.head(keeping: [("q", "a&b \"c\"")]))
        #expect(html == """
            <thead><tr>\
            <th scope="col"><a href="?q=a%26b%20%22c%22&amp;sort=waktu&amp;dir=desc">Waktu</a></th>\
            <th scope="col" aria-sort="ascending"><a href="?q=a%26b%20%22c%22&amp;sort=nama&amp;dir=desc">&lt;Nama&gt; \
            <span class="sort-indicator" aria-hidden="true">▲</span></a></th>\
            <th scope="col" class="num">Jumlah</th>\
            </tr></thead>

            """)
    }
}
