import Core
import Foundation
import Registry
import Sidakis

/// The body of `POST /api/v1/sidakis/usulan`: the people by NIK (one KK), the kind, source and
/// reason, and the documents as base64. This only translates: NIKs become the register's
/// person ids inside the user's areas, each document becomes the upload of the form field the
/// service expects (`berkas_kk`, `berkas_<id>`), and the service's field names come back as
/// this body's keys (`berkas[1].isi_base64`, `orang[0]`). Every rule (file type by content,
/// size, documents per age, one KK, numbering) stays in `ProposalService.submit`.
struct ProposalSubmission: Decodable {
    struct Document: Decodable {
        var jenis: ProposalDocument
        var nik: String?
        var namaFile: String
        var isiBase64: String

        enum CodingKeys: String, CodingKey {
            case jenis, nik
            case namaFile = "nama_file"
            case isiBase64 = "isi_base64"
        }
    }

    var orang: [String]
    var jenis: String
    var kepesertaanLama: String?
    var sumber: String
    var alasan: String?
    var berkas: [Document]

    enum CodingKeys: String, CodingKey {
        case orang, jenis, sumber, alasan, berkas
        case kepesertaanLama = "kepesertaan_lama"
    }

    /// Members of one KK; the largest households in the register are far smaller.
    static let maximumPersons = 20
    static let maximumDocuments = maximumPersons + 1
    /// The form's upload limit, in base64 (4 bytes for every 3), with room for the other fields.
    static let bodyLimit = SidakisController.submissionBodyLimit / 3 * 4 + 65_536

    /// What the body becomes for the service, or the field problems found translating it.
    struct Translation {
        var input: SubmissionInput
        var files: [String: AttachmentUpload] = [:]
        /// Service field name → this body's key, for the documents that were sent.
        var fieldNames: [String: String] = [:]
    }

    /// Submits through `ProposalService.submit` and returns the proposals created.
    func submit(with service: ProposalService, by actor: Actor, user: CurrentUser, today: CalendarDate) throws -> [Proposal] {
        guard orang.count <= Self.maximumPersons, berkas.count <= Self.maximumDocuments else {
            throw APIError(
                .unprocessableContent, message: "Paling banyak \(Self.maximumPersons) orang dan satu berkas KK.",
                fields: orang.count > Self.maximumPersons
                    ? ["orang": "Paling banyak \(Self.maximumPersons) orang."]
                    : ["berkas": "Paling banyak \(Self.maximumDocuments) berkas."])
        }
        let translation = try translate(scope: user.scope, today: today, service: service)
        do {
            return try service.submit(translation.input, files: translation.files, by: actor, user: user)
        } catch ProposalError.invalid(let problems) {
            var fields: [String: String] = [:]
            for (field, message) in problems {
                let key = translation.fieldNames[field]
                    ?? (field.hasPrefix("berkas_") ? "berkas" : field == SubmissionInput.Field.persons ? "orang" : field)
                fields[key] = fields[key].map { $0 + " " + message } ?? message
            }
            throw APIError(.unprocessableContent, message: "Usulan belum dapat diajukan.", fields: fields)
        }
    }

    private func translate(scope: AreaScope, today: CalendarDate, service: ProposalService) throws -> Translation {
        var problems: [String: String] = [:]
        var people: [String: Person] = [:]
        try service.pool.read { db in
            for (index, text) in orang.enumerated() {
                let nik = IdentityNumberText.normalized(text)
                // As on the form: a NIK outside the user's areas is as unknown as one nowhere.
                guard let (person, area) = try PersonStore.find(nik: nik, in: db), scope.contains(area) else {
                    problems["orang[\(index)]"] = "NIK tidak ditemukan di data penduduk wilayah Anda."
                    continue
                }
                people[nik] = person
            }
        }
        var translation = Translation(input: SubmissionInput(
            personIDs: people.values.map(\.id).sorted(), kind: jenis, previousSegment: kepesertaanLama ?? "", source: sumber,
            reason: alasan ?? ""))
        for (index, document) in berkas.enumerated() {
            let key = "berkas[\(index)]"
            let field: String
            if document.jenis == .familyCard {
                field = SubmissionInput.Field.familyCard
            } else {
                let nik = document.nik.map(IdentityNumberText.normalized) ?? (orang.count == 1 ? IdentityNumberText.normalized(orang[0]) : "")
                guard let person = people[nik] else {
                    problems[key + ".nik"] = nik.isEmpty
                        ? "Sebutkan NIK pemilik berkas ini." : "NIK ini bukan salah satu orang yang diusulkan."
                    continue
                }
                let needed = ProposalDocument.personal(forAge: person.birthDate.years(until: today))
                guard document.jenis == needed else {
                    problems[key + ".jenis"] = "\(person.name) perlu \(needed.label.lowercased()) (jenis \(needed.rawValue))."
                    continue
                }
                field = SubmissionInput.Field.personalDocument(person.id)
            }
            guard translation.files[field] == nil else {
                problems[key + ".jenis"] = "Berkas ini sudah dikirim pada baris sebelumnya."
                continue
            }
            // RFC 4648 §4, the standard alphabet with padding; anything else is not this file.
            guard let bytes = Data(base64Encoded: document.isiBase64) else {
                problems[key + ".isi_base64"] = "Isi berkas bukan base64 yang sah."
                continue
            }
            translation.files[field] = AttachmentUpload(fileName: document.namaFile, content: .bytes(Array(bytes)))
            translation.fieldNames[field] = key + ".isi_base64"
        }
        guard problems.isEmpty else {
            throw APIError(.unprocessableContent, message: "Usulan belum dapat diajukan.", fields: problems)
        }
        return translation
    }
}
