package import HTTPServer
import Web

/// Why a job operation was refused.
package enum JobError: Error, Sendable, Equatable {
    /// Queuing a kind nobody registered.
    case unknownKind(String)
    /// No job with that id that the user may see.
    case notFound
    /// Cancelling a job that already finished.
    case alreadyFinished
    /// The runner was started twice.
    case alreadyStarted
}

extension JobError: HTTPResponseError {
    package var status: HTTPStatus {
        switch self {
        case .notFound: .notFound
        case .alreadyFinished: .conflict
        case .unknownKind, .alreadyStarted: .internalServerError
        }
    }

    package var publicMessage: String? {
        switch self {
        case .notFound: "Tugas tidak ditemukan."
        case .alreadyFinished: "Tugas ini sudah selesai dan tidak dapat dibatalkan."
        case .unknownKind, .alreadyStarted: nil
        }
    }
}

/// Thrown by a handler to fail its job with a message for the user (Indonesian).
package struct JobFailure: Error, Sendable, Equatable {
    package let message: String

    package init(_ message: String) {
        self.message = message
    }
}

/// Thrown by the progress report and the cancellation check when the job must stop; handlers
/// let it propagate.
package enum JobInterruption: Error, Sendable, Equatable {
    /// A user cancelled the job.
    case cancelled
    /// The server is shutting down.
    case serverStopping
}
