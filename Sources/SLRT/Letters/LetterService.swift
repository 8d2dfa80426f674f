package import Core
package import Database
package import Foundation
package import Mustache
import Registry

/// Issues letters inside the caller's write transaction: the number from the Core numbering
/// service (gap-free per type and year because it shares the transaction), a fresh verification
/// code, the body rendered from `Templates/letters/<type>.mustache`, and the whole content frozen
/// into the row. Also revokes them.
package struct LetterService: Sendable {
    package let templates: TemplateLibrary
    package let settings: SettingsCache

    package init(templates: TemplateLibrary, settings: SettingsCache) {
        self.templates = templates
        self.settings = settings
    }

    /// Issues the letter of `request` (its step 4), returning the stored letter.
    @discardableResult
    package func issue(for request: ServiceRequest, by actor: Actor, in db: Connection, at date: Date) throws -> IssuedLetter {
        let slrt = try SLRTSettingsStore.load(in: db).settings
        let facts = request.check ?? EligibilityFacts(
            isDTKSMember: false, idDTKS: nil, desil: nil, sidamesraCategory: nil, sidamesraTotal: nil)
        let purposeLines = request.letterType.purposeFields.map { field in
            LetterContext.PurposeLine(label: field.label, value: displayValue(request.purpose[field.key] ?? "", kind: field.kind))
        }
        var purpose = request.purpose
        for field in request.letterType.purposeFields where field.kind == .date {
            purpose[field.key] = displayValue(request.purpose[field.key] ?? "", kind: .date)
        }
        return try issue(
            Draft(
                requestID: request.id, referralID: nil, template: request.letterType.rawValue,
                title: request.letterType.title, series: request.letterType.series,
                format: slrt.numberFormat(request.letterType), personID: request.personID,
                householdID: request.householdID, areaCode: request.areaCode, purposeLines: purposeLines,
                purpose: purpose, facts: facts, partner: "", need: ""),
            settings: slrt, by: actor, in: db, at: date)
    }

    /// What differs between a request letter and a referral letter.
    struct Draft {
        var requestID: Int64?
        var referralID: Int64?
        var template: String
        var title: String
        var series: String
        var format: String
        var personID: Int64
        var householdID: Int64
        var areaCode: String
        var purposeLines: [LetterContext.PurposeLine]
        var purpose: [String: String]
        var facts: EligibilityFacts
        var partner: String
        var need: String
    }

    func issue(_ draft: Draft, settings slrt: SLRTSettings, by actor: Actor, in db: Connection, at date: Date) throws -> IssuedLetter {
        let core = settings.current
        guard let person = try PersonStore.find(draft.personID, in: .everywhere, db: db),
            let household = try HouseholdStore.find(draft.householdID, in: .everywhere, db: db)
        else { throw RequestError.notFound }
        let number = try NumberingService.next(
            series: draft.series, format: draft.format, code: "", unit: "", in: db, at: date, timeZone: core.timeZone)
        let day = CalendarDate(date, timeZone: core.timeZone)
        let signatory = Self.signatory(core: core, slrt: slrt)
        let context = LetterContext(
            letterTitle: draft.title, number: number.text, place: slrt.place, date: day.indonesian,
            applicant: LetterContext.Applicant(
                name: person.name, nik: person.nik, birthPlace: person.birthPlace, birthDate: person.birthDate.indonesian,
                sex: person.sex == .female ? "Perempuan" : "Laki-laki", relationship: person.relationship.label,
                occupation: person.occupation),
            household: try householdFacts(household, core: core, in: db),
            purposeLines: draft.purposeLines, purpose: draft.purpose,
            dtks: LetterContext.DTKSFacts(
                registered: draft.facts.isDTKSMember, idDTKS: draft.facts.idDTKS ?? "",
                desil: draft.facts.desil.map(String.init) ?? "", text: draft.facts.dtksText.lowercasedFirst),
            sidamesra: LetterContext.SidamesraFacts(
                assessed: draft.facts.sidamesraCategory != nil, category: draft.facts.sidamesraCategory ?? "",
                total: draft.facts.sidamesraTotal.map(String.init) ?? "", text: draft.facts.sidamesraText),
            signatory: signatory, instansi: core.instansiName, partner: draft.partner, need: draft.need)
        let rendered = try templates.render("letters/" + draft.template, context)
        let code = VerificationCode.make()
        let content = LetterContent(
            title: draft.title, number: number.text, letterhead: Self.letterhead(core: core, slrt: slrt),
            paragraphs: LetterBody.paragraphs(fromRendered: String(decoding: rendered, as: UTF8.self)),
            placeAndDate: "\(slrt.place), \(day.indonesian)", signatory: signatory, verificationCode: code,
            verificationURL: slrt.publicBaseURL.trimmingSuffix("/") + "/verifikasi/" + code, context: context)
        let id = try LetterStore.insert(
            LetterStore.NewRow(
                requestID: draft.requestID, referralID: draft.referralID, letterType: draft.template, number: number.text,
                series: draft.series, sequence: number.sequence, year: number.year, issuedOn: day,
                verificationCode: code, maskedName: NameMask.mask(person.name), title: draft.title,
                issuer: core.instansiName, areaCode: draft.areaCode, content: content, issuedBy: actor.userID),
            at: date, in: db)
        var changes = AuditChanges()
        changes.set("number", to: number.text)
        changes.set("request_id", to: draft.requestID.map(String.init))
        changes.set("referral_id", to: draft.referralID.map(String.init))
        try AuditLog.record(
            AuditEntry(action: "slrt.surat.terbit", entity: "slrt_letter", entityID: String(id), areaCode: draft.areaCode,
                       changes: changes),
            by: actor, in: db, at: date)
        guard let letter = try LetterStore.find(id, in: .everywhere, db: db) else { throw RequestError.notFound }
        return letter
    }

    /// Revokes letter `id` with a written reason (the kasi); the public page says so from then on.
    package func revoke(_ id: Int64, reason: String, by actor: Actor, scope: AreaScope, pool: DatabasePool, at date: Date) throws -> IssuedLetter {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard reason.count >= 10 else {
            throw RequestError.invalid(["alasan": "Tulis alasan pencabutan (minimal 10 karakter)."])
        }
        return try pool.write { db in
            guard let letter = try LetterStore.find(id, in: scope, db: db) else { throw RequestError.notFound }
            guard try LetterStore.revoke(id, reason: reason, by: actor.userID, at: date, in: db) else {
                throw RequestError.refused("Surat ini sudah dicabut.")
            }
            var changes = AuditChanges()
            changes.set("revoked_reason", to: reason)
            try AuditLog.record(
                AuditEntry(action: "slrt.surat.cabut", entity: "slrt_letter", entityID: String(id), areaCode: letter.areaCode,
                           changes: changes),
                by: actor, in: db, at: date)
            guard let after = try LetterStore.find(id, in: .everywhere, db: db) else { throw RequestError.notFound }
            return after
        }
    }

    /// The signatory the SLRT settings name, or the Kepala Dinas of the Core settings.
    static func signatory(core: Settings, slrt: SLRTSettings) -> LetterContent.Signatory {
        if slrt.signatoryName.trimmingCharacters(in: .whitespaces).isEmpty {
            return LetterContent.Signatory(
                title: core.kepalaDinasTitle, name: core.kepalaDinasName, rank: slrt.signatoryRank, nip: core.kepalaDinasNIP)
        }
        return LetterContent.Signatory(
            title: slrt.signatoryTitle.isEmpty ? core.kepalaDinasTitle : slrt.signatoryTitle, name: slrt.signatoryName,
            rank: slrt.signatoryRank, nip: slrt.signatoryNIP)
    }

    /// The kop surat from both settings.
    static func letterhead(core: Settings, slrt: SLRTSettings) -> LetterContent.Letterhead {
        var contact: [String] = []
        if !core.phone.isEmpty { contact.append("Telp. " + core.phone) }
        if !core.email.isEmpty { contact.append("Email: " + core.email) }
        if !core.website.isEmpty { contact.append("Laman: " + core.website) }
        return LetterContent.Letterhead(
            government: slrt.letterheadGovernment, office: slrt.letterheadOffice,
            addressLines: core.addressLines.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) },
            contactLine: contact.joined(separator: " · "), logoAttachmentID: core.logoAttachmentID)
    }

    private func householdFacts(_ household: Household, core: Settings, in db: Connection) throws -> LetterContext.HouseholdFacts {
        let path = try AreaStore.path(to: household.areaCode, in: db)
        let desa = path.last { $0.level == .desa }?.name ?? ""
        let kecamatan = path.last { $0.level == .kecamatan }?.name ?? ""
        var parts: [String] = []
        if !household.address.isEmpty { parts.append(household.address) }
        if !household.dusun.isEmpty { parts.append("\(core.dusunWord) \(household.dusun)") }
        if !household.rt.isEmpty || !household.rw.isEmpty { parts.append("RT \(household.rt)/RW \(household.rw)") }
        if !desa.isEmpty { parts.append("\(core.desaWord) \(desa)") }
        if !kecamatan.isEmpty { parts.append("\(core.kecamatanWord) \(kecamatan)") }
        return LetterContext.HouseholdFacts(
            noKK: household.noKK, address: household.address, rt: household.rt, rw: household.rw, dusun: household.dusun,
            desa: desa, kecamatan: kecamatan, fullAddress: parts.joined(separator: ", "))
    }

    private func displayValue(_ value: String, kind: PurposeField.Kind) -> String {
        guard kind == .date, let day = CalendarDate(iso: value) else { return value }
        return day.indonesian
    }
}

extension String {
    /// The text with its first letter lowercased ("Tidak terdaftar DTKS" inside a sentence).
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }

    /// The text without one trailing `suffix`.
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
