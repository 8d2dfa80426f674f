/// A module error that knows its field errors for the API (`RegistryError.invalid` → `fields`).
/// Errors that only conform to `HTTPResponseError` keep their status and message and get no
/// fields; anything else is a logged 500.
package protocol APIErrorConvertible: Error {
    /// The error in the API's shape.
    var apiError: APIError { get }
}
