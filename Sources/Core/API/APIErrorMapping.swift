import HTTPServer
import Web

/// Turns what a handler threw into the API's error shape: one table for every endpoint.
package enum APIErrorMapping {
    /// The error shape for `error`, or nil when it is unexpected (a 500 the error middleware
    /// must log); 5xx statuses are left to that middleware too, so they are logged.
    package static func apiError(for error: any Error) -> APIError? {
        let mapped: APIError
        switch error {
        case let error as APIError: mapped = error
        case let error as any APIErrorConvertible: mapped = error.apiError
        case let error as any HTTPResponseError:
            mapped = APIError(error.status, message: error.publicMessage, headers: error.headers)
        default: return nil
        }
        return mapped.status.code >= 500 ? nil : mapped
    }
}
