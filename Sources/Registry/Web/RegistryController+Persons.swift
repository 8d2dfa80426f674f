import Core
import Foundation
import HTTPServer
import Web

extension RegistryController {
    func addPersonRoutes(to routes: inout RouteBuilder, view: RouteAccess, edit: RouteAccess) {
        routes.get("/penduduk/:id", access: view) { request, context in try personPage(request, context) }
        routes.get("/penduduk/:id/ubah", access: edit) { _, context in
            let person = try service.person(try Self.id(context), scope: try context.signedInUser().scope)
            return try renderEditPerson(person, values: RegistryFormValues(person), error: nil, context: context, status: .ok)
        }
        routes.post("/penduduk/:id/ubah", access: edit) { request, context in try savePerson(request, &context) }
        routes.get("/penduduk/:id/pindah", access: edit) { _, context in
            let person = try service.person(try Self.id(context), scope: try context.signedInUser().scope)
            var values = RegistryFormValues()
            values.version = person.version
            return try renderMove(person, values: values, error: nil, context: context, status: .ok)
        }
        routes.post("/penduduk/:id/pindah", access: edit) { request, context in try movePerson(request, &context) }
        routes.get("/penduduk/:id/status", access: edit) { _, context in
            let person = try service.person(try Self.id(context), scope: try context.signedInUser().scope)
            var values = RegistryFormValues()
            values.version = person.version
            return try renderPersonStatus(person, values: values, error: nil, context: context, status: .ok)
        }
        routes.post("/penduduk/:id/status", access: edit) { request, context in try savePersonStatus(request, &context) }
    }

    /// Roles with `Action.viewFullNIK` see the whole NIK, and each such opening is audited; the
    /// others see it masked, and nothing is written.
    private func personPage(_ request: Request, _ context: RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let id = try Self.id(context)
        let showFullNIK = user.may(Action.viewFullNIK)
        let person = showFullNIK
            ? try service.openFullRecord(id, by: actor, scope: user.scope) : try service.person(id, scope: user.scope)
        let (household, stays, numbers, related) = try pool.read { db -> (Household?, [Membership], [Int64: String], [RelatedLink]) in
            let stays = try PersonStore.memberships(of: id, in: db)
            var numbers: [Int64: String] = [:]
            for householdID in Set(stays.map(\.householdID) + [person.householdID]) {
                numbers[householdID] = try HouseholdStore.find(householdID, in: .everywhere, db: db)?.noKK
            }
            let related = try linkProviders.flatMap { try $0.links(for: person, in: db) }.filter { $0.isVisible(to: user) }
            return (try HouseholdStore.find(person.householdID, in: .everywhere, db: db), stays, numbers, related)
        }
        guard let household else { throw RegistryError.notFound }
        let view = PersonPageView(
            person: person, household: household, showFullNIK: showFullNIK, memberships: stays, kkNumbers: numbers,
            related: related, canEdit: user.may(Action.editRegistry), words: settings.current)
        return try pages.render("penduduk/penduduk", title: person.name, view, context: context)
    }

    private func savePerson(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let person = try service.person(try Self.id(context), scope: user.scope)
        let values = RegistryFormValues(try request.urlEncodedForm())
        guard let version = values.version else { throw HTTPError(.badRequest) }
        do {
            let saved = try service.editPerson(
                person.id, values.person(includingNIK: user.may(Action.viewFullNIK)), version: version, by: actor,
                scope: user.scope)
            context.flash(.success, "Perubahan data \(saved.name) disimpan.")
            return .redirect(to: "/penduduk/\(saved.id)")
        } catch let error as RegistryError {
            return try renderEditPerson(person, values: values, error: error, context: context, status: error.status)
        }
    }

    private func movePerson(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let person = try service.person(try Self.id(context), scope: user.scope)
        let values = RegistryFormValues(try request.urlEncodedForm())
        guard let version = values.version else { throw HTTPError(.badRequest) }
        do {
            let moved = try service.movePerson(
                person.id, toNoKK: values[.targetNoKK], relationship: Relationship(rawValue: values[.relationship]),
                reason: values[.reason], version: version, by: actor, scope: user.scope)
            context.flash(.success, "\(moved.name) dipindahkan ke keluarga baru.")
            return .redirect(to: "/keluarga/\(moved.householdID)")
        } catch let error as RegistryError {
            return try renderMove(person, values: values, error: error, context: context, status: error.status)
        }
    }

