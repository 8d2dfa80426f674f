import Core

/// The inputs of the registry forms, built from the typed values and the service's messages.
enum RegistryFields {
    static func choice<T: LabelledChoice>(
        _ type: T.Type, _ field: RegistryField, label: String, values: RegistryFormValues, problems: [RegistryField: String],
        blank: String = "— pilih —"
    ) -> FormField {
        let selected = values[field]
        let options = FormField.Option.list(Array(T.allCases), label: \.label, selected: selected, empty: blank)
        return FormField(
            name: field.rawValue, label: label, value: selected, type: "select", required: true, error: problems[field],
            options: options)
    }

    static func text(
        _ field: RegistryField, label: String, values: RegistryFormValues, problems: [RegistryField: String],
        type: String = "text", required: Bool = false, hint: String? = nil
    ) -> FormField {
        FormField(
            name: field.rawValue, label: label, value: values[field], type: type, required: required, hint: hint,
            error: problems[field], autocomplete: "off")
    }

    /// No KK, its override reason, desa, dusun, RT, RW and address.
    static func household(
        _ values: RegistryFormValues, problems: [RegistryField: String], desa: [Area], words: Settings
    ) -> [FormField] {
        let desaWord = words.desaWord
        let areaOptions = [FormField.Option(value: "", label: "— pilih \(desaWord.lowercased()) —", selected: values[.areaCode].isEmpty)]
            + desa.map { FormField.Option(value: $0.code, label: $0.name, selected: $0.code == values[.areaCode]) }
        return [
            text(.noKK, label: "No KK", values: values, problems: problems, required: true,
                 hint: "16 digit sesuai Kartu Keluarga."),
            text(.kkOverrideReason, label: "Alasan pengecualian No KK", values: values, problems: problems,
                 type: "textarea",
                 hint: "Isi hanya bila No KK lama memang tidak sesuai aturan kode wilayah (minimal \(IdentityOverride.minimumReasonLength) karakter); dicatat di jejak audit."),
            FormField(
                name: RegistryField.areaCode.rawValue, label: desaWord, value: values[.areaCode], type: "select",
                required: true, error: problems[.areaCode], options: areaOptions),
            text(.dusun, label: words.dusunWord, values: values, problems: problems),
            text(.rt, label: "RT", values: values, problems: problems, hint: "Angka, misalnya 003."),
            text(.rw, label: "RW", values: values, problems: problems),
            text(.address, label: "Alamat", values: values, problems: problems, type: "textarea"),
        ]
    }

    /// A person's inputs; `includeNIK` false for roles that see only the masked NIK,
    /// `includeRelationship` false for the head of a new household (always kepala keluarga).
    static func person(
        _ values: RegistryFormValues, problems: [RegistryField: String], includeNIK: Bool, includeRelationship: Bool
    ) -> [FormField] {
        var fields: [FormField] = []
        if includeNIK {
            fields.append(text(.nik, label: "NIK", values: values, problems: problems, required: true,
                               hint: "16 digit. Tanggal lahir perempuan ditambah 40."))
            fields.append(text(.nikOverrideReason, label: "Alasan pengecualian NIK", values: values, problems: problems,
                               type: "textarea",
                               hint: "Isi hanya bila NIK lama memang tidak sesuai aturan (minimal \(IdentityOverride.minimumReasonLength) karakter); dicatat di jejak audit."))
        }
        fields.append(text(.name, label: "Nama lengkap", values: values, problems: problems, required: true))
        fields.append(choice(Sex.self, .sex, label: "Jenis kelamin", values: values, problems: problems))
        fields.append(text(.birthPlace, label: "Tempat lahir", values: values, problems: problems))
        fields.append(text(.birthDate, label: "Tanggal lahir", values: values, problems: problems, type: "date", required: true))
        if includeRelationship {
            fields.append(choice(Relationship.self, .relationship, label: "Hubungan dengan kepala keluarga", values: values, problems: problems))
        }
        fields.append(choice(MaritalStatus.self, .maritalStatus, label: "Status perkawinan", values: values, problems: problems))
        fields.append(choice(Religion.self, .religion, label: "Agama", values: values, problems: problems))
        fields.append(choice(Education.self, .education, label: "Pendidikan terakhir", values: values, problems: problems))
        fields.append(text(.occupation, label: "Pekerjaan", values: values, problems: problems))
        fields.append(text(.motherName, label: "Nama ibu kandung", values: values, problems: problems))
        fields.append(choice(Disability.self, .disability, label: "Disabilitas", values: values, problems: problems))
        fields.append(text(.chronicIllness, label: "Penyakit kronis", values: values, problems: problems,
                           hint: "Kosongkan bila tidak ada."))
        fields.append(choice(JKNSegment.self, .jknSegment, label: "Kepesertaan JKN", values: values, problems: problems))
        return fields
    }
}
