import Core
import HTTPServer
import Web

extension RequestContext {
    /// The signed-in user (every SLRT route but the public page requires one).
    func slrtUser() throws -> CurrentUser {
        guard let user = currentUser else { throw HTTPError(.forbidden) }
        return user
    }

    /// The `:id` of the route; a malformed id is a 404.
    func slrtID(_ name: String = "id") throws -> Int64 {
        try parameters.require(name, as: Int64.self)
    }
}

extension Request {
    /// The actor of this request for the audit trail.
    func slrtActor(_ user: CurrentUser, _ context: RequestContext) -> Actor {
        Actor.user(user, address: remoteAddress, requestID: context.requestID)
    }
}
