package import Core
package import Database
import Foundation
import HTTPServer
package import Web

/// SIDAKIS pages under `/sidakis`: queues, submission, the verification page with its moves,
/// documents, activation batches with BNBA files and results, the budget and the settings.
/// Every lookup goes through the user's area scope, so an id outside it is a 404.
package struct SidakisController: RouteCollection {
    let pool: DatabasePool
    let pages: PageRenderer
    let clock: Clock
    let service: ProposalService
    let activation: ActivationService

    /// A proposal form carries up to a family's documents; past this the request is a 413 before
    /// it is read. A single file over 5 MiB below it is a field error on the form.
    package static let submissionBodyLimit = 30 * 1_048_576
    /// A BPJS result file.
    package static let resultFileLimit = 10 * 1_048_576

    package init(pool: DatabasePool, pages: PageRenderer, clock: Clock, attachments: AttachmentService) {
        self.pool = pool
        self.pages = pages
        self.clock = clock
        service = ProposalService(pool: pool, attachments: attachments, clock: clock, settings: pages.settings)
        activation = ActivationService(proposals: service)
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let view = RouteAccess.requires(Action.viewProposals)
        let submit = RouteAccess.requires(Action.submitProposal)
        let activate = RouteAccess.requires(Action.activateProposals)
        routes.get("/sidakis", access: view) { request, context in try queue(request, context) }
        routes.get("/sidakis/usulan/baru", access: submit) { request, context in try newProposal(request, context) }
        routes.post("/sidakis/usulan/baru", access: submit, bodyLimit: Self.submissionBodyLimit) { request, context in
            try createProposal(request, &context)
        }
        routes.get("/sidakis/usulan/:id", access: view) { request, context in try proposalPage(request, context) }
        routes.post("/sidakis/usulan/:id/aksi/:move", access: view) { request, context in try moveProposal(request, &context) }
        routes.get("/sidakis/usulan/:id/ajukan-ulang", access: submit) { _, context in try resubmitForm(context) }
        routes.post("/sidakis/usulan/:id/ajukan-ulang", access: submit, bodyLimit: Self.submissionBodyLimit) { request, context in
            try resubmitProposal(request, &context)
        }
        routes.post("/sidakis/usulan/:id/hasil", access: activate) { request, context in try saveResult(request, &context) }
        routes.get("/sidakis/berkas/:id", access: view) { request, context in try document(request, context) }
        routes.get("/sidakis/aktivasi", access: activate) { _, context in try batches(context) }
        routes.post("/sidakis/aktivasi", access: activate) { request, context in try createBatch(request, &context) }
        routes.get("/sidakis/aktivasi/:id", access: activate) { _, context in try batchPage(context, report: nil) }
        routes.get("/sidakis/aktivasi/:id/csv", access: activate) { _, context in try batchFile(context, format: "csv") }
        routes.get("/sidakis/aktivasi/:id/xlsx", access: activate) { _, context in try batchFile(context, format: "xlsx") }
        routes.post("/sidakis/aktivasi/:id/hasil", access: activate, bodyLimit: Self.resultFileLimit + 64 * 1024) {
            request, context in try importResults(request, &context)
        }
        routes.get("/sidakis/anggaran", access: .requires(Action.viewPBIBudget)) { _, context in try budget(context) }
        routes.get("/sidakis/pengaturan", access: .requires(Action.manageSidakisSettings)) { _, context in
            try settingsPage(context, values: nil, problems: [:], status: .ok)
        }
        routes.post("/sidakis/pengaturan", access: .requires(Action.manageSidakisSettings)) { request, context in
            try saveSettings(request, &context)
        }
    }

    static func actor(_ request: Request, _ context: RequestContext) throws -> (CurrentUser, Actor) {
        let user = try context.signedInUser()
        return (user, .user(user, address: request.remoteAddress, requestID: context.requestID))
    }

    static func id(_ context: RequestContext) throws -> Int64 {
        try context.parameters.require("id", as: Int64.self)
    }

    var timeZone: String { pages.settings.current.timeZone }

    func dateTime(_ date: Date) -> String { IndonesianFormat.dateTime(date, timeZone: timeZone) }

    /// `name=value&…`, percent-encoded, for links that keep the list's filters.
    static func queryString(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: "\u{0}"..."\u{7F}"))
        allowed.insert(charactersIn: "-._~")
        return pairs.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
    }
}
