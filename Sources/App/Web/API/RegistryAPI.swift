import Core
import Database
import DTKS
import Foundation
import HTTPServer
import Registry
import Sidamesra
import Web

/// The register in the API: a person's status by NIK, the household list and one household,
/// and registering a household with its members. Every call goes through `RegistryService`,
/// `HouseholdSearch` and the stores with the token user's area scope, as the pages do.
struct RegistryAPI: APIModule {
    let pool: DatabasePool
    let service: RegistryService

    init(pool: DatabasePool, clock: Clock, settings: SettingsCache) {
        self.pool = pool
        service = RegistryService(pool: pool, clock: clock, settings: settings)
    }

    var operations: [APIOperation] {
        [
            APIOperation(
                .GET, "/penduduk/:nik", action: Action.viewRegistry, operationID: "getPersonStatus",
                summary: "Status seseorang: data register, keluarga, JKN, SIDAMESRA dan DTKS/DTSEN.", tags: ["Register"],
                parameters: [
                    APIParameter(
                        "nik", in: .path, schema: ["type": "string", "pattern": "^[0-9]{16}$"], description: "NIK (16 digit)."),
                ],
                responseSchema: Schema.ref("PersonStatus"), errorStatuses: [400, 404]
            ) { request, context in try personStatus(request, context) },
            APIOperation(
                .GET, "/keluarga", action: Action.viewRegistry, operationID: "listHouseholds",
                summary: "Cari keluarga di wilayah pengguna, terbaru dulu.", tags: ["Register"],
                parameters: [
                    APIParameter("q", in: .query, schema: Schema.string, description: "Nama, NIK atau No KK (atau awalnya)."),
                    APIParameter("wilayah", in: .query, schema: Schema.string, description: "Kode kapanewon atau kalurahan."),
                    APIParameter(
                        "status", in: .query, schema: Schema.enumeration(HouseholdStatus.allCases.map(\.rawValue)),
                        description: "Status keluarga."),
                ] + APIParameter.paging,
                responseSchema: RegistryJSON.pageSchema(of: Schema.ref("HouseholdSummary")), errorStatuses: [400, 404]
            ) { request, context in try list(request, context) },
            APIOperation(
                .GET, "/keluarga/:id", action: Action.viewRegistry, operationID: "getHousehold",
                summary: "Satu keluarga dengan anggotanya.", tags: ["Register"],
                parameters: [APIParameter("id", in: .path, schema: Schema.integer(minimum: 1), description: "Id keluarga.")],
                responseSchema: RegistryJSON.householdDetailSchema, errorStatuses: [400, 404]
            ) { _, context in try household(context) },
            APIOperation(
                .POST, "/keluarga", action: Action.editRegistry, operationID: "registerHousehold",
                summary: "Catat keluarga baru dengan kepala dan anggotanya (satu transaksi).", tags: ["Register"],
                requestBody: HouseholdRegistration.schema, successStatus: 201,
                responseSchema: RegistryJSON.householdDetailSchema, errorStatuses: [404, 409]
            ) { request, context in try register(request, context) },
        ]
    }

    var schemas: [String: JSONValue] {
        [
            "Household": RegistryJSON.householdSchema, "HouseholdSummary": RegistryJSON.summarySchema,
            "Person": RegistryJSON.personSchema, "PersonStatus": PersonStatusJSON.schema,
            "NewPerson": HouseholdRegistration.personSchema,
        ]
    }

    static func user(_ context: RequestContext) throws -> CurrentUser {
        guard let user = context.currentUser else { throw APIError(.unauthorized) }
        return user
    }

    private func personStatus(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try Self.user(context)
        let nik = try context.parameters.require("nik", as: String.self)
        guard nik.utf8.count == IdentityNumberText.length, nik.allSatisfy(\.isASCIIDigit) else {
            throw APIError(.badRequest, message: "NIK harus 16 digit.", fields: ["nik": "Harus 16 digit angka."])
        }
        // Found anywhere, answered only inside the user's areas: elsewhere it is not found.
        guard let found = try pool.read({ try PersonStore.find(nik: nik, in: $0) }), user.scope.contains(found.areaCode)
        else { throw RegistryError.notFound }
        let fullNIK = user.may(Action.viewFullNIK)
        let actor = Actor.user(user, address: request.remoteAddress, requestID: context.requestID)
        let person = fullNIK
            ? try service.openFullRecord(found.person.id, by: actor, scope: user.scope)
            : try service.person(found.person.id, scope: user.scope)
        let status = try pool.read { db -> JSONValue in
            guard let household = try HouseholdStore.find(person.householdID, in: .everywhere, db: db) else {
                throw RegistryError.notFound
            }
            let areaName = try AreaStore.find(household.areaCode, in: db)?.name ?? household.areaCode
            return PersonStatusJSON.status(
                person: person, fullNIK: fullNIK, household: household, areaName: areaName,
                score: try SidamesraReadAPI.currentScore(ofHousehold: household.id, in: db),
                rank: try SidamesraReadAPI.rankInDesa(ofHousehold: household.id, in: db),
                dtks: try DTKSReadAPI().membership(nik: person.nik, in: db))
        }
        return try .json(status)
    }

    private func list(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try Self.user(context)
        let query = try request.queryParameters()
        let page = try APIPage(query)
        let search = (query["q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let status = try APIQuery.choice(query, "status", HouseholdStatus.self)
        let body = try pool.read { db -> JSONValue in
            let areaCode = try APIQuery.areaCode(query, scope: user.scope, in: db)
            let filter = HouseholdFilter(query: search, areaCode: areaCode, status: status)
            // The count stops at countLimit and no page reaches past it, as on the list page.
            let total = try HouseholdSearch.count(filter, scope: user.scope, in: db)
            let reachable = min(total, HouseholdSearch.countLimit)
            let rows = page.offset >= reachable
                ? []
                : try HouseholdSearch.page(
                    filter, scope: user.scope, paging: Paging(page: page.page, pageSize: page.perPage), in: db)
            return RegistryJSON.page(
                items: Array(rows.prefix(max(0, reachable - page.offset))).map(RegistryJSON.summary), page: page,
                total: reachable, totalIsCapped: total > HouseholdSearch.countLimit)
        }
        return try .json(body)
    }

    private func household(_ context: RequestContext) throws -> Response {
        let user = try Self.user(context)
        let id = try context.parameters.require("id", as: Int64.self)
        return try .json(try detail(id, scope: user.scope))
    }

    /// A household inside `scope` with its members (NIK masked, as on the household page).
    func detail(_ id: Int64, scope: AreaScope) throws -> JSONValue {
        try pool.read { db in
            guard let household = try HouseholdStore.find(id, in: scope, db: db) else { throw RegistryError.notFound }
            let areaName = try AreaStore.find(household.areaCode, in: db)?.name ?? household.areaCode
            let members = try PersonStore.members(of: id, in: db)
            return [
                "household": RegistryJSON.household(household, areaName: areaName),
                "members": .array(members.map { RegistryJSON.person($0, fullNIK: false) }),
            ]
        }
    }

    private func register(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try Self.user(context)
        let actor = Actor.user(user, address: request.remoteAddress, requestID: context.requestID)
        let registration = try request.decodeJSON(HouseholdRegistration.self)
        let id = try registration.register(with: service, by: actor, scope: user.scope)
        var response = try Response.json(try detail(id, scope: user.scope), status: .created)
        response.headers.set("Location", "\(APIPaths.version1)/keluarga/\(id)")
        return response
    }
}
