/// Where a DTKS/DTSEN registration came from. Raw values are what `dtks_members.source` stores.
package enum MemberSource: String, Sendable, CaseIterable, Codable {
    /// A finalisation batch whose result came back from the Ministry.
    case finalisation = "finalisasi"
    /// A DTSEN desil file received from SIKS-NG.
    case dtsen
    /// A verivali round.
    case verivali
    /// Any other import (an ID DTKS result file, an older list).
    case importFile = "impor"

    /// The name shown to users.
    package var label: String {
        switch self {
        case .finalisation: "Finalisasi"
        case .dtsen: "Impor DTSEN"
        case .verivali: "Verivali"
        case .importFile: "Impor"
        }
    }
}

/// Whether a registration still holds. Raw values are what `dtks_members.status` stores.
package enum MemberStatus: String, Sendable, CaseIterable, Codable {
    case active = "aktif"
    case inactive = "nonaktif"

    /// The name shown to users.
    package var label: String {
        switch self {
        case .active: "Aktif"
        case .inactive: "Nonaktif"
        }
    }
}
