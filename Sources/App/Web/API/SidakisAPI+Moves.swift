import Core
import HTTPServer
import Sidakis
import Web

extension SidakisAPI {
    /// Takes the page move `langkah` on the proposal read at `versi`: the route is open to every
    /// viewer of proposals and the move's own action decides, as on the proposal page.
    func move(_ request: Request, _ context: RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let id = try context.parameters.require("id", as: Int64.self)
        let body = try request.decodeJSON(MoveBody.self)
        guard SidakisWorkflow.pageMoves.contains(body.langkah),
            let transition = SidakisWorkflow.definition.transition(named: body.langkah)
        else {
            throw APIError(.unprocessableContent, message: "Langkah tidak dikenal.", fields: ["langkah": "Tidak dikenal."])
        }
        _ = try service.proposal(id, scope: user.scope)
        guard user.may(transition.action) else {
            throw APIError(.forbidden, message: "Peran Anda tidak boleh mengambil langkah \(transition.label.lowercased()).")
        }
        let moved = try service.move(id, body.langkah, version: body.versi, note: body.catatan ?? "", by: actor, user: user)
        return try .json(SidakisJSON.proposal(moved))
    }

    struct MoveBody: Decodable {
        var langkah: String
        var versi: Int
        var catatan: String?
    }
}