    private func savePersonStatus(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let person = try service.person(try Self.id(context), scope: user.scope)
        let values = RegistryFormValues(try request.urlEncodedForm())
        guard let version = values.version else { throw HTTPError(.badRequest) }
        do {
            let saved = try service.setPersonStatus(
                person.id, to: PersonStatus(rawValue: values[.status]), on: values[.statusDate], reason: values[.reason],
                version: version, by: actor, scope: user.scope)
            context.flash(.success, "\(saved.name) ditandai \(saved.status.label.lowercased()).")
            return .redirect(to: "/penduduk/\(saved.id)")
        } catch let error as RegistryError {
            return try renderPersonStatus(person, values: values, error: error, context: context, status: error.status)
        }
    }

    private func renderEditPerson(
        _ person: Person, values: RegistryFormValues, error: RegistryError?, context: RequestContext, status: HTTPStatus
    ) throws -> Response {
        let user = try context.signedInUser()
        var values = values
        if case .personChanged(let current) = error { values.version = current.version }
        let includeNIK = user.may(Action.viewFullNIK)
        let view = formView(
            action: "/penduduk/\(person.id)/ubah", cancel: "/penduduk/\(person.id)", submit: "Simpan perubahan",
            intro: includeNIK ? nil : "NIK: \(person.maskedNIK) (tidak dapat diubah dengan peran Anda).",
            sections: [.init(heading: "Data penduduk", fields: RegistryFields.person(
                values, problems: error?.fieldErrors ?? [:], includeNIK: includeNIK, includeRelationship: true))],
            version: values.version ?? person.version, error: error)
        return try pages.render("keluarga/formulir", title: "Ubah data \(person.name)", view, context: context, status: status)
    }

    private func renderMove(
        _ person: Person, values: RegistryFormValues, error: RegistryError?, context: RequestContext, status: HTTPStatus
    ) throws -> Response {
        var values = values
        if case .personChanged(let current) = error { values.version = current.version }
        let problems = error?.fieldErrors ?? [:]
        let fields = [
            RegistryFields.text(.targetNoKK, label: "No KK keluarga tujuan", values: values, problems: problems,
                                required: true, hint: "Keluarga aktif di wilayah Anda."),
            RegistryFields.choice(Relationship.self, .relationship, label: "Hubungan dengan kepala keluarga tujuan",
                                  values: values, problems: problems),
            RegistryFields.text(.reason, label: "Alasan pindah", values: values, problems: problems, type: "textarea",
                                required: true, hint: "Misalnya: menikah, ikut orang tua, KK baru."),
        ]
        let view = formView(
            action: "/penduduk/\(person.id)/pindah", cancel: "/penduduk/\(person.id)", submit: "Pindahkan",
            intro: "\(person.name) keluar dari keluarganya sekarang dan menjadi anggota keluarga tujuan; riwayatnya tetap tersimpan.",
            sections: [.init(heading: "Pindah keluarga", fields: fields)],
            version: values.version ?? person.version, error: error)
        return try pages.render("keluarga/formulir", title: "Pindahkan \(person.name)", view, context: context, status: status)
    }

    private func renderPersonStatus(
        _ person: Person, values: RegistryFormValues, error: RegistryError?, context: RequestContext, status: HTTPStatus
    ) throws -> Response {
        var values = values
        if case .personChanged(let current) = error { values.version = current.version }
        let problems = error?.fieldErrors ?? [:]
        let choices = [PersonStatus.deceased, .movedAway]
        let options = [FormField.Option(value: "", label: "— pilih —", selected: false)]
            + choices.map { FormField.Option(value: $0.rawValue, label: $0.label, selected: $0.rawValue == values[.status]) }
        let fields = [
            FormField(name: RegistryField.status.rawValue, label: "Status baru", value: values[.status], type: "select",
                      required: true, hint: "Pindah: keluar dari wilayah. Untuk pindah ke keluarga lain, pakai Pindah keluarga.",
                      error: problems[.status], options: options),
            RegistryFields.text(.statusDate, label: "Tanggal", values: values, problems: problems, type: "date", required: true),
            RegistryFields.text(.reason, label: "Keterangan", values: values, problems: problems, type: "textarea"),
        ]
        let view = formView(
            action: "/penduduk/\(person.id)/status", cancel: "/penduduk/\(person.id)", submit: "Simpan status",
            intro: "Data penduduk tidak pernah dihapus; statusnya yang berubah.",
            sections: [.init(heading: "Status \(person.name)", fields: fields)],
            version: values.version ?? person.version, error: error)
        return try pages.render("keluarga/formulir", title: "Status \(person.name)", view, context: context, status: status)
    }
}
