/// Where a module declares its part of the JSON API.
///
/// ## How to add an endpoint
///
/// 1. In the module (for example `Sources/App/Web/API/SidakisAPI.swift`), write a type that
///    conforms to `APIModule`. Its `operations` list one `APIOperation` each: method, path below
///    `/api/v1` (`/sidakis/usulan`), the `Action` from `Permissions` the caller's role needs,
///    an `operationID`, a one-line Indonesian summary, the parameters, the request body's schema
///    and the success response's schema (write them with `Schema`; put shared objects in
///    `schemas` and point at them with `Schema.ref`).
/// 2. The handler calls the module's own service, the one its UI controller calls, with
///    `context.currentUser` (role and area scope from the token) and
///    `Actor.user(user, address: request.remoteAddress, requestID: context.requestID)`.
///    Read the body with `request.decodeJSON(T.self)` and the query with `APIQuery`; answer
///    with `Response.json(…, status:)`. Throw the service's errors as they are: `APIErrorMapping`
///    turns them into the error shape (give a module error field messages by conforming it to
///    `APIErrorConvertible`).
/// 3. Add one line for the module to `APIController`'s list in `BuildApplication.swift`.
///
/// The route, its permission check, the bearer authentication, the JSON errors and the
/// OpenAPI document then follow from the declaration; `APIDocumentTests` fails when a route
/// under `/api/v1` is missing from the document or a response does not match its schema.
package protocol APIModule: Sendable {
    /// This module's endpoints.
    var operations: [APIOperation] { get }
    /// Named schemas for `#/components/schemas`; names are unique across modules.
    var schemas: [String: JSONValue] { get }
}

extension APIModule {
    package var schemas: [String: JSONValue] { [:] }
}
