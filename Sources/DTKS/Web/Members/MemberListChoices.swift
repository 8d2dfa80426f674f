import Core
import Database
import Foundation
import Web

/// The members list's filter as the query string gives it, checked against the user's areas:
/// an area outside them, a desil outside 0–10 or an unknown status is ignored.
struct MemberListChoices {
    let filter: DTKSMemberFilter
    /// The kecamatan and desa the user may choose, by code.
    let areas: [Area]
    /// The filter's own query string, for page and export links.
    let query: String

    init(query parameters: FormFields, scope: AreaScope, in db: Connection) throws {
        areas = try (AreaStore.all(level: .kecamatan, in: db) + AreaStore.all(level: .desa, in: db))
            .filter { scope.contains($0.code) }
            .sorted { $0.code < $1.code }
        var filter = DTKSMemberFilter()
        var kept: [(String, String)] = []
        if let code = parameters["wilayah"], areas.contains(where: { $0.code == code }) {
            filter.areaCode = code
            kept.append(("wilayah", code))
        }
        if let text = parameters["desil"], let desil = Int(text), (0...10).contains(desil) {
            filter.desil = desil
            kept.append(("desil", text))
        }
        switch parameters["status"] {
        case "semua":
            filter.status = nil
            kept.append(("status", "semua"))
        case MemberStatus.inactive.rawValue:
            filter.status = .inactive
            kept.append(("status", MemberStatus.inactive.rawValue))
        default:
            filter.status = .active
        }
        if let text = parameters["keluarga"], let id = Int64(text) {
            filter.householdID = id
            kept.append(("keluarga", text))
        }
        self.filter = filter
        query = Self.queryString(kept)
    }

    /// `name=value&…`, percent-encoded.
    static func queryString(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: "\u{0}"..."\u{7F}"))
        allowed.insert(charactersIn: "-._~")
        return pairs.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
    }

    /// The filter's form fields.
    func fields(words: Settings) -> [FormField] {
        let areaOptions = [FormField.Option(value: "", label: "Semua wilayah Anda", selected: filter.areaCode == nil)]
            + areas.map {
                FormField.Option(value: $0.code, label: "\(words.word(for: $0.level)) \($0.name)", selected: $0.code == filter.areaCode)
            }
        let desilOptions = [FormField.Option(value: "", label: "Semua desil", selected: filter.desil == nil)]
            + (1...10).map { FormField.Option(value: String($0), label: "Desil \($0)", selected: filter.desil == $0) }
            + [FormField.Option(value: "0", label: "Belum ada desil", selected: filter.desil == 0)]
        let statusOptions = [
            FormField.Option(value: MemberStatus.active.rawValue, label: "Aktif", selected: filter.status == .active),
            FormField.Option(value: MemberStatus.inactive.rawValue, label: "Nonaktif", selected: filter.status == .inactive),
            FormField.Option(value: "semua", label: "Semua status", selected: filter.status == nil),
        ]
        return [
            FormField(name: "wilayah", label: "Wilayah", type: "select", options: areaOptions),
            FormField(name: "desil", label: "Desil", type: "select", options: desilOptions),
            FormField(name: "status", label: "Status", type: "select", options: statusOptions),
        ]
    }
}
