import HTTPServer
import Testing
import Web

@Suite struct RouterTests {
    private func router(_ build: (inout RouteBuilder) -> Void) throws -> Router {
        var builder = RouteBuilder()
        build(&builder)
        return try Router(builder)
    }

    private func found(_ match: RouteMatch) -> (pattern: String, method: HTTPMethod, parameters: RouteParameters)? {
        if case .found(let route, let parameters) = match { return (route.pattern.description, route.method, parameters) }
        return nil
    }

    @Test func namedParameterIsCaptured() throws {
        let router = try router { $0.get("/keluarga/:id", access: .public, handler: text("x")) }
        let match = try #require(found(router.match(.GET, path: "/keluarga/42")))
        #expect(match.pattern == "/keluarga/:id")
        #expect(match.parameters.get("id") == "42")
        #expect(try match.parameters.require("id", as: Int64.self) == 42)
    }

    @Test func severalParametersAndRoot() throws {
        let router = try router {
            $0.get("/", access: .public, handler: text("root"))
            $0.get("/wilayah/:kecamatan/desa/:desa", access: .public, handler: text("x"))
        }
        #expect(found(router.match(.GET, path: "/"))?.pattern == "/")
        let match = try #require(found(router.match(.GET, path: "/wilayah/3402010/desa/3402010001")))
        #expect(match.parameters.get("kecamatan") == "3402010")
        #expect(match.parameters.get("desa") == "3402010001")
    }

    @Test func catchAllTakesTheRestOfThePath() throws {
        let router = try router { $0.get("/static/*path", access: .public, handler: text("x")) }
        let match = try #require(found(router.match(.GET, path: "/static/css/app.css")))
        #expect(match.parameters.get("path") == "css/app.css")
        #expect(match.parameters.catchAll == ["css", "app.css"])
        #expect(found(router.match(.GET, path: "/static/favicon.ico"))?.parameters.catchAll == ["favicon.ico"])
    }

    @Test func catchAllNeedsAtLeastOneSegment() throws {
        let router = try router { $0.get("/static/*path", access: .public, handler: text("x")) }
        #expect(found(router.match(.GET, path: "/static")) == nil)
        #expect(found(router.match(.GET, path: "/static/")) == nil)
    }

    @Test func constantSegmentsWinOverParameters() throws {
        let router = try router {
            $0.get("/keluarga/:id", access: .public, handler: text("show"))
            $0.get("/keluarga/baru", access: .public, handler: text("new"))
        }
        let constant = try #require(found(router.match(.GET, path: "/keluarga/baru")))
        #expect(constant.pattern == "/keluarga/baru")
        #expect(constant.parameters.isEmpty)
        #expect(found(router.match(.GET, path: "/keluarga/7"))?.pattern == "/keluarga/:id")
    }

    @Test func parametersWinOverCatchAll() throws {
        let router = try router {
            $0.get("/berkas/*path", access: .public, handler: text("all"))
            $0.get("/berkas/:name", access: .public, handler: text("one"))
        }
        #expect(found(router.match(.GET, path: "/berkas/a.pdf"))?.pattern == "/berkas/:name")
        #expect(found(router.match(.GET, path: "/berkas/a/b.pdf"))?.pattern == "/berkas/*path")
    }

    @Test func aFailedConstantBranchBacktracksToTheParameter() throws {
        let router = try router {
            $0.get("/usulan/baru", access: .public, handler: text("new"))
            $0.get("/usulan/:id/ubah", access: .public, handler: text("edit"))
        }
        let match = try #require(found(router.match(.GET, path: "/usulan/baru/ubah")))
        #expect(match.pattern == "/usulan/:id/ubah")
        #expect(match.parameters.get("id") == "baru")
    }

    @Test func unknownPathIsNotFound() throws {
        let router = try router { $0.get("/keluarga", access: .public, handler: text("x")) }
        guard case .notFound = router.match(.GET, path: "/penduduk") else {
            Issue.record("expected notFound")
            return
        }
    }

    @Test func wrongMethodListsTheAllowedOnes() throws {
        let router = try router {
            $0.get("/keluarga/:id", access: .public, handler: text("x"))
            $0.post("/keluarga/:id", access: .public, handler: text("x"))
            $0.delete("/keluarga/:id", access: .public, handler: text("x"))
        }
        guard case .methodNotAllowed(let allowed) = router.match(.PUT, path: "/keluarga/3") else {
            Issue.record("expected methodNotAllowed")
            return
        }
        #expect(allowed == [.GET, .HEAD, .POST, .DELETE])
    }

    @Test func headIsServedByGet() throws {
        let router = try router { $0.get("/laporan", access: .public, handler: text("x")) }
        #expect(found(router.match(.HEAD, path: "/laporan"))?.method == .GET)
    }

    @Test func anExplicitHeadRouteWins() throws {
        let router = try router {
            $0.get("/laporan", access: .public, handler: text("x"))
            $0.add(.HEAD, "/laporan", access: .public, handler: text("x"))
        }
        #expect(found(router.match(.HEAD, path: "/laporan"))?.method == .HEAD)
    }

    @Test(arguments: [
        ("/keluarga/%41%42", "AB"),
        ("/keluarga/a%2Fb", "a/b"),
        ("/keluarga/Sri%20Rahayu", "Sri Rahayu"),
        ("/keluarga/%E2%82%AC", "€"),
        ("/keluarga/a+b", "a+b"),
    ])
    func parameterValuesArePercentDecodedAfterSplitting(path: String, expected: String) throws {
        let router = try router { $0.get("/keluarga/:id", access: .public, handler: text("x")) }
        #expect(found(router.match(.GET, path: path))?.parameters.get("id") == expected)
    }

