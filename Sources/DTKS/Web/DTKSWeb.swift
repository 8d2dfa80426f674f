import Core
import HTTPServer
import Web

/// What every DTKS controller reads from a request the same way.
enum DTKSWeb {

    /// The signed-in user as the audit trail names them.
    static func actor(_ request: Request, _ context: RequestContext) throws -> Actor {
        .user(try context.signedInUser(), address: request.remoteAddress, requestID: context.requestID)
    }

    /// The `:id` path parameter (a malformed id is a 404).
    static func id(_ context: RequestContext) throws -> Int64 {
        try context.parameters.require("id", as: Int64.self)
    }
}
