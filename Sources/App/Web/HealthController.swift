import Database
import HTTPServer
import Web

/// `GET /healthz`: 200 `ok` only while a read on the database succeeds, 503 otherwise.
struct HealthController: RouteCollection {
    let pool: DatabasePool

    func addRoutes(to routes: inout RouteBuilder) {
        routes.get("/healthz", access: .public, inline: true) { _, _ in
            do {
                _ = try pool.read { db in try db.scalar(Int.self, "SELECT 1") }
                return Response(text: "ok")
            } catch {
                return Response(status: .serviceUnavailable, text: "database unavailable")
            }
        }
    }
}
