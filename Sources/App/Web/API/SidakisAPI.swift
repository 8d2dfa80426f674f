import Core
import Database
import Foundation
import HTTPServer
import Sidakis
import Web

/// SIDAKIS in the API: submitting proposals with their documents, the queue and one proposal
/// inside the token user's areas, the page moves with the optimistic version, and BPJS results
/// for an activation batch. Every call goes through `ProposalService` and `ActivationService`,
/// the services of the `/sidakis` pages, with the same permission actions.
struct SidakisAPI: APIModule {
    let pool: DatabasePool
    let settings: SettingsCache
    let service: ProposalService
    let activation: ActivationService

    init(pool: DatabasePool, attachments: AttachmentService, clock: Clock, settings: SettingsCache) {
        self.pool = pool
        self.settings = settings
        service = ProposalService(pool: pool, attachments: attachments, clock: clock, settings: settings)
        activation = ActivationService(proposals: service)
    }

    static let idParameter = APIParameter("id", in: .path, schema: Schema.integer(minimum: 1), description: "Id usulan.")

    var operations: [APIOperation] {
        [
            APIOperation(
                .POST, "/sidakis/usulan", action: Action.submitProposal, operationID: "submitSidakisProposal",
                summary: "Ajukan usulan PBI APBD untuk satu orang atau beberapa anggota satu KK, dengan berkasnya.",
                tags: ["SIDAKIS"], requestBody: Self.submissionSchema, successStatus: 201,
                responseSchema: Schema.object(
                    ["usulan": Schema.array(of: Schema.ref("SidakisProposal"))], required: ["usulan"]),
                bodyLimit: ProposalSubmission.bodyLimit
            ) { request, context in try submit(request, context) },
            APIOperation(
                .GET, "/sidakis/usulan", action: Action.viewProposals, operationID: "listSidakisProposals",
                summary: "Antrean usulan di wilayah pengguna, yang terlama di statusnya dulu.", tags: ["SIDAKIS"],
                parameters: [
                    APIParameter("status", in: .query, schema: Self.statuses, description: "Status usulan."),
                    APIParameter("nik", in: .query, schema: Schema.digits(16, "NIK (16 digit)."), description: "NIK yang diusulkan."),
                    APIParameter(
                        "jenis", in: .query, schema: Schema.enumeration(ProposalKind.allCases.map(\.rawValue)),
                        description: "Jenis usulan."),
                    APIParameter(
                        "sumber", in: .query, schema: Schema.enumeration(ProposalSource.allCases.map(\.rawValue)),
                        description: "Sumber usulan."),
                    APIParameter("wilayah", in: .query, schema: Schema.string, description: "Kode kapanewon atau kalurahan."),
                    APIParameter("saya", in: .query, schema: Schema.boolean, description: "Hanya usulan pengguna ini."),
                ] + APIParameter.paging,
                responseSchema: RegistryJSON.pageSchema(of: Schema.ref("SidakisProposal")), errorStatuses: [400, 404]
            ) { request, context in try list(request, context) },
            APIOperation(
                .GET, "/sidakis/usulan/:id", action: Action.viewProposals, operationID: "getSidakisProposal",
                summary: "Satu usulan: status, riwayat langkah, berkas, dan nomor KIS bila aktif.", tags: ["SIDAKIS"],
                parameters: [Self.idParameter], responseSchema: Schema.ref("SidakisProposalDetail"), errorStatuses: [400, 404]
            ) { request, context in try proposal(request, context) },
            APIOperation(
                .POST, "/sidakis/usulan/:id/langkah", action: Action.viewProposals, operationID: "moveSidakisProposal",
                summary: "Ambil satu langkah (terima, verifikasi, kembalikan, setujui, …) pada versi usulan yang dibaca.",
                tags: ["SIDAKIS"], parameters: [Self.idParameter], requestBody: Self.moveSchema,
                responseSchema: Schema.ref("SidakisProposal"), errorStatuses: [404, 409]
            ) { request, context in try move(request, context) },
            APIOperation(
                .POST, "/sidakis/aktivasi/:id/hasil", action: Action.activateProposals, operationID: "importSidakisResults",
                summary: "Catat hasil aktivasi BPJS untuk satu batch; jawabannya laporan per baris.", tags: ["SIDAKIS"],
                parameters: [APIParameter("id", in: .path, schema: Schema.integer(minimum: 1), description: "Id batch aktivasi.")],
                requestBody: Self.resultsSchema, responseSchema: Schema.ref("SidakisImportReport"), errorStatuses: [404],
                bodyLimit: ResultImport.bodyLimit
            ) { request, context in try importResults(request, context) },
        ]
    }

    var schemas: [String: JSONValue] {
        [
            "SidakisProposal": Self.proposalSchema, "SidakisProposalDetail": Self.detailSchema,
            "SidakisDocumentUpload": Self.documentUploadSchema, "SidakisImportReport": Self.reportSchema,
        ]
    }

    static func actor(_ request: Request, _ context: RequestContext) throws -> (CurrentUser, Actor) {
        let user = try RegistryAPI.user(context)
        return (user, .user(user, address: request.remoteAddress, requestID: context.requestID))
    }

    private func submit(_ request: Request, _ context: RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let submission = try request.decodeJSON(ProposalSubmission.self)
        let today = CalendarDate(service.clock.now, timeZone: settings.current.timeZone)
        let created = try submission.submit(with: service, by: actor, user: user, today: today)
        var response = try Response.json(["usulan": .array(created.map { SidakisJSON.proposal($0) })] as JSONValue, status: .created)
        if created.count == 1, let only = created.first {
            response.headers.set("Location", "\(APIPaths.version1)/sidakis/usulan/\(only.id)")
        }
        return response
    }

    private func proposal(_ request: Request, _ context: RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let id = try context.parameters.require("id", as: Int64.self)
        // As on the proposal page: the whole NIK only for roles that may see it, and audited.
        let fullNIK = user.may(Action.viewFullNIK)
        let proposal = fullNIK
            ? try service.openFullRecord(id, by: actor, scope: user.scope) : try service.proposal(id, scope: user.scope)
        let detail = try pool.read { db in
            SidakisJSON.Detail(
                proposal: proposal, fullNIK: fullNIK, documents: try ProposalDocumentStore.documents(of: id, in: db),
                missing: try service.missingDocuments(proposal, in: db),
                events: try WorkflowHistory.events(workflow: SidakisWorkflow.definition.kind, itemID: id, in: db),
                family: try proposal.familyGroup.map { try ProposalStore.family($0, in: db) } ?? [],
                batch: try proposal.batchID.flatMap { try BatchStore.find($0, in: db) },
                moves: SidakisWorkflow.definition.available(from: proposal.status.rawValue, for: user.role)
                    .filter { SidakisWorkflow.pageMoves.contains($0.name) })
        }
        return try .json(SidakisJSON.detail(detail))
    }

    private func importResults(_ request: Request, _ context: RequestContext) throws -> Response {
        let (_, actor) = try Self.actor(request, context)
        let id = try context.parameters.require("id", as: Int64.self)
        let rows = try request.decodeJSON(ResultImport.self).rows()
        let report = try activation.importResults(rows, source: "API", batchID: id, by: actor)
        return try .json(SidakisJSON.report(report))
    }
}
