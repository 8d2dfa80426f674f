package import Database
package import Web

/// Query parameters every API list reads the same way: strictly, an unknown value being a 400
/// that names the parameter, never a filter silently dropped or widened.
package enum APIQuery {
    /// The whole number `name` inside `range`, nil when absent; anything else is a 400.
    package static func integer(_ query: FormFields, _ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = query[name] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw APIError(
                .badRequest, message: "Parameter \(name) harus bilangan bulat \(range.lowerBound)–\(range.upperBound).",
                fields: [name: "Harus bilangan bulat \(range.lowerBound)–\(range.upperBound)."])
        }
        return value
    }

    /// The value of `name` as one of `T`'s cases, nil when absent.
    package static func choice<T: RawRepresentable<String> & CaseIterable>(
        _ query: FormFields, _ name: String, _ type: T.Type
    ) throws -> T? {
        guard let text = query[name] else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError(.badRequest, message: "Nilai \(name) tidak dikenal.", fields: [name: "Salah satu dari: \(allowed)."])
        }
        return value
    }

    /// The `wilayah` filter, as on the list pages: a kapanewon or kalurahan inside `scope`; any
    /// other code is not found, as a record outside the scope is. Absent or empty: no filter.
    package static func areaCode(_ query: FormFields, scope: AreaScope, in db: Connection) throws -> String? {
        guard let code = query["wilayah"], !code.isEmpty else { return nil }
        guard scope.contains(code), let area = try AreaStore.find(code, in: db), area.level == .kecamatan || area.level == .desa
        else {
            throw APIError(
                .notFound, message: "Wilayah tidak ditemukan di wilayah Anda.",
                fields: ["wilayah": "Tidak dikenal atau di luar wilayah Anda."])
        }
        return code
    }
}
