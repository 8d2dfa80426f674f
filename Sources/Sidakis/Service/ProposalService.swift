package import Core
package import Database
import DTKS
import Foundation
package import Registry

/// The rules of SIDAKIS proposals: submission with the required documents, the SOP's moves
/// through the workflow engine with the optimistic version check, resubmission of a returned
/// proposal, and BPJS results. Each operation is one write transaction with its event and audit
/// rows; when anything fails nothing is written (and stored files are removed).
package struct ProposalService: Sendable {
    package let pool: DatabasePool
    package let attachments: AttachmentService
    package let clock: Clock
    package let settings: SettingsCache
    package let registry: RegistryService

    /// The attachment owner entity of proposal documents.
    package static let attachmentEntity = "sidakis_proposal"
    /// The numbering series of registration numbers and of batches.
    package static let registrationSeries = "sidakis.registrasi"
    package static let batchSeries = "sidakis.batch"

    package init(pool: DatabasePool, attachments: AttachmentService, clock: Clock, settings: SettingsCache) {
        self.pool = pool
        self.attachments = attachments
        self.clock = clock
        self.settings = settings
        registry = RegistryService(pool: pool, clock: clock, settings: settings)
    }

    var engine: WorkflowEngine { WorkflowEngine(SidakisWorkflow.definition) }

    /// Today in the deployment's time zone (ages for the document rule).
    var today: CalendarDate { CalendarDate(clock.now, timeZone: settings.current.timeZone) }

    /// The proposal `id` inside `scope`, or `ProposalError.notFound`.
    package func proposal(_ id: Int64, scope: AreaScope) throws -> Proposal {
        guard let proposal = try pool.read({ try ProposalStore.find(id, in: scope, db: $0) }) else {
            throw ProposalError.notFound
        }
        return proposal
    }

    /// The proposal `id` inside `scope` for a page that shows the whole NIK: the opening is
    /// written to the audit trail (`sidakis.lihat`) in the transaction that reads it (DESIGN.md §4).
    package func openFullRecord(_ id: Int64, by actor: Actor, scope: AreaScope) throws -> Proposal {
        try pool.write { db in
            guard let proposal = try ProposalStore.find(id, in: scope, db: db) else { throw ProposalError.notFound }
            try AuditLog.record(
                AuditEntry(action: "sidakis.lihat", entity: SidakisWorkflow.definition.kind, entityID: String(id),
                           areaCode: proposal.areaCode),
                by: actor, in: db, at: clock.now)
            return proposal
        }
    }

    /// Submits one proposal per person in `input.personIDs` (a whole family at once, linked), each
    /// with its registration number and documents: the KK once for all, and per person the KTP
    /// (17 and over) or birth certificate/KIA. `files` are the form's uploads by field name;
    /// every problem is reported at once as `ProposalError.invalid`, nothing stored.
    package func submit(
        _ input: SubmissionInput, files: [String: AttachmentUpload], by actor: Actor, user: CurrentUser
    ) throws -> [Proposal] {
        var problems: [String: String] = [:]
        let (kind, previous, source, reason) = Self.validChoices(input, problems: &problems)
        let people = try pool.read { db in try members(input.personIDs, scope: user.scope, problems: &problems, in: db) }
        var checked: [String: CheckedUpload] = [:]
        // Only the KK and the documents of the persons chosen count; a file left in another
        // member's field is ignored rather than checked.
        let wanted = Set([SubmissionInput.Field.familyCard] + people.map { SubmissionInput.Field.personalDocument($0.0.id) })
        for (field, upload) in files where wanted.contains(field) {
            do {
                checked[field] = try AttachmentService.check(upload, kind: .document)
            } catch {
                guard error.isFieldError else { throw error }
                problems[field] = error.message
            }
        }
        if !people.isEmpty, checked[SubmissionInput.Field.familyCard] == nil, problems[SubmissionInput.Field.familyCard] == nil {
            problems[SubmissionInput.Field.familyCard] = "Unggah foto KK (JPEG, PNG atau PDF)."
        }
        for (person, _) in people {
            let field = SubmissionInput.Field.personalDocument(person.id)
            let needed = ProposalDocument.personal(forAge: person.birthDate.years(until: today))
            if checked[field] == nil, problems[field] == nil {
                problems[field] = "Unggah \(needed.label.lowercased()) untuk \(person.name)."
            }
        }
        guard let kind, let source, problems.isEmpty, !people.isEmpty else {
            throw ProposalError.invalid(problems)
        }
        let now = clock.now
        let format = try pool.read { try SidakisSettings.load(in: $0) }.numberFormat
        let timeZone = settings.current.timeZone
        return try attachments.write { db, files in
            var ids: [Int64] = []
            var familyCard: Attachment?
            for (person, household) in people {
                let number = try NumberingService.next(
                    series: Self.registrationSeries, format: format, code: "", unit: "", in: db, at: now, timeZone: timeZone)
                let id = try ProposalStore.insert(
                    ProposalStore.NewRow(
                        registrationNumber: number.text, kind: kind, previousSegment: previous, source: source,
                        personID: person.id, nik: person.nik, name: person.name, householdID: household.id,
                        areaCode: household.areaCode, familyGroup: nil, reason: reason, status: .submitted,
                        proposerID: actor.userID, proposerName: user.fullName),
                    at: now, in: db)
                _ = try engine.start(
                    itemID: id, state: ProposalStatus.submitted.rawValue, areaCode: household.areaCode, by: actor,
                    note: reason.isEmpty ? nil : reason, in: db, at: now)
                let owner = AttachmentOwner(entity: Self.attachmentEntity, id: String(id))
                if familyCard == nil, let upload = checked[SubmissionInput.Field.familyCard] {
                    familyCard = try files.store(upload, owner: owner, by: actor, in: db, at: now)
                }
                if let familyCard {
                    try ProposalDocumentStore.link(familyCard.id, to: id, as: .familyCard, at: now, in: db)
                }
                var stored: [(ProposalDocument, Attachment)] = familyCard.map { [(.familyCard, $0)] } ?? []
                if let upload = checked[SubmissionInput.Field.personalDocument(person.id)] {
                    let attachment = try files.store(upload, owner: owner, by: actor, in: db, at: now)
                    let document = ProposalDocument.personal(forAge: person.birthDate.years(until: today))
                    try ProposalDocumentStore.link(attachment.id, to: id, as: document, at: now, in: db)
                    stored.append((document, attachment))
                }
                try Self.recordDocuments(stored, proposal: id, area: household.areaCode, by: actor, in: db, at: now)
                ids.append(id)
            }
            if ids.count > 1, let first = ids.first {
                try ProposalStore.setFamilyGroup(first, for: ids, in: db)
            }
            return try ids.compactMap { try ProposalStore.find($0, in: .everywhere, db: db) }
        }
    }

    /// The audit row naming the files a proposal received (the attachment service writes none).
    static func recordDocuments(
        _ stored: [(ProposalDocument, Attachment)], proposal id: Int64, area: String, by actor: Actor, in db: Connection,
        at date: Date
    ) throws {
        guard !stored.isEmpty else { return }
        var changes = AuditChanges()
        for (document, attachment) in stored {
            changes.set(document.rawValue, to: "lampiran \(attachment.id) sha256 \(attachment.sha256)")
        }
        try AuditLog.record(
            AuditEntry(action: "sidakis.berkas", entity: SidakisWorkflow.definition.kind, entityID: String(id), areaCode: area,
                       changes: changes),
            by: actor, in: db, at: date)
    }

    static func validChoices(
        _ input: SubmissionInput, problems: inout [String: String]
    ) -> (ProposalKind?, PreviousSegment?, ProposalSource?, String) {
        let kind = ProposalKind(rawValue: input.kind)
        if kind == nil { problems[SubmissionInput.Field.kind] = "Pilih jenis usulan." }
        var previous: PreviousSegment?
        if kind == .transfer {
            previous = PreviousSegment(rawValue: input.previousSegment)
            if previous == nil {
                problems[SubmissionInput.Field.previousSegment] = "Pilih kepesertaan asal untuk pengalihan."
            }
        }
        let source = ProposalSource(rawValue: input.source)
        if source == nil { problems[SubmissionInput.Field.source] = "Pilih sumber usulan." }
        let reason = input.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.count > 2000 { problems[SubmissionInput.Field.reason] = "Alasan paling panjang 2.000 karakter." }
        return (kind, previous, source, reason)
    }

    /// The living persons `ids` of one active household inside `scope`.
    private func members(
        _ ids: [Int64], scope: AreaScope, problems: inout [String: String], in db: Connection
    ) throws -> [(Person, Household)] {
        var found: [(Person, Household)] = []
        var householdID: Int64?
        for id in Array(Set(ids)).sorted() {
            guard let person = try PersonStore.find(id, in: scope, db: db),
                let household = try HouseholdStore.find(person.householdID, in: scope, db: db)
            else {
                problems[SubmissionInput.Field.persons] = "Penduduk tidak ditemukan di wilayah Anda."
                continue
            }
            if person.status != .alive || household.status != .active {
                problems[SubmissionInput.Field.persons] = "\(person.name) tidak lagi tercatat hidup di keluarga aktif."
            }
            if let householdID, householdID != household.id {
                problems[SubmissionInput.Field.persons] = "Usulan sekeluarga hanya untuk anggota satu KK."
            }
            householdID = household.id
            found.append((person, household))
        }
        if ids.isEmpty { problems[SubmissionInput.Field.persons] = "Pilih paling sedikit satu orang yang diusulkan." }
        return found
    }
}
