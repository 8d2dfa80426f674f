import Core
import HTTPServer
import Web

extension UsersController {
    /// Queues the CSV export of every account and shows its progress page.
    func export(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let actor = try Self.actor(request, context)
        let id = try pool.write { try jobs.enqueue(kind: UserExportJob.name, by: actor, in: $0) }
        context.flash(.success, "Ekspor daftar pengguna dimasukkan ke antrean.")
        return .redirect(to: "/tugas/\(id)")
    }
}
