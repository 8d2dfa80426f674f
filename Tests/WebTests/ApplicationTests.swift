import HTTPServer
import Synchronization
import Testing
import Web

@Suite struct ApplicationTests {
    private struct Boom: Error, CustomStringConvertible {
        var description: String { "secret table households_v2 is locked" }
    }

    private struct Conflict: HTTPResponseError {
        var status: HTTPStatus { .conflict }
        var publicMessage: String? { "Data keluarga sudah diubah petugas lain." }
    }

    private func application(
        configuration: ApplicationConfiguration = .testing(), _ build: (inout RouteBuilder) -> Void
    ) throws -> Application {
        var builder = RouteBuilder()
        build(&builder)
        return try Application(routes: builder, configuration: configuration)
    }

    @Test func unknownPathIsA404PageInIndonesian() throws {
        let app = try application { $0.get("/keluarga", access: .public, handler: text("x")) }
        let response = app.respond(to: makeRequest(.GET, "/tidak-ada"))
        #expect(response.status == .notFound)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(response.bodyText.contains("Halaman tidak ditemukan"))
    }

    @Test func wrongMethodIsA405WithAllow() throws {
        let app = try application {
            $0.get("/keluarga/:id", access: .public, handler: text("x"))
            $0.post("/keluarga/:id", access: .public, handler: text("x"))
        }
        let response = app.respond(to: makeRequest(.DELETE, "/keluarga/1"))
        #expect(response.status == .methodNotAllowed)
        #expect(response.all("Allow") == ["GET, HEAD, POST"])
        let trace = app.respond(to: makeRequest(.TRACE, "/keluarga/1"))
        #expect(trace.status == .methodNotAllowed)
        #expect(trace.all("Allow") == ["GET, HEAD, POST"])
    }

    @Test func routingComesBeforeThePermissionCheck() throws {
        struct RefuseAll: RouteGuard {
            func check(_ access: RouteAccess, _ request: Request, _ context: inout RequestContext) throws -> Response? {
                throw HTTPError(.forbidden)
            }
        }
        let app = try application(configuration: .testing(guard: RefuseAll())) {
            $0.get("/keluarga", access: .requires("keluarga.lihat"), handler: text("x"))
        }
        #expect(app.respond(to: makeRequest(.GET, "/penduduk")).status == .notFound)
        #expect(app.respond(to: makeRequest(.POST, "/keluarga")).status == .methodNotAllowed)
        #expect(app.respond(to: makeRequest(.GET, "/keluarga")).status == .forbidden)
    }

    @Test func theDefaultGuardRefusesProtectedRoutesAndLetsPublicOnesThrough() throws {
        var builder = RouteBuilder()
        builder.get("/login", access: .public, handler: text("form"))
        builder.get("/keluarga", access: .requires("keluarga.lihat"), handler: text("list"))
        let app = try Application(routes: builder)
        #expect(app.respond(to: makeRequest(.GET, "/login")).status == .ok)
        let refused = app.respond(to: makeRequest(.GET, "/keluarga"))
        #expect(refused.status == .forbidden)
        #expect(refused.bodyText.contains("Akses ditolak"))
    }

    @Test func aGuardCanRedirectAndSeesTheRouteAccess() throws {
        struct SignInFirst: RouteGuard {
            func check(_ access: RouteAccess, _ request: Request, _ context: inout RequestContext) throws -> Response? {
                guard case .requires(let action) = access else { return nil }
                #expect(context.route?.access == access)
                return action == "keluarga.lihat" ? .redirect(to: "/login") : nil
            }
        }
        let app = try application(configuration: .testing(guard: SignInFirst())) {
            $0.get("/keluarga", access: .requires("keluarga.lihat"), handler: text("list"))
            $0.get("/", access: .public, handler: text("home"))
        }
        let response = app.respond(to: makeRequest(.GET, "/keluarga"))
        #expect(response.status == .seeOther)
        #expect(response.headers["Location"] == "/login")
        #expect(app.respond(to: makeRequest(.GET, "/")).bodyText == "home")
    }

