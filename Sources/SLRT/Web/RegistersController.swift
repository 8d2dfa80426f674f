import Core
import Database
import Documents
import Foundation
import HTTPServer
package import Web

/// `/slrt/register`: the daily (`?periode=harian&tanggal=YYYY-MM-DD`) or monthly
/// (`?periode=bulanan&bulan=YYYY-MM`) book of requests, letters and referrals, as a print view or XLSX.
package struct RegistersController: RouteCollection {
    let slrt: SLRTPages

    package init(_ slrt: SLRTPages) {
        self.slrt = slrt
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let access = RouteAccess.requires(Action.slrtView)
        routes.get("/slrt/register", access: access) { request, context in
            let (book, _) = try build(request, context)
            return .html(bytes: try slrt.templates.render("slrt/register", RegisterView(book)))
        }
        routes.get("/slrt/register.xlsx", access: access) { request, context in
            let (book, zone) = try build(request, context)
            let bytes = try book.xlsx(timeZone: zone, created: slrt.clock.now)
            var headers: HTTPHeaders = ["Content-Type": XLSXWriter.contentType, "Cache-Control": "private, no-cache"]
            headers.add("Content-Disposition", ContentDisposition.attachment(filename: "register-slrt-\(book.period.key).xlsx"))
            return Response(status: .ok, headers: headers, body: .bytes(bytes))
        }
    }

    private func build(_ request: Request, _ context: RequestContext) throws -> (RegisterBook, TimeZone) {
        let user = try context.slrtUser()
        let query = try request.queryParameters()
        let settings = slrt.settings.current
        let now = slrt.clock.now
        let today = CalendarDate(now, timeZone: settings.timeZone)
        let period: RegisterPeriod
        if query["periode"] == RegisterPeriod.Kind.month.rawValue {
            let month = query["bulan"].flatMap { CalendarDate(iso: $0 + "-01") } ?? today
            period = RegisterPeriod(monthOf: month)
        } else {
            period = RegisterPeriod(day: query["tanggal"].flatMap(CalendarDate.init(iso:)) ?? today)
        }
        let book = try slrt.pool.read { db in
            try RegisterBook.build(period, scope: user.scope, fullNIK: user.may(Action.viewFullNIK), settings: settings, now: now, in: db)
        }
        let zone = TimeZone(identifier: settings.timeZone) ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .current
        return (book, zone)
    }
}
