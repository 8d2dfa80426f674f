/// Field messages and links gathered while checking a form.
struct Problems {
    private(set) var fields: [RegistryField: String] = [:]
    private(set) var links: [RegistryField: RecordLink] = [:]

    subscript(field: RegistryField) -> String? {
        get { fields[field] }
        set { fields[field] = newValue }
    }

    mutating func duplicate(_ field: RegistryField, message: String, link: RecordLink?) {
        fields[field] = message
        links[field] = link
    }

    var isEmpty: Bool { fields.isEmpty }
    var error: RegistryError { .invalid(fields, links: links) }
}
