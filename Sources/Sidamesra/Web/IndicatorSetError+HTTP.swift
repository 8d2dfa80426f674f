package import HTTPServer
import Web

extension IndicatorSetError: HTTPResponseError {
    package var status: HTTPStatus {
        switch self {
        case .invalid, .notReady: .unprocessableContent
        case .notFound: .notFound
        case .notDraft, .versionConflict: .conflict
        }
    }

    package var publicMessage: String? { message }
}
