package import Core
package import Sidakis

extension ProposalError: APIErrorConvertible {
    /// `.invalid` becomes 422 with its field messages; the endpoints that take a body rename the
    /// form's input names to their JSON keys first (`ProposalSubmission`). The other cases keep
    /// their status (404, 409) and message.
    package var apiError: APIError {
        APIError(status, message: publicMessage, fields: fieldErrors)
    }
}
