import Core
import HTTPServer
import Web

extension RegistryController {
    func renderNewHousehold(
        _ values: RegistryFormValues, error: RegistryError?, context: RequestContext, status: HTTPStatus
    ) throws -> Response {
        let user = try context.signedInUser()
        let problems = error?.fieldErrors ?? [:]
        var values = values
        values[.relationship] = Relationship.head.rawValue
        let view = formView(
            action: "/keluarga/baru", cancel: "/keluarga", submit: "Simpan keluarga",
            intro: "Catat Kartu Keluarga dan kepala keluarganya; anggota lain ditambahkan sesudahnya.",
            sections: [
                .init(heading: "Kartu Keluarga", fields: try householdFields(values, problems: problems, scope: user.scope)),
                .init(heading: "Kepala keluarga", fields: RegistryFields.person(
                    values, problems: problems, includeNIK: true, includeRelationship: false)),
            ],
            version: nil, error: error)
        return try pages.render("keluarga/formulir", title: "Keluarga baru", view, context: context, status: status)
    }

    func renderEditHousehold(
        _ household: Household, values: RegistryFormValues, error: RegistryError?, context: RequestContext,
        status: HTTPStatus
    ) throws -> Response {
        let user = try context.signedInUser()
        var values = values
        if case .householdChanged(let current) = error { values.version = current.version }
        let view = formView(
            action: "/keluarga/\(household.id)/ubah", cancel: "/keluarga/\(household.id)", submit: "Simpan perubahan",
            intro: nil,
            sections: [.init(heading: "Kartu Keluarga", fields: try householdFields(
                values, problems: error?.fieldErrors ?? [:], scope: user.scope))],
            version: values.version ?? household.version, error: error)
        return try pages.render(
            "keluarga/formulir", title: "Ubah keluarga \(household.maskedNoKK)", view, context: context, status: status)
    }

    func renderHouseholdStatus(
        _ household: Household, values: RegistryFormValues, error: RegistryError?, context: RequestContext,
        status: HTTPStatus
    ) throws -> Response {
        var values = values
        if case .householdChanged(let current) = error { values.version = current.version }
        let problems = error?.fieldErrors ?? [:]
        let choices = [HouseholdStatus.movedAway, .dissolved]
        let options = [FormField.Option(value: "", label: "— pilih —", selected: false)]
            + choices.map { FormField.Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == values[.status]) }
        let fields = [
            FormField(name: RegistryField.status.rawValue, label: "Status baru", value: values[.status], type: "select",
                      required: true, hint: "Pindah: seluruh keluarga pindah keluar wilayah; anggota yang hidup ikut ditandai pindah. Bubar: keluarga tidak ada lagi (anggotanya sudah pindah ke keluarga lain).",
                      error: problems[.status], options: options),
            RegistryFields.text(.statusDate, label: "Tanggal", values: values, problems: problems, type: "date", required: true),
            RegistryFields.text(.reason, label: "Alasan", values: values, problems: problems, type: "textarea", required: true),
        ]
        let view = formView(
            action: "/keluarga/\(household.id)/status", cancel: "/keluarga/\(household.id)", submit: "Simpan status",
            intro: "Data keluarga tidak pernah dihapus; statusnya yang berubah.",
            sections: [.init(heading: "Status keluarga", fields: fields)],
            version: values.version ?? household.version, error: error)
        return try pages.render(
            "keluarga/formulir", title: "Status keluarga \(household.maskedNoKK)", view, context: context, status: status)
    }

    func renderNewMember(
        _ household: Household, values: RegistryFormValues, error: RegistryError?, context: RequestContext,
        status: HTTPStatus
    ) throws -> Response {
        let view = formView(
            action: "/keluarga/\(household.id)/anggota/baru", cancel: "/keluarga/\(household.id)", submit: "Tambah anggota",
            intro: "Keluarga \(household.maskedNoKK)",
            sections: [.init(heading: "Anggota keluarga", fields: RegistryFields.person(
                values, problems: error?.fieldErrors ?? [:], includeNIK: true, includeRelationship: true))],
            version: nil, error: error)
        return try pages.render("keluarga/formulir", title: "Tambah anggota keluarga", view, context: context, status: status)
    }

    func formView(
        action: String, cancel: String, submit: String, intro: String?, sections: [RegistryFormView.Section],
        version: Int?, error: RegistryError?
    ) -> RegistryFormView {
        var duplicates: [DuplicateLink] = []
        var conflict: ConflictView?
        switch error {
        case .invalid(let problems, let links)?:
            duplicates = RegistryText.duplicateLinks(problems, links)
        case .householdChanged(let current)?:
            let areaName = (try? pool.read { try AreaStore.find(current.areaCode, in: $0) })??.name ?? current.areaCode
            conflict = ConflictView(
                message: RegistryError.staleMessage,
                facts: RegistryText.householdFacts(current, areaName: areaName, words: settings.current)
                    + [Fact(term: "Alamat lengkap", value: current.address)])
        case .personChanged(let current)?:
            conflict = ConflictView(message: RegistryError.staleMessage, facts: RegistryText.personFacts(current))
        case .notFound?, nil:
            break
        }
        return RegistryFormView(
            action: action, cancel: cancel, submitLabel: submit, intro: intro, sections: sections, version: version,
            hasErrors: !(error?.fieldErrors.isEmpty ?? true), duplicates: duplicates, conflict: conflict)
    }

    private func householdFields(
        _ values: RegistryFormValues, problems: [RegistryField: String], scope: AreaScope
    ) throws -> [FormField] {
        let desa = try pool.read { try AreaStore.all(level: .desa, in: $0) }.filter { scope.contains($0.code) }
        var values = values
        if values[.areaCode].isEmpty, desa.count == 1, let only = desa.first { values[.areaCode] = only.code }
        return RegistryFields.household(values, problems: problems, desa: desa, words: settings.current)
    }
}
