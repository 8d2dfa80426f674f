/// Why a server could not start.
package enum ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `start` was called twice.
    case alreadyStarted
    /// The host is not an IPv4 or IPv6 literal or `localhost`.
    case invalidHost(String)
    /// Another socket is bound to the address.
    case addressInUse(host: String, port: Int)
    /// A system call failed.
    case system(SystemError)

    /// A sentence for the log or the command line.
    package var description: String {
        switch self {
        case .alreadyStarted: "the server was already started"
        case .invalidHost(let host): "cannot listen on '\(host)': not an IP address"
        case .addressInUse(let host, let port): "\(host):\(port) is already in use"
        case .system(let error): error.description
        }
    }
}
