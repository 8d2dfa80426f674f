import Core
import HTTPServer
import Web

/// What every DTKS controller reads from a request the same way.
enum DTKSWeb {
    /// The signed-in user; the route guard let only signed-in users through.
    static func user(_ context: RequestContext) throws -> CurrentUser {
        guard let user = context.currentUser else { throw HTTPError(.forbidden) }
        return user
    }

    /// The signed-in user as the audit trail names them.
    static func actor(_ request: Request, _ context: RequestContext) throws -> Actor {
        .user(try user(context), address: request.remoteAddress, requestID: context.requestID)
    }

    /// The `:id` path parameter (a malformed id is a 404).
    static func id(_ context: RequestContext) throws -> Int64 {
        try context.parameters.require("id", as: Int64.self)
    }
}
