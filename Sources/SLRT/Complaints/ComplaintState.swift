/// Where a complaint (pengaduan) stands.
package enum ComplaintState: String, Sendable, CaseIterable, Codable {
    case received = "diterima"
    case followingUp = "ditindaklanjuti"
    case closed = "selesai"

    package var label: String {
        switch self {
        case .received: "Diterima"
        case .followingUp: "Ditindaklanjuti"
        case .closed: "Selesai"
        }
    }

    package var badge: String {
        switch self {
        case .received: "info"
        case .followingUp: "warn"
        case .closed: "ok"
        }
    }
}
