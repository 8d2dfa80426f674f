package import Core
package import Database
import Foundation
package import Mustache
import Registry

/// The rules of SLRT service requests: taking one (finding or registering the applicant), the
/// document checklist with attachments, and every step of `SLRTWorkflow` through the Core
/// workflow engine, each in one write transaction with its audit rows and the optimistic version check.
package struct RequestService: Sendable {
    package let pool: DatabasePool
    package let clock: Clock
    package let settings: SettingsCache
    package let attachments: AttachmentService
    package let templates: TemplateLibrary

    /// The attachment owner entity of request documents; the owner id is `<request id>/<document key>`.
    package static let attachmentEntity = "slrt_request"
    static let entity = "slrt"

    package init(
        pool: DatabasePool, clock: Clock, settings: SettingsCache, attachments: AttachmentService,
        templates: TemplateLibrary
    ) {
        self.pool = pool
        self.clock = clock
        self.settings = settings
        self.attachments = attachments
        self.templates = templates
    }

    var engine: WorkflowEngine { WorkflowEngine(SLRTWorkflow.definition) }

    /// The owner of document `key` of request `id`.
    package static func owner(request id: Int64, document key: String) -> AttachmentOwner {
        AttachmentOwner(entity: attachmentEntity, id: "\(id)/\(key)")
    }

    /// Takes a request: checks the type, the purpose fields and the uploads, finds the applicant by
    /// NIK (or registers them), stores the row, starts the workflow in step 1 and stores the files.
    package func create(
        _ input: RequestInput, uploads: [String: CheckedUpload], by actor: Actor, scope: AreaScope
    ) throws -> ServiceRequest {
        var problems: [String: String] = [:]
        guard let type = input.letterType else { throw RequestError.invalid(["jenis": "Pilih jenis surat."]) }
        let purpose = Self.checkedPurpose(input.purpose, type: type, problems: &problems)
        let nik = input.nik.filter(\.isASCIIDigit)
        if nik.count != 16 { problems["nik"] = "NIK terdiri dari 16 angka." }
        let documentKeys = Set(type.requiredDocuments.map(\.key))
        let ticked = Set(input.documents.filter { documentKeys.contains($0) }).union(uploads.keys.filter { documentKeys.contains($0) })
        guard problems.isEmpty else { throw RequestError.invalid(problems) }
        return try attachments.write { db, files in
            let now = clock.now
            let applicant = try applicant(nik: nik, registration: input.registration, by: actor, scope: scope, in: db)
            guard scope.contains(applicant.household.areaCode) else { throw RequestError.notFound }
            let id = try RequestStore.insert(
                RequestStore.NewRow(
                    letterType: type, personID: applicant.person.id, householdID: applicant.household.id,
                    applicantNIK: applicant.person.nik, applicantName: applicant.person.name,
                    areaCode: applicant.household.areaCode, purpose: purpose,
                    documents: type.requiredDocuments.map(\.key).filter { ticked.contains($0) }, state: .reception,
                    receivedBy: actor.userID),
                at: now, in: db)
            _ = try engine.start(
                itemID: id, state: RequestState.reception.rawValue, areaCode: applicant.household.areaCode, by: actor,
                note: nil, in: db, at: now)
            var changes = AuditChanges()
            changes.set("letter_type", to: type.rawValue)
            changes.set("person_id", to: String(applicant.person.id))
            for (key, upload) in uploads.sorted(by: { $0.key < $1.key }) where documentKeys.contains(key) {
                let stored = try files.store(upload, owner: Self.owner(request: id, document: key), by: actor, in: db, at: now)
                changes.set("berkas." + key, to: "\(stored.id) \(stored.fileName)")
            }
            try AuditLog.record(
                AuditEntry(action: "slrt.permohonan.buat", entity: Self.entity, entityID: String(id),
                           areaCode: applicant.household.areaCode, changes: changes),
                by: actor, in: db, at: now)
            guard let created = try RequestStore.find(id, in: .everywhere, db: db) else { throw RequestError.notFound }
            return created
        }
    }

    /// Saves purpose fields, the checklist and more files while the request is at the front office.
    package func updateDetails(
        _ id: Int64, purpose: [String: String], documents: [String], uploads: [String: CheckedUpload], version: Int,
        by actor: Actor, scope: AreaScope
    ) throws -> ServiceRequest {
        try attachments.write { db, files in
            let request = try load(id, version: version, scope: scope, in: db)
            guard request.state == .reception else {
                throw RequestError.refused("Berkas hanya dapat diubah selama permohonan di front office.")
            }
            var problems: [String: String] = [:]
            let checked = Self.checkedPurpose(purpose, type: request.letterType, problems: &problems)
            guard problems.isEmpty else { throw RequestError.invalid(problems) }
            let keys = request.letterType.requiredDocuments.map(\.key)
            let ticked = Set(documents).union(uploads.keys)
            let now = clock.now
            guard try RequestStore.updateDetails(
                id, purpose: checked, documents: keys.filter { ticked.contains($0) }, expectedVersion: version, at: now,
                in: db)
            else { throw RequestError.changed }
            var changes = AuditChanges()
            changes.set("purpose", from: JSONText.object(request.purpose), to: JSONText.object(checked))
            changes.set("documents", from: JSONText.array(request.documents), to: JSONText.array(keys.filter { ticked.contains($0) }))
            for (key, upload) in uploads.sorted(by: { $0.key < $1.key }) where keys.contains(key) {
                let stored = try files.replace(with: upload, owner: Self.owner(request: id, document: key), by: actor, in: db, at: now)
                changes.set("berkas." + key, to: "\(stored.id) \(stored.fileName)")
            }
            try AuditLog.record(
                AuditEntry(action: "slrt.permohonan.ubah", entity: Self.entity, entityID: String(id),
                           areaCode: request.areaCode, changes: changes),
                by: actor, in: db, at: now)
            guard let after = try RequestStore.find(id, in: .everywhere, db: db) else { throw RequestError.notFound }
            return after
        }
    }

    /// The request `id` inside `scope`.
    package func request(_ id: Int64, scope: AreaScope) throws -> ServiceRequest {
        guard let request = try pool.read({ try RequestStore.find(id, in: scope, db: $0) }) else {
            throw RequestError.notFound
        }
        return request
    }

    /// Loads the request for a change, refusing a stale version.
    func load(_ id: Int64, version: Int, scope: AreaScope, in db: Connection) throws -> ServiceRequest {
        guard let request = try RequestStore.find(id, in: scope, db: db) else { throw RequestError.notFound }
        guard request.version == version else { throw RequestError.changed }
        return request
    }

    /// The purpose fields of `type`, trimmed; each one must be filled in (dates as `YYYY-MM-DD`).
    static func checkedPurpose(
        _ purpose: [String: String], type: LetterType, problems: inout [String: String]
    ) -> [String: String] {
        var checked: [String: String] = [:]
        for field in type.purposeFields {
            let value = (purpose[field.key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty {
                problems["tujuan." + field.key] = "Isi \(field.label.lowercased())."
            } else if field.kind == .date, CalendarDate(iso: value) == nil {
                problems["tujuan." + field.key] = "Tulis tanggal dengan format TTTT-BB-HH."
            } else if value.count > 500 {
                problems["tujuan." + field.key] = "\(field.label) paling panjang 500 karakter."
            }
            checked[field.key] = value
        }
        return checked
    }

    /// The applicant by NIK; when the register does not know the NIK, registered from
    /// `registration` (joining the active household with that No KK, or founding it).
    private func applicant(
        nik: String, registration: RequestInput.Registration?, by actor: Actor, scope: AreaScope, in db: Connection
    ) throws -> (person: Person, household: Household) {
        if let found = try PersonStore.find(nik: nik, in: db) {
            guard found.person.status == .alive else {
                throw RequestError.invalid(["nik": "Penduduk dengan NIK ini tercatat \(found.person.status.label.lowercased())."])
            }
            guard let household = try HouseholdStore.find(found.person.householdID, in: scope, db: db) else {
                throw RequestError.invalid(["nik": "NIK terdaftar di luar wilayah Anda."])
            }
            return (found.person, household)
        }
        guard var registration else {
            throw RequestError.invalid(["nik": "NIK belum terdaftar: isi data pemohon untuk mendaftarkannya."])
        }
        registration.person.nik = nik
        let registry = RegistryService(pool: pool, clock: clock, settings: settings)
        do {
            let noKK = registration.household.noKK.filter(\.isASCIIDigit)
            if let household = try HouseholdStore.findActive(noKK: noKK, in: db) {
                let person = try registry.addMember(to: household.id, registration.person, by: actor, scope: scope, in: db)
                return (person, household)
            }
            let created = try registry.createHousehold(registration.household, head: registration.person, by: actor, scope: scope, in: db)
            return (created.head, created.household)
        } catch let error as RegistryError {
            guard case .invalid(let fields, _) = error else { throw RequestError.invalid(["nik": error.publicMessage ?? ""]) }
            var problems: [String: String] = [:]
            for (field, message) in fields { problems["daftar." + field.rawValue] = message }
            throw RequestError.invalid(problems)
        }
    }
}
