package import Core
package import Database
import Foundation
import HTTPServer
package import Web

/// The ranking under `/sidamesra/peringkat`: households poorest first within a kabupaten,
/// kapanewon or kalurahan, with rank and desil, filtered by category and indicator answer, and
/// its exports as CSV and XLSX (`RankingController+Export.swift`). Every role may open it; the
/// rows are those inside the user's area scope.
package struct RankingController: RouteCollection {
    static let pageSize = 50

    let pool: DatabasePool
    let pages: PageRenderer
    let clock: Clock

    package init(pool: DatabasePool, pages: PageRenderer, clock: Clock) {
        self.pool = pool
        self.pages = pages
        self.clock = clock
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let view = RouteAccess.requires(Action.viewRanking)
        routes.get("/sidamesra/peringkat", access: view) { request, context in try list(request, context) }
        routes.get("/sidamesra/peringkat.csv", access: view) { request, context in try exportCSV(request, context) }
        routes.get("/sidamesra/peringkat.xlsx", access: view) { request, context in try exportXLSX(request, context) }
    }

    private func list(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let query = try request.queryParameters()
        let paging = Paging(page: Int(query["halaman"] ?? "") ?? 1, pageSize: Self.pageSize)
        let words = pages.settings.current
        let view = try pool.read { db in
            let choices = try RankingChoices(query: query, user: user, words: words, in: db)
            let areaCount = try RankingStore.areaCount(choices.filter, scope: user.scope, in: db)
            let (total, rows) = try RankingStore.countAndPage(
                choices.filter, scope: user.scope, paging: paging, areaCount: areaCount, in: db)
            return RankingListView(
                choices: choices, rows: rows, areaCount: areaCount,
                pager: paging.pager(total: total, query: QueryString.encode(choices.parameters)))
        }
        return try pages.render("sidamesra/peringkat", title: "Peringkat Kesejahteraan", view, context: context)
    }

}
