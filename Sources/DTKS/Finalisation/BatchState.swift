/// Where a finalisation batch is: being filled, approved (disahkan) with its references, or
/// uploaded to the Ministry. Raw values are what `dtks_batches.status` stores.
package enum BatchState: String, Sendable, CaseIterable, Codable {
    case draft = "draf"
    case approved = "disahkan"
    case uploaded = "diunggah"

    package var label: String {
        switch self {
        case .draft: "Draf"
        case .approved: "Disahkan"
        case .uploaded: "Diunggah"
        }
    }

    package var tone: String {
        switch self {
        case .draft: "warn"
        case .approved: "info"
        case .uploaded: "ok"
        }
    }
}
