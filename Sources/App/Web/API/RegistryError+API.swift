package import Core
package import Registry

extension RegistryError: APIErrorConvertible {
    /// `.invalid` becomes 422 with one message per input (the form input names); the other
    /// cases keep their status and message.
    package var apiError: APIError {
        APIError(status, message: publicMessage, fields: fields(prefixed: ""))
    }

    /// The field messages, named `prefix` + the input name (`head.nik`).
    func fields(prefixed prefix: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: fieldErrors.map { (prefix + $0.key.rawValue, $0.value) })
    }
}