    @Test func middlewareRunOutsideInAndGroupMiddlewareBeforeTheGuard() throws {
        let order = Mutex<[String]>([])
        struct Step: Middleware {
            let name: String
            let order: @Sendable (String) -> Void
            func handle(_ request: Request, _ context: inout RequestContext, next: NextResponder) throws -> Response {
                order(name)
                return try next(request, &context)
            }
        }
        struct Recording: RouteGuard {
            let order: @Sendable (String) -> Void
            func check(_ access: RouteAccess, _ request: Request, _ context: inout RequestContext) throws -> Response? {
                order("guard")
                return nil
            }
        }
        let record: @Sendable (String) -> Void = { name in order.withLock { $0.append(name) } }
        var configuration = ApplicationConfiguration.testing(guard: Recording(order: record))
        configuration.middleware = [Step(name: "app", order: record)]
        let app = try application(configuration: configuration) {
            $0.group("/admin", middleware: [Step(name: "session", order: record)]) { admin in
                admin.get("/", access: .requires("admin"), handler: { _, _ in
                    record("handler")
                    return Response(text: "ok")
                })
            }
        }
        _ = app.respond(to: makeRequest(.GET, "/admin"))
        #expect(order.withLock { $0 } == ["app", "session", "guard", "handler"])
        order.withLock { $0.removeAll() }
        _ = app.respond(to: makeRequest(.GET, "/missing"))
        #expect(order.withLock { $0 } == ["app"])
    }

    @Test func middlewareCanLeaveTypedValuesForTheHandler() throws {
        enum UserKey: ContextKey { typealias Value = String }
        struct FakeSession: Middleware {
            func handle(_ request: Request, _ context: inout RequestContext, next: NextResponder) throws -> Response {
                context.storage[UserKey.self] = "operator-01"
                return try next(request, &context)
            }
        }
        var configuration = ApplicationConfiguration.testing()
        configuration.middleware = [FakeSession()]
        let app = try application(configuration: configuration) {
            $0.get("/saya", access: .public) { _, context in
                Response(text: "\(context.storage[UserKey.self] ?? "-") \(context.requestID)")
            }
        }
        #expect(app.respond(to: makeRequest(.GET, "/saya", id: "r-77")).bodyText == "operator-01 r-77")
    }

    @Test func aThrownHTTPErrorBecomesAPageWithItsOwnStatus() throws {
        let app = try application {
            $0.post("/usulan/:id", access: .public) { _, _ in throw Conflict() }
            $0.get("/cari", access: .public) { _, _ in throw HTTPError(.badRequest, message: "Kata kunci <kosong>.") }
        }
        let conflict = app.respond(to: makeRequest(.POST, "/usulan/4"))
        #expect(conflict.status == .conflict)
        #expect(conflict.bodyText.contains("Data keluarga sudah diubah petugas lain."))
        let bad = app.respond(to: makeRequest(.GET, "/cari"))
        #expect(bad.status == .badRequest)
        #expect(bad.bodyText.contains("Kata kunci &lt;kosong&gt;."))
    }

    @Test func anUnknownErrorIsALogged500WithTheRequestIdAndNoDetails() throws {
        let lines = Mutex<[String]>([])
        let log = ErrorLog { line in lines.withLock { $0.append(line) } }
        let app = try application(configuration: .testing(log: log)) {
            $0.get("/laporan", access: .public) { _, _ in throw Boom() }
        }
        let response = app.respond(to: makeRequest(.GET, "/laporan", id: "req-500-abc"))
        #expect(response.status == .internalServerError)
        #expect(response.bodyText.contains("Terjadi kesalahan pada server"))
        #expect(response.bodyText.contains("req-500-abc"))
        #expect(!response.bodyText.contains("households_v2"))
        #expect(!response.bodyText.contains("Boom"))
        let logged = lines.withLock { $0 }
        #expect(logged.count == 1)
        #expect(logged.first?.contains("req-500-abc") == true)
        #expect(logged.first?.contains("households_v2") == true)
    }

    @Test func clientErrorsAreNotLogged() throws {
        let lines = Mutex<[String]>([])
        let app = try application(configuration: .testing(log: ErrorLog { line in lines.withLock { $0.append(line) } })) {
            $0.get("/x", access: .public, handler: text("x"))
        }
        _ = app.respond(to: makeRequest(.GET, "/nowhere"))
        #expect(lines.withLock { $0.isEmpty })
    }

    @Test func theErrorPageRendererIsPluggableAndFallsBackWhenItFails() throws {
        struct JSONPages: ErrorPageRenderer {
            func render(_ page: ErrorPage, for request: Request, context: RequestContext) throws -> Response {
                Response(status: page.status, contentType: "application/json", body: Array("{\"status\":\(page.status.code)}".utf8))
            }
        }
        struct BrokenPages: ErrorPageRenderer {
            struct TemplateMissing: Error {}
            func render(_ page: ErrorPage, for request: Request, context: RequestContext) throws -> Response {
                throw TemplateMissing()
            }
        }
        var configuration = ApplicationConfiguration.testing()
        configuration.errorPages = JSONPages()
        let app = try application(configuration: configuration) { $0.get("/", access: .public, handler: text("x")) }
        #expect(app.respond(to: makeRequest(.GET, "/nope")).bodyText == "{\"status\":404}")

        configuration.errorPages = BrokenPages()
        let fallback = try application(configuration: configuration) { $0.get("/", access: .public, handler: text("x")) }
        let response = fallback.respond(to: makeRequest(.GET, "/nope"))
        #expect(response.status == .notFound)
        #expect(response.bodyText.contains("Halaman tidak ditemukan"))
    }

