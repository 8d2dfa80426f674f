/// Name/value pairs from a query string or a form, in order; repeated names are all kept.
package struct FormFields: Sendable, Sequence {
    /// One decoded name/value pair.
    package struct Field: Sendable, Equatable {
        package var name: String
        package var value: String
        package init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Every pair, in the order sent.
    package private(set) var fields: [Field] = []

    package init(_ fields: [Field] = []) {
        self.fields = fields
    }

    /// Parses `application/x-www-form-urlencoded` (WHATWG URL §5.1): `&`-separated pairs, the name
    /// up to the first `=`, `+` as space, `%XX` escapes, UTF-8. Empty pairs are skipped; a pair
    /// without `=` has an empty value. A bad escape or invalid UTF-8 throws (a 400).
    package init<Bytes: Collection<UInt8>>(urlEncoded bytes: Bytes) throws(FormError) {
        var start = bytes.startIndex
        while start != bytes.endIndex {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "&")) ?? bytes.endIndex
            let pair = bytes[start..<end]
            if !pair.isEmpty {
                let equals = pair.firstIndex(of: UInt8(ascii: "=")) ?? pair.endIndex
                guard let name = PercentDecoding.decodeString(pair[..<equals], plusAsSpace: true) else {
                    throw .invalidEncoding
                }
                let valueBytes = equals == pair.endIndex ? pair[equals...] : pair[pair.index(after: equals)...]
                guard let value = PercentDecoding.decodeString(valueBytes, plusAsSpace: true) else {
                    throw .invalidEncoding
                }
                fields.append(Field(name: name, value: value))
            }
            start = end == bytes.endIndex ? end : bytes.index(after: end)
        }
    }

    /// The first value of the name, or nil.
    package subscript(name: String) -> String? {
        for field in fields where field.name == name { return field.value }
        return nil
    }

    /// Every value of the name, in order (checkboxes, multi-selects).
    package func all(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// The first value, or a 400 when the form lacks the field entirely.
    package func require(_ name: String) throws(FormError) -> String {
        guard let value = self[name] else { throw .missingField(name) }
        return value
    }

    package var isEmpty: Bool { fields.isEmpty }
    package var count: Int { fields.count }
    package func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    mutating func append(_ field: Field) {
        fields.append(field)
    }
}
