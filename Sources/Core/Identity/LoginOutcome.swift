/// The answer to a sign-in attempt.
package enum LoginOutcome: Sendable, Equatable {
    /// Signed in: the new session, whose token goes into the cookie.
    case signedIn(NewSession)
    case refused(LoginRefusal)
}

/// Why a sign-in was refused, with the sentence the login form shows.
package enum LoginRefusal: Sendable, Equatable {
    /// Unknown user, wrong password or deactivated account: one neutral message for all three,
    /// so the form does not tell which accounts exist.
    case wrongCredentials
    case accountLocked(minutes: Int)
    case addressLocked(minutes: Int)

    /// The Indonesian message for the login form.
    package var message: String {
        switch self {
        case .wrongCredentials:
            "Nama pengguna atau kata sandi salah."
        case .accountLocked(let minutes):
            "Terlalu banyak percobaan gagal untuk akun ini. Coba lagi dalam \(minutes) menit."
        case .addressLocked(let minutes):
            "Terlalu banyak percobaan gagal dari alamat jaringan Anda. Coba lagi dalam \(minutes) menit."
        }
    }
}

/// One sign-in attempt as the form submitted it.
package struct LoginAttempt: Sendable {
    package var username: String
    package var password: String
    /// The client address (`request.remoteAddress`).
    package var address: String
    package var requestID: String

    package init(username: String, password: String, address: String, requestID: String) {
        self.username = username
        self.password = password
        self.address = address
        self.requestID = requestID
    }
}
