import Core
import Database
import Foundation
import HTTPServer
import Registry
import Web

extension SidakisController {
    struct MemberChoice: Encodable {
        let id: Int64
        let name: String
        let nik: String
        let relationship: String
        let age: Int
        let checked: Bool
        let document: FormField
    }

    struct SubmissionView: Encodable {
        let nik: String
        let lookup: FormField
        let found: Bool
        let householdText: String
        let members: [MemberChoice]
        let membersError: String?
        let fields: [FormField]
        let familyCard: FormField
        let hasErrors: Bool
        let action: String
        let cancel: String
        let submitLabel: String
        let version: Int?
        let intro: String?
    }

    /// What the form had: kept when it is shown again.
    struct SubmissionValues {
        var nik = ""
        var personIDs: Set<Int64> = []
        var kind = ""
        var previousSegment = ""
        var source = ""
        var reason = ""
        var note = ""

        init() {}

        init(_ fields: FormFields) {
            nik = (fields["nik"] ?? "").trimmingCharacters(in: .whitespaces)
            personIDs = Set(fields.all(SubmissionInput.Field.persons).compactMap { Int64($0) })
            kind = fields[SubmissionInput.Field.kind] ?? ""
            previousSegment = fields[SubmissionInput.Field.previousSegment] ?? ""
            source = fields[SubmissionInput.Field.source] ?? ""
            reason = fields[SubmissionInput.Field.reason] ?? ""
            note = fields[SubmissionInput.Field.note] ?? ""
        }

        var input: SubmissionInput {
            SubmissionInput(
                personIDs: personIDs.sorted(), kind: kind, previousSegment: previousSegment, source: source, reason: reason)
        }
    }

    static func defaultSource(for role: Role) -> ProposalSource {
        switch role {
        case .operator: .kalurahan
        case .pendamping: .socialCompanion
        default: .community
        }
    }

    func newProposal(_ request: Request, _ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        var values = SubmissionValues()
        let query = try request.queryParameters()
        values.nik = (query["nik"] ?? "").trimmingCharacters(in: .whitespaces)
        // From the person page: the person by id, so the NIK stays out of the link.
        if let personID = query["orang"].flatMap({ Int64($0) }),
            let person = try pool.read({ try PersonStore.find(personID, in: user.scope, db: $0) })
        {
            values.nik = person.nik
        }
        values.kind = ProposalKind.newRegistration.rawValue
        values.source = Self.defaultSource(for: user.role).rawValue
        return try renderSubmission(values, problems: [:], context: context, status: .ok, anchorChecked: true)
    }

    func createProposal(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let form = try request.formData()
        let values = SubmissionValues(form.fields)
        var files: [String: AttachmentUpload] = [:]
        for file in form.files where file.fieldName.hasPrefix("berkas_") {
            files[file.fieldName] = AttachmentUpload(file)
        }
        do {
            let created = try service.submit(values.input, files: files, by: actor, user: user)
            let numbers = created.map(\.registrationNumber).joined(separator: ", ")
            context.flash(.success, created.count > 1
                ? "\(created.count) usulan sekeluarga diajukan: \(numbers)." : "Usulan \(numbers) diajukan.")
            return .redirect(to: created.count == 1 ? "/sidakis/usulan/\(created[0].id)" : "/sidakis?saya=1")
        } catch let error as ProposalError {
            guard case .invalid(let problems) = error else { throw error }
            return try renderSubmission(values, problems: problems, context: context, status: .unprocessableContent, anchorChecked: false)
        }
    }

