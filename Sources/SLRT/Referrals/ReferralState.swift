/// Where a referral (rujukan) stands with the partner agency.
package enum ReferralState: String, Sendable, CaseIterable, Codable {
    case referred = "dirujuk"
    case accepted = "diterima"
    case followedUp = "ditindaklanjuti"
    case finished = "selesai"

    package var label: String {
        switch self {
        case .referred: "Dirujuk"
        case .accepted: "Diterima mitra"
        case .followedUp: "Ditindaklanjuti"
        case .finished: "Selesai"
        }
    }

    package var badge: String {
        switch self {
        case .referred: "info"
        case .accepted, .followedUp: "warn"
        case .finished: "ok"
        }
    }
}
