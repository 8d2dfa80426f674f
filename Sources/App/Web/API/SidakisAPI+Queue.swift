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
            status: try Self.choice(query, "status", ProposalStatus.self), kind: try Self.choice(query, "jenis", ProposalKind.self),
            source: try Self.choice(query, "sumber", ProposalSource.self))
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
            if let code = query["wilayah"], !code.isEmpty {
                // Like the queue's area choice: a kapanewon or kalurahan inside the user's scope;
                // any other code is not found rather than silently widened.
                guard user.scope.contains(code), let area = try AreaStore.find(code, in: db),
                    area.level == .kecamatan || area.level == .desa
                else {
                    throw APIError(
                        .notFound, message: "Wilayah tidak ditemukan di wilayah Anda.",
                        fields: ["wilayah": "Tidak dikenal atau di luar wilayah Anda."])
                }
                filter.areaCode = code
            }
            let total = try ProposalStore.count(filter, scope: user.scope, in: db)
            let rows = page.offset >= total
                ? [] : try ProposalStore.page(filter, scope: user.scope, limit: page.perPage, offset: page.offset, in: db)
            return RegistryJSON.page(
                items: rows.map { SidakisJSON.proposal($0) }, page: page, total: total, totalIsCapped: false)
        }
        return try .json(body)
    }

    /// The query value `name` as one of `T`'s raw values, nil when absent; anything else is a 400.
    static func choice<T: RawRepresentable<String> & CaseIterable>(
        _ query: FormFields, _ name: String, _ type: T.Type
    ) throws -> T? {
        guard let text = query[name] else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError(.badRequest, message: "Nilai \(name) tidak dikenal.", fields: [name: "Salah satu dari: \(allowed)."])
        }
        return value
    }
}
