import Core
import Database
import Foundation
import HTTPServer
import Registry
import Web

extension SidakisController {
    struct ResubmitView: Encodable {
        let action: String
        let cancel: String
        let returnNote: String
        let fields: [FormField]
        let files: [FormField]
        let version: Int
        let hasErrors: Bool
        let conflict: String?
    }

    func resubmitForm(_ context: RequestContext) throws -> Response {
        let user = try context.signedInUser()
        let proposal = try service.proposal(try Self.id(context), scope: user.scope)
        var values = SubmissionValues()
        values.kind = proposal.kind.rawValue
        values.previousSegment = proposal.previousSegment?.rawValue ?? ""
        values.source = proposal.source.rawValue
        values.reason = proposal.reason
        return try renderResubmit(proposal, values: values, problems: [:], version: proposal.version, context: context, status: .ok)
    }

    func resubmitProposal(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (user, actor) = try Self.actor(request, context)
        let proposal = try service.proposal(try Self.id(context), scope: user.scope)
        let form = try request.formData()
        let values = SubmissionValues(form.fields)
        guard let version = form[SubmissionInput.Field.version].flatMap({ Int($0) }) else { throw HTTPError(.badRequest) }
        var files: [String: AttachmentUpload] = [:]
        for file in form.files where file.fieldName.hasPrefix("berkas_") {
            files[file.fieldName] = AttachmentUpload(file)
        }
        var input = values.input
        input.personIDs = [proposal.personID]
        do {
            let saved = try service.resubmit(proposal.id, input, files: files, version: version, note: values.note, by: actor, user: user)
            context.flash(.success, "Usulan \(saved.registrationNumber) diajukan ulang.")
            return .redirect(to: "/sidakis/usulan/\(saved.id)")
        } catch let error as ProposalError {
            guard case .invalid(let problems) = error else { throw error }
            return try renderResubmit(proposal, values: values, problems: problems, version: version, context: context, status: .unprocessableContent)
        }
    }

    private func renderResubmit(
        _ proposal: Proposal, values: SubmissionValues, problems: [String: String], version: Int, context: RequestContext,
        status: HTTPStatus
    ) throws -> Response {
        guard proposal.status == .returned else {
            throw ProposalError.notAllowed("Hanya usulan yang dikembalikan yang dapat diajukan ulang.")
        }
        let document = try pool.read { try service.personalDocument(proposal, in: $0) }
        var fields = kindFields(values, problems: problems)
        fields.append(FormField(
            name: SubmissionInput.Field.note, label: "Catatan perbaikan", value: values.note, type: "textarea",
            hint: "Apa yang sudah diperbaiki.", error: problems[SubmissionInput.Field.note]))
        let files = [
            FormField(name: SubmissionInput.Field.familyCard, label: "Ganti foto KK", type: "file",
                      hint: "Kosongkan bila tidak diganti.", error: problems[SubmissionInput.Field.familyCard]),
            FormField(name: SubmissionInput.Field.personalDocument(proposal.personID), label: "Ganti \(document.label.lowercased())",
                      type: "file", hint: "Kosongkan bila tidak diganti.",
                      error: problems[SubmissionInput.Field.personalDocument(proposal.personID)]),
        ]
        let view = ResubmitView(
            action: "/sidakis/usulan/\(proposal.id)/ajukan-ulang", cancel: "/sidakis/usulan/\(proposal.id)",
            returnNote: proposal.lastNote, fields: fields, files: files, version: version, hasErrors: !problems.isEmpty,
            conflict: nil)
        return try pages.render(
            "sidakis/ajukan-ulang", title: "Ajukan ulang \(proposal.registrationNumber)", view, context: context, status: status)
    }
}
