import Core
import Database
import Foundation
import HTTPServer
import Sidakis
import Web

extension SidakisAPI {
    /// The queue of `/sidakis` as a page: the same filters read strictly (an unknown value is a
    /// 400 naming the parameter), the same area scope, the NIK masked as in the queue.
    func list(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try RegistryAPI.user(context)
        let query = try request.queryParameters()
        let page = try APIPage(query)
        var filter = ProposalFilter(
            status: try APIQuery.choice(query, "status", ProposalStatus.self), kind: try APIQuery.choice(query, "jenis", ProposalKind.self),
            source: try APIQuery.choice(query, "sumber", ProposalSource.self))
        if let nik = query["nik"] {
            guard nik.utf8.count == IdentityNumberText.length, nik.allSatisfy(\.isASCIIDigit) else {
                throw APIError(.badRequest, message: "NIK harus 16 digit.", fields: ["nik": "Harus 16 digit angka."])
            }
            filter.nik = nik
        }
        switch query["saya"] {
        case nil, "false", "0": break
        case "true", "1": filter.proposerID = user.id
        default: throw APIError(.badRequest, message: "Parameter saya harus true atau false.", fields: ["saya": "Harus true atau false."])
        }
        let body = try pool.read { db -> JSONValue in
            if let code = try APIQuery.areaCode(query, scope: user.scope, in: db) { filter.areaCode = code }
            let total = try ProposalStore.count(filter, scope: user.scope, in: db)
            let rows = page.offset >= total
                ? [] : try ProposalStore.page(filter, scope: user.scope, limit: page.perPage, offset: page.offset, in: db)
            return RegistryJSON.page(
                items: rows.map { SidakisJSON.proposal($0) }, page: page, total: total, totalIsCapped: false)
        }
        return try .json(body)
    }
}
