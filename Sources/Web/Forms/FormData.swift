/// A submitted form: its text fields and, for multipart forms, its files.
package struct FormData: Sendable {
    /// The text fields, in order.
    package var fields: FormFields
    /// The files, in order; empty file inputs are left out.
    package var files: [UploadedFile]

    package init(fields: FormFields = FormFields(), files: [UploadedFile] = []) {
        self.fields = fields
        self.files = files
    }

    /// The first value of a text field.
    package subscript(name: String) -> String? { fields[name] }

    /// The first file sent under that field name.
    package func file(_ name: String) -> UploadedFile? {
        files.first { $0.fieldName == name }
    }

    /// Every file sent under that field name (`multiple` inputs).
    package func files(_ name: String) -> [UploadedFile] {
        files.filter { $0.fieldName == name }
    }
}
