import Core
import Database
import HTTPServer
import Sidamesra
import Web

/// The SIDAMESRA ranking in the API: the same filter (`RankingChoices`, clamped to the user's
/// scope) and the same store as `/sidamesra/peringkat`, paged.
struct SidamesraAPI: APIModule {
    let pool: DatabasePool
    let settings: SettingsCache

    var operations: [APIOperation] {
        [
            APIOperation(
                .GET, "/sidamesra/peringkat", action: Action.viewRanking, operationID: "listRanking",
                summary: "Peringkat kesejahteraan, termiskin dulu, dengan peringkat dan desil di wilayahnya.",
                tags: ["SIDAMESRA"],
                parameters: [
                    APIParameter(
                        "wilayah", in: .query, schema: Schema.string,
                        description: "Kode kapanewon atau kalurahan; bawaan: kabupaten, atau wilayah pertama pengguna."),
                    APIParameter("kategori", in: .query, schema: Schema.string, description: "Nama kategori."),
                ] + APIParameter.paging,
                responseSchema: Schema.object(
                    [
                        "area_code": Schema.nullable(Schema.string("Kode wilayah peringkat; null untuk kabupaten.")),
                        "area_count": Schema.integer(minimum: 0, description: "Keluarga berskor di wilayah itu."),
                        "category": Schema.nullable(Schema.string),
                        "ranking": RegistryJSON.pageSchema(of: Schema.ref("RankedHousehold")),
                    ],
                    required: ["area_code", "area_count", "category", "ranking"]),
                errorStatuses: [400]
            ) { request, context in try ranking(request, context) }
        ]
    }

    var schemas: [String: JSONValue] {
        [
            "RankedHousehold": Schema.object(
                [
                    "household_id": Schema.integer, "rank": Schema.integer(minimum: 1),
                    "desil": Schema.integer(minimum: 0, maximum: 10), "no_kk": Schema.string("No KK tersamar."),
                    "head_name": Schema.nullable(Schema.string), "area_code": Schema.string, "area_name": Schema.string,
                    "member_count": Schema.integer(minimum: 0), "total": Schema.integer, "category": Schema.string,
                    "assessed_on": Schema.date,
                ],
                required: [
                    "household_id", "rank", "desil", "no_kk", "head_name", "area_code", "area_name", "member_count",
                    "total", "category", "assessed_on",
                ])
        ]
    }

    private func ranking(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try RegistryAPI.user(context)
        let query = try request.queryParameters()
        let page = try APIPage(query)
        let words = settings.current
        let body = try pool.read { db -> JSONValue in
            let choices = try RankingChoices(query: query, user: user, words: words, in: db)
            let filter = choices.filter
            let areaCount = try RankingStore.areaCount(filter, scope: user.scope, in: db)
            let total = filter.isWholeArea ? areaCount : try RankingStore.count(filter, scope: user.scope, in: db)
            let rows = page.offset >= total
                ? []
                : try RankingStore.page(
                    filter, scope: user.scope, paging: Paging(page: page.page, pageSize: page.perPage),
                    areaCount: areaCount, in: db)
            let items: [JSONValue] = rows.map { row in
                [
                    "household_id": JSONValue(row.householdID), "rank": .int(row.rank), "desil": .int(row.desil),
                    "no_kk": .string(IdentityNumberText.masked(row.noKK)), "head_name": JSONValue(row.headName),
                    "area_code": .string(row.desaCode), "area_name": .string(row.desaName),
                    "member_count": .int(row.memberCount), "total": .int(row.total), "category": .string(row.bandName),
                    "assessed_on": .string(row.assessedOn),
                ]
            }
            return [
                "area_code": JSONValue(filter.area.code), "area_count": .int(areaCount),
                "category": JSONValue(filter.bandName),
                "ranking": RegistryJSON.page(items: items, page: page, total: total, totalIsCapped: false),
            ]
        }
        return try .json(body)
    }
}
