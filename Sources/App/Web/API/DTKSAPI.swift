import Core
import Database
import DTKS
import Foundation
import HTTPServer
import Web

/// DTKS proposals in the API: propose a household of the register with its documents, the
/// queue, and one proposal with its history. Every call goes through `ProposalService`,
/// `ProposalList` and `ProposalDetail` with the token user's area scope, as the pages do.
/// A person's DTKS/DTSEN membership is part of `GET /api/v1/penduduk/{nik}` (`RegistryAPI`).
struct DTKSAPI: APIModule {
    let pool: DatabasePool
    let service: ProposalService

    init(pool: DatabasePool, clock: Clock, uploadsDirectory: String) {
        self.pool = pool
        service = ProposalService(
            pool: pool, clock: clock, attachments: AttachmentService(pool: pool, directory: uploadsDirectory))
    }

    var operations: [APIOperation] {
        let id = APIParameter("id", in: .path, schema: Schema.integer(minimum: 1), description: "Id usulan.")
        return [
            APIOperation(
                .POST, "/dtks/usulan", action: Action.proposeDTKS, operationID: "proposeDTKS",
                summary: "Usulkan keluarga di register ke DTKS, dengan kelengkapan dan dokumennya.", tags: ["DTKS"],
                requestBody: DTKSProposalSubmission.schema, successStatus: 201,
                responseSchema: DTKSJSON.createdSchema, errorStatuses: [404, 409],
                bodyLimit: DTKSProposalSubmission.bodyLimit,
                links: ["GetDTKSProposal": APIOperation.link(to: "getDTKSProposal", parameters: ["id": "$response.body#/id"])]
            ) { request, context in try propose(request, context) },
            APIOperation(
                .GET, "/dtks/usulan", action: Action.viewDTKSProposals, operationID: "listDTKSProposals",
                summary: "Antrean usulan DTKS di wilayah pengguna, terbaru dulu.", tags: ["DTKS"],
                parameters: [
                    APIParameter(
                        "status", in: .query, schema: Schema.enumeration(DTKSJSON.states), description: "Status usulan."),
                    APIParameter("wilayah", in: .query, schema: Schema.string, description: "Kode kapanewon atau kalurahan."),
                ] + APIParameter.paging,
                responseSchema: RegistryJSON.pageSchema(of: Schema.ref("DTKSProposalSummary")), errorStatuses: [400, 404]
            ) { request, context in try list(request, context) },
            APIOperation(
                .GET, "/dtks/usulan/:id", action: Action.viewDTKSProposals, operationID: "getDTKSProposal",
                summary: "Satu usulan DTKS: status, penilaian lapangan, pemadanan, ID DTKS, dokumen dan riwayat.",
                tags: ["DTKS"], parameters: [id], responseSchema: Schema.ref("DTKSProposal"), errorStatuses: [400, 404]
            ) { _, context in try proposal(context) },
        ]
    }

    var schemas: [String: JSONValue] {
        [
            "DTKSProposal": DTKSJSON.detailSchema, "DTKSProposalSummary": DTKSJSON.summarySchema,
            "DTKSDocument": DTKSProposalSubmission.documentSchema,
        ]
    }

    private func propose(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try RegistryAPI.user(context)
        let actor = Actor.user(user, address: request.remoteAddress, requestID: context.requestID)
        let submission = try request.decodeJSON(DTKSProposalSubmission.self)
        let id = try submission.submit(with: service, by: actor, scope: user.scope)
        guard let proposal = try pool.read({ try ProposalStore.find(id, scope: user.scope, in: $0) }) else {
            throw ProposalError.notFound
        }
        var response = try Response.json(DTKSJSON.created(proposal), status: .created)
        response.headers.set("Location", "\(APIPaths.version1)/dtks/usulan/\(id)")
        return response
    }

    private func list(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try RegistryAPI.user(context)
        let query = try request.queryParameters()
        let page = try APIPage(query)
        let state = try APIQuery.choice(query, "status", ProposalState.self)
        let body = try pool.read { db -> JSONValue in
            let areaCode = try APIQuery.areaCode(query, scope: user.scope, in: db)
            let filter = ProposalList.Filter(state: state, areaCode: areaCode)
            let total = try ProposalList.count(filter, scope: user.scope, in: db)
            let rows = page.offset >= total
                ? []
                : try ProposalList.page(
                    filter, scope: user.scope, paging: Paging(page: page.page, pageSize: page.perPage), in: db)
            return RegistryJSON.page(items: rows.map(DTKSJSON.summary), page: page, total: total, totalIsCapped: false)
        }
        return try .json(body)
    }

    private func proposal(_ context: RequestContext) throws -> Response {
        let user = try RegistryAPI.user(context)
        let id = try context.parameters.require("id", as: Int64.self)
        guard let detail = try pool.read({ try ProposalDetail.load(id, scope: user.scope, attachments: service.attachments, in: $0) })
        else { throw ProposalError.notFound }
        return try .json(DTKSJSON.detail(detail, fullNIK: user.may(Action.viewFullNIK)))
    }
}