    @Test func encodedSlashIsNotASeparator() throws {
        let router = try router { $0.get("/a/b", access: .public, handler: text("x")) }
        #expect(found(router.match(.GET, path: "/a/b")) != nil)
        #expect(found(router.match(.GET, path: "/a%2Fb")) == nil)
    }

    @Test func encodedConstantSegmentsMatch() throws {
        let router = try router { $0.get("/keluarga/:id", access: .public, handler: text("x")) }
        #expect(found(router.match(.GET, path: "/kel%75arga/5"))?.parameters.get("id") == "5")
    }

    @Test(arguments: ["/keluarga/%zz", "/keluarga/%4", "/keluarga/%ff", "/keluarga/%C3"])
    func badEncodingInAParameterIsNotFound(path: String) throws {
        let router = try router { $0.get("/keluarga/:id", access: .public, handler: text("x")) }
        guard case .notFound = router.match(.GET, path: path) else {
            Issue.record("expected notFound for \(path)")
            return
        }
    }

    @Test(arguments: ["/keluarga", "/keluarga/", "//keluarga", "/keluarga//"])
    func trailingAndRepeatedSlashesAreIgnored(path: String) throws {
        let router = try router { $0.get("/keluarga", access: .public, handler: text("x")) }
        #expect(found(router.match(.GET, path: path))?.pattern == "/keluarga")
    }

    @Test(arguments: ["abc", "12a", "99999999999999999999", "1.5", "0x10", "%20"])
    func aMalformedIdIsNotFound(value: String) throws {
        let router = try router { $0.get("/keluarga/:id", access: .public, handler: text("x")) }
        let match = try #require(found(router.match(.GET, path: "/keluarga/" + value)))
        let error = #expect(throws: HTTPError.self) { try match.parameters.require("id", as: Int64.self) }
        #expect(error?.status == .notFound)
    }

    @Test func anUndeclaredParameterIsAProgrammingError() throws {
        let router = try router { $0.get("/keluarga/:id", access: .public, handler: text("x")) }
        let match = try #require(found(router.match(.GET, path: "/keluarga/1")))
        #expect(throws: RouteParameterError.undeclared("nik")) { try match.parameters.require("nik") }
    }

    @Test func duplicateRoutesFailNamingBoth() {
        var builder = RouteBuilder()
        builder.get("/keluarga/:id", access: .public, handler: text("a"))
        builder.get("/keluarga/:id", access: .requires("keluarga.lihat"), handler: text("b"))
        #expect(throws: RoutingError.conflict("GET /keluarga/:id", "GET /keluarga/:id")) { try Router(builder) }
    }

    @Test func differentParameterNamesAtOnePositionConflict() {
        var builder = RouteBuilder()
        builder.get("/keluarga/:id", access: .public, handler: text("a"))
        builder.post("/keluarga/:nomor/anggota", access: .public, handler: text("b"))
        #expect(throws: RoutingError.conflict("GET /keluarga/:id", "POST /keluarga/:nomor/anggota")) {
            try Router(builder)
        }
    }

    @Test func duplicateCatchAllsConflict() {
        var builder = RouteBuilder()
        builder.get("/static/*path", access: .public, handler: text("a"))
        builder.get("/static/*file", access: .public, handler: text("b"))
        #expect(throws: RoutingError.conflict("GET /static/*path", "GET /static/*file")) { try Router(builder) }
    }

    @Test func sameShapeWithDifferentMethodsIsFine() throws {
        let router = try router {
            $0.get("/keluarga/:id", access: .public, handler: text("a"))
            $0.post("/keluarga/:id", access: .public, handler: text("b"))
        }
        #expect(router.routes.count == 2)
    }

    @Test(arguments: ["keluarga", "/a/*rest/b", "/a/:", "/a/*", "/a/:id/:id", "/a/:i-d", "/a%20b"])
    func invalidPatternsFailAtStartUp(pattern: String) {
        var builder = RouteBuilder()
        builder.get(pattern, access: .public, handler: text("x"))
        #expect(throws: RoutingError.self) { try Router(builder) }
    }

    @Test func groupsPrefixPathsAndEveryRouteCanBeListed() throws {
        struct Households: RouteCollection {
            func addRoutes(to routes: inout RouteBuilder) {
                routes.group("/keluarga") { group in
                    group.get("/", access: .requires("keluarga.lihat"), handler: text("list"))
                    group.get("/:id", access: .requires("keluarga.lihat"), handler: text("show"))
                    group.post("/:id", access: .requires("keluarga.ubah"), bodyLimit: 2048, handler: text("save"))
                }
            }
        }
        let router = try router {
            $0.get("/healthz", access: .public, inline: true, handler: text("ok"))
            $0.add(Households())
        }
        #expect(router.routes.map(\.description) == ["GET /healthz", "GET /keluarga", "GET /keluarga/:id", "POST /keluarga/:id"])
        #expect(router.routes.map(\.access) == [.public, .requires("keluarga.lihat"), .requires("keluarga.lihat"), .requires("keluarga.ubah")])
        #expect(router.routes.map(\.bodyLimit) == [nil, nil, nil, 2048])
        #expect(router.routes.map(\.answersInline) == [true, false, false, false])
    }
}
