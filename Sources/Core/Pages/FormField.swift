/// One input as `Templates/partials/field.mustache` renders it: label, the value the user typed,
/// a hint, and the error next to the field.
package struct FormField: Sendable, Encodable, Equatable {
    package struct Option: Sendable, Encodable, Equatable {
        package let value: String
        package let label: String
        package let selected: Bool

        package init(value: String, label: String, selected: Bool) {
            self.value = value
            self.label = label
            self.selected = selected
        }
    }

    package let name: String
    package let label: String
    package var value: String
    package var error: String?
    package var hint: String?
    /// `text`, `password`, `email`, `number`, `date`, `file`, `textarea`, `select`, `checkbox`.
    package let type: String
    package var required: Bool
    package var options: [Option]
    package var checked: Bool
    /// The `autocomplete` attribute value (`username`, `current-password`, `new-password`, `off`).
    package var autocomplete: String?

    package init(
        name: String, label: String, value: String = "", type: String = "text", required: Bool = false,
        hint: String? = nil, error: String? = nil, options: [Option] = [], checked: Bool = false,
        autocomplete: String? = nil
    ) {
        self.name = name
        self.label = label
        self.value = value
        self.type = type
        self.required = required
        self.hint = hint
        self.error = error
        self.options = options
        self.checked = checked
        self.autocomplete = autocomplete
    }

    private enum CodingKeys: String, CodingKey {
        case name, label, value, error, hint, type, required, options, checked, autocomplete
        case isTextarea, isSelect, isCheckbox, isInput, isFile, id
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode("f-" + name, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(value, forKey: .value)
        try c.encodeIfPresent(error, forKey: .error)
        try c.encodeIfPresent(hint, forKey: .hint)
        try c.encode(type, forKey: .type)
        try c.encode(required, forKey: .required)
        try c.encode(options, forKey: .options)
        try c.encode(checked, forKey: .checked)
        try c.encodeIfPresent(autocomplete, forKey: .autocomplete)
        try c.encode(type == "file", forKey: .isFile)
        try c.encode(type == "textarea", forKey: .isTextarea)
        try c.encode(type == "select", forKey: .isSelect)
        try c.encode(type == "checkbox", forKey: .isCheckbox)
        try c.encode(!["textarea", "select", "checkbox"].contains(type), forKey: .isInput)
    }
}

extension Array where Element == FormField {
    /// True when any field carries an error (the form is shown again).
    package var hasErrors: Bool { contains { $0.error != nil } }

    /// Sets the error of the field called `name`.
    package mutating func setError(_ message: String, on name: String) {
        if let index = firstIndex(where: { $0.name == name }) { self[index].error = message }
    }
}

extension FormField.Option {
    /// The options of a select over `values` (by raw value), after an empty choice when `empty`
    /// names one ("— pilih —" on a form, "Semua" on a list filter).
    package static func list<T: RawRepresentable<String>>(
        _ values: [T], label: (T) -> String, selected: String, empty: String? = "— pilih —"
    ) -> [FormField.Option] {
        // The empty choice is selected whenever no value is: a stale or unknown value shows as unset.
        (empty.map { [FormField.Option(value: "", label: $0, selected: !values.contains { $0.rawValue == selected })] } ?? [])
            + values.map { FormField.Option(value: $0.rawValue, label: label($0), selected: $0.rawValue == selected) }
    }
}
