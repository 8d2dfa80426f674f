/// The six roles of DESIGN.md §4. Raw values are what the database stores.
package enum Role: String, Sendable, CaseIterable, Codable, Hashable {
    case admin, `operator`, pendamping, staf, kasi, kadis

    /// The name shown to users.
    package var label: String {
        switch self {
        case .admin: "Administrator"
        case .operator: "Operator Kalurahan"
        case .pendamping: "Pendamping (TKPK)"
        case .staf: "Staf Dinas Sosial"
        case .kasi: "Kepala Seksi"
        case .kadis: "Kepala Dinas"
        }
    }

    /// Operators and pendamping work inside their assigned areas; every other role covers the
    /// whole deployment.
    package var isAreaBound: Bool { self == .operator || self == .pendamping }
}