    func kindFields(_ values: SubmissionValues, problems: [String: String]) -> [FormField] {
        [
            FormField(name: SubmissionInput.Field.kind, label: "Jenis usulan", value: values.kind, type: "select", required: true,
                      error: problems[SubmissionInput.Field.kind],
                      options: FormField.Option.list(ProposalKind.allCases, label: \.label, selected: values.kind)),
            FormField(name: SubmissionInput.Field.previousSegment, label: "Kepesertaan asal (untuk pengalihan)",
                      value: values.previousSegment, type: "select",
                      hint: "Tunggakan iuran PBPU tidak dihapus oleh pengalihan.",
                      error: problems[SubmissionInput.Field.previousSegment],
                      options: FormField.Option.list(PreviousSegment.allCases, label: \.label, selected: values.previousSegment)),
            FormField(name: SubmissionInput.Field.source, label: "Sumber usulan", value: values.source, type: "select", required: true,
                      error: problems[SubmissionInput.Field.source],
                      options: FormField.Option.list(ProposalSource.allCases, label: \.label, selected: values.source)),
            FormField(name: SubmissionInput.Field.reason, label: "Alasan diusulkan", value: values.reason, type: "textarea",
                      hint: "Misalnya: sakit kronis, tidak mampu membayar iuran mandiri.",
                      error: problems[SubmissionInput.Field.reason]),
        ]
    }

    private func renderSubmission(
        _ values: SubmissionValues, problems: [String: String], context: RequestContext, status: HTTPStatus,
        anchorChecked: Bool
    ) throws -> Response {
        let user = try context.signedInUser()
        let today = CalendarDate(clock.now, timeZone: timeZone)
        var problems = problems
        let found: (Person, Household, [Person], String)? = try values.nik.isEmpty ? nil : pool.read { db in
            guard let (person, area) = try PersonStore.find(nik: IdentityNumberText.normalized(values.nik), in: db),
                user.scope.contains(area),
                let household = try HouseholdStore.find(person.householdID, in: user.scope, db: db)
            else { return nil }
            let members = try PersonStore.members(of: household.id, in: db).filter { $0.status == .alive }
            let areaName = try AreaStore.find(household.areaCode, in: db)?.name ?? household.areaCode
            return (person, household, members, areaName)
        }
        if !values.nik.isEmpty, found == nil { problems["nik"] = "NIK tidak ditemukan di data penduduk wilayah Anda." }
        let members = (found?.2 ?? []).map { member in
            let age = member.birthDate.years(until: today)
            let document = ProposalDocument.personal(forAge: age)
            let checked = values.personIDs.contains(member.id) || (anchorChecked && member.id == found?.0.id)
            return MemberChoice(
                id: member.id, name: member.name, nik: member.nik, relationship: member.relationship.label, age: age,
                checked: checked,
                document: FormField(
                    name: SubmissionInput.Field.personalDocument(member.id), label: "\(document.label) — \(member.name)",
                    type: "file", hint: "Wajib bila \(member.name) diusulkan. JPEG, PNG atau PDF, paling besar 5 MB.",
                    error: problems[SubmissionInput.Field.personalDocument(member.id)]))
        }
        let view = SubmissionView(
            nik: values.nik,
            lookup: FormField(name: "nik", label: "NIK orang yang diusulkan", value: values.nik, required: true,
                              hint: "Penduduk harus sudah tercatat di data keluarga wilayah Anda.", error: problems["nik"]),
            found: found != nil,
            householdText: found.map { "KK \($0.1.noKK) · \($0.1.address) RT \($0.1.rt)/RW \($0.1.rw) · \($0.3)" } ?? "",
            members: members, membersError: problems[SubmissionInput.Field.persons],
            fields: kindFields(values, problems: problems),
            familyCard: FormField(name: SubmissionInput.Field.familyCard, label: "Foto KK", type: "file", required: true,
                                  hint: "Satu berkas untuk seluruh anggota yang diusulkan. JPEG, PNG atau PDF, paling besar 5 MB.",
                                  error: problems[SubmissionInput.Field.familyCard]),
            hasErrors: !problems.isEmpty, action: "/sidakis/usulan/baru", cancel: "/sidakis", submitLabel: "Ajukan usulan",
            version: nil, intro: nil)
        return try pages.render("sidakis/usulan-baru", title: "Ajukan usulan PBI APBD", view, context: context, status: status)
    }
}
