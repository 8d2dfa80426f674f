package import HTTPServer
import Web

/// The check every state-changing request passes before its handler (DESIGN §4): the session's
/// CSRF token in the form field `csrf_token` or the `X-CSRF-Token` header, and, when the browser
/// sends `Origin`, an origin that is this site.
package enum CSRFCheck {
    /// The form field name, as `Templates/partials/csrf.mustache` writes it.
    package static let fieldName = "csrf_token"
    /// The header scripts use instead of the field.
    package static let headerName = "X-CSRF-Token"

    /// Throws `CSRFRejection` unless `request` carries `expected` and a same-site `Origin` (or none).
    package static func verify(_ request: Request, expected: String?) throws(CSRFRejection) {
        guard originIsAllowed(request) else { throw .foreignOrigin }
        guard CSRFToken.matches(submittedToken(in: request), expected: expected) else { throw .missingOrWrongToken }
    }

    /// The token the request carries: the header first, else the form field of a URL-encoded or
    /// multipart body. An unreadable body carries none.
    package static func submittedToken(in request: Request) -> String? {
        if let header = request.headers[headerName] { return header }
        // The body is in memory already; keeping file parts there too means checking the token
        // never writes the upload to disk a second time.
        var limits = MultipartLimits()
        limits.memoryThreshold = Int.max
        return (try? request.formData(limits: limits))?[fieldName]
    }

    /// Browsers send `Origin` on cross-site POSTs (RFC 6454 §7, Fetch "origin" header); when it is
    /// present it must name this host, over http or https. `Origin: null` (sandboxed or opaque
    /// origins) is refused.
    package static func originIsAllowed(_ request: Request) -> Bool {
        guard let origin = request.headers["Origin"] else { return true }
        guard let host = request.headers["Host"], !host.isEmpty else { return false }
        let lowered = origin.lowercased()
        let ourHost = host.lowercased()
        return lowered == "http://" + ourHost || lowered == "https://" + ourHost
    }
}

/// A state-changing request refused by `CSRFCheck`: a 403 page, the handler never runs.
package enum CSRFRejection: HTTPResponseError, Sendable, Equatable {
    case missingOrWrongToken
    case foreignOrigin

    package var status: HTTPStatus { .forbidden }

    package var publicMessage: String? {
        switch self {
        case .missingOrWrongToken:
            "Formulir ini sudah kedaluwarsa atau tidak sah. Muat ulang halaman, lalu kirim kembali."
        case .foreignOrigin:
            "Permintaan ini tidak berasal dari aplikasi ini sehingga ditolak."
        }
    }
}