    @Test(arguments: ["/ok", "/missing", "/boom", "/forbidden"])
    func securityHeadersAreOnEveryResponse(path: String) throws {
        let app = try application(configuration: .testing(guard: RefuseProtectedRoutes())) {
            $0.get("/ok", access: .public, handler: text("ok"))
            $0.get("/boom", access: .public) { _, _ in throw Boom() }
            $0.get("/forbidden", access: .requires("admin"), handler: text("x"))
        }
        let response = app.respond(to: makeRequest(.GET, path))
        #expect(response.all("Content-Security-Policy") == ["default-src 'self'"])
        #expect(response.all("X-Content-Type-Options") == ["nosniff"])
        #expect(response.all("X-Frame-Options") == ["DENY"])
        #expect(response.all("Referrer-Policy") == ["same-origin"])
        #expect(app.respond(to: makeRequest(.POST, path)).all("X-Frame-Options") == ["DENY"])
    }

    @Test func aHandlersOwnSecurityHeaderIsKept() throws {
        let app = try application {
            $0.get("/peta", access: .public) { _, _ in
                var response = Response(text: "x")
                response.headers.add("Content-Security-Policy", "default-src 'self'; img-src 'self' https://tile.example")
                return response
            }
        }
        let response = app.respond(to: makeRequest(.GET, "/peta"))
        #expect(response.all("Content-Security-Policy") == ["default-src 'self'; img-src 'self' https://tile.example"])
    }

    @Test func bodyLimitIsTheRoutesOwnOrTheGlobalDefault() throws {
        var configuration = ApplicationConfiguration.testing()
        configuration.maxBodySize = 5000
        let app = try application(configuration: configuration) {
            $0.post("/lampiran/:id", access: .public, bodyLimit: 20_000_000, handler: text("x"))
            $0.post("/login", access: .public, bodyLimit: 4096, handler: text("x"))
            $0.get("/keluarga", access: .public, handler: text("x"))
        }
        #expect(app.bodyLimit(for: makeRequest(.POST, "/lampiran/9").head) == 20_000_000)
        #expect(app.bodyLimit(for: makeRequest(.POST, "/login?next=/").head) == 4096)
        #expect(app.bodyLimit(for: makeRequest(.GET, "/keluarga").head) == 5000)
        #expect(app.bodyLimit(for: makeRequest(.POST, "/tidak-ada").head) == 5000)
        #expect(app.bodyLimit(for: makeRequest(.PUT, "/lampiran/9").head) == 5000)
    }

    @Test func inlineRoutesAreReported() throws {
        let app = try application {
            $0.get("/healthz", access: .public, inline: true, handler: text("ok"))
            $0.get("/keluarga", access: .public, handler: text("x"))
        }
        #expect(app.answersInline(makeRequest(.GET, "/healthz").head))
        #expect(app.answersInline(makeRequest(.HEAD, "/healthz").head))
        #expect(!app.answersInline(makeRequest(.GET, "/keluarga").head))
        #expect(!app.answersInline(makeRequest(.GET, "/missing").head))
    }

    @Test func headRunsTheGetHandlerAndHeadOnlyStripsTheBody() throws {
        let app = try application { $0.get("/laporan", access: .public, handler: text("isi laporan")) }
        let response = app.respond(to: makeRequest(.HEAD, "/laporan"))
        #expect(response.status == .ok)
        #expect(response.bodyText == "isi laporan")
        let wire = response.headOnly()
        #expect(wire.body.knownLength == 0)
        #expect(wire.headers["Content-Length"] == "11")
        #expect(app.respond(to: makeRequest(.HEAD, "/nothing")).status == .notFound)
    }

    @Test func aMalformedIdInAHandlerIsA404Page() throws {
        let app = try application {
            $0.get("/keluarga/:id", access: .public) { _, context in
                Response(text: String(try context.parameters.require("id", as: Int64.self)))
            }
        }
        #expect(app.respond(to: makeRequest(.GET, "/keluarga/12")).bodyText == "12")
        #expect(app.respond(to: makeRequest(.GET, "/keluarga/12abc")).status == .notFound)
        #expect(app.respond(to: makeRequest(.GET, "/keluarga/92233720368547758070")).status == .notFound)
    }

    @Test func conflictingRoutesStopTheApplicationFromStarting() {
        var builder = RouteBuilder()
        builder.get("/a", access: .public, handler: text("1"))
        builder.get("/a/", access: .public, handler: text("2"))
        #expect(throws: RoutingError.conflict("GET /a", "GET /a")) { try Application(routes: builder) }
    }
}
