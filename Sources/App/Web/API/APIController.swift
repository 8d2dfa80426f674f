import Core
import HTTPServer
import Web

/// The JSON API: `GET /api/openapi.json` (public, like /healthz) and every module's
/// `APIOperation` under `/api/v1`, each behind the bearer token (`APIAuthenticationMiddleware`)
/// and its own permission action. The document is built once from the same declarations.
struct APIController: RouteCollection {
    let modules: [any APIModule]
    let tokens: APITokenService
    let document: OpenAPIDocument

    init(modules: [any APIModule], tokens: APITokenService) {
        self.modules = modules
        self.tokens = tokens
        document = OpenAPIDocument(modules: modules)
    }

    func addRoutes(to routes: inout RouteBuilder) {
        let document = self.document
        routes.get(APIPaths.document, access: .public) { _, _ in
            var response = try Response.json(document.json)
            response.headers.set("Cache-Control", "no-cache")
            return response
        }
        routes.group(APIPaths.version1, middleware: [APIAuthenticationMiddleware(tokens: tokens)]) { group in
            for module in modules {
                for operation in module.operations {
                    let limit = operation.bodyLimit
                    let handler = operation.handler
                    // Past the server's default the route needs its own limit (documents as base64).
                    let transportLimit = limit > ServerConfiguration.standardMaxBody ? limit : nil
                    group.add(
                        operation.method, operation.path, access: .requires(operation.action), bodyLimit: transportLimit
                    ) { request, context in
                        guard request.body.count <= limit else {
                            throw APIError(.contentTooLarge, message: "Isi permintaan melebihi \(limit) byte.")
                        }
                        return try handler(request, &context)
                    }
                }
            }
        }
    }
}
