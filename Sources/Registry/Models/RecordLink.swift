/// A record a message points to: the existing holder of a duplicate NIK or No KK.
package enum RecordLink: Sendable, Equatable {
    case household(Int64)
    case person(Int64)

    /// The page of the record.
    package var path: String {
        switch self {
        case .household(let id): "/keluarga/\(id)"
        case .person(let id): "/penduduk/\(id)"
        }
    }
}
