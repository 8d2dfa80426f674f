/// Why a QR code could not be made.
package enum QRError: Error, Equatable, Sendable {
    /// The data needs more than version 40 holds at this level.
    case dataTooLong(byteCount: Int, maximum: Int)
}
