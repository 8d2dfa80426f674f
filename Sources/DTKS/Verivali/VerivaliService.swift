package import Core
package import Database
import Foundation
import Registry

/// The rules of verivali rounds: opening one for chosen desa, recording results, and closing it,
/// which applies every result in one write transaction: a failure on any household rolls the
/// whole round back, so a round is either applied entirely or not at all.
package struct VerivaliService: Sendable {
    package let pool: DatabasePool
    package let clock: Clock
    package let settings: SettingsCache

    /// The audit action names.
    package enum AuditAction {
        package static let open = "dtks.verivali.buka"
        package static let record = "dtks.verivali.catat"
        package static let close = "dtks.verivali.tutup"
    }

    /// One result as a field officer records it; a nil result clears the entry.
    package struct Recording: Sendable, Equatable {
        package let entryID: Int64
        package let result: VerivaliResult?
        package let note: String
        package let visitedOn: CalendarDate?

        package init(entryID: Int64, result: VerivaliResult?, note: String = "", visitedOn: CalendarDate? = nil) {
            self.entryID = entryID
            self.result = result
            self.note = note
            self.visitedOn = visitedOn
        }
    }

    package init(pool: DatabasePool, clock: Clock = .system, settings: SettingsCache = SettingsCache()) {
        self.pool = pool
        self.clock = clock
        self.settings = settings
    }

    /// Today in the deployment's time zone.
    package var today: CalendarDate { CalendarDate(clock.now, timeZone: settings.current.timeZone) }

    /// Opens a round named `name` on `day` for the desa `areaCodes` (each inside `scope`); it
    /// lists every active household with an active registration there. Returns the round's id.
    package func open(name: String, on day: String, areaCodes: [String], by actor: Actor, scope: AreaScope) throws -> Int64 {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let codes = Array(Set(areaCodes)).sorted()
        return try pool.write { db in
            var problems: [String: String] = [:]
            if name.isEmpty { problems["nama"] = "Isi nama putaran." } else if name.count > 120 { problems["nama"] = "Nama paling panjang 120 karakter." }
            let date = CalendarDate(iso: day.trimmingCharacters(in: .whitespaces))
            if date == nil { problems["tanggal"] = "Isi tanggal dengan format tttt-bb-hh." }
            if codes.isEmpty { problems["wilayah"] = "Pilih paling sedikit satu kalurahan." }
            for code in codes {
                guard let area = try AreaStore.find(code, in: db), area.level == .desa, scope.contains(code) else {
                    problems["wilayah"] = "Kalurahan \(code) tidak ada di wilayah Anda."
                    break
                }
                if let open = try VerivaliStore.openRound(covering: code, in: db) {
                    problems["wilayah"] = "Kalurahan \(area.name) masih ada di putaran terbuka \"\(open)\"; tutup dulu putaran itu."
                    break
                }
            }
            guard let date, problems.isEmpty else { throw VerivaliError.invalid(problems) }
            let now = clock.now
            let id = try VerivaliStore.insertRound(name: name, openedOn: date, createdBy: actor.userID, at: now, in: db)
            var households = 0
            for code in codes { households += try VerivaliStore.addArea(code, to: id, in: db) }
            var changes = AuditChanges()
            changes.set("name", to: name)
            changes.set("opened_on", to: date.iso)
            changes.set("areas", to: codes.joined(separator: ","))
            changes.set("households", to: String(households))
            try AuditLog.record(
                AuditEntry(action: AuditAction.open, entity: "verivali_round", entityID: String(id), changes: changes),
                by: actor, in: db, at: now)
            return id
        }
    }

    /// Saves the results that changed; entries outside `scope` are not found. Returns how many
    /// changed.
    @discardableResult
    package func record(_ recordings: [Recording], in roundID: Int64, by actor: Actor, scope: AreaScope) throws -> Int {
        try pool.write { db in
            guard let round = try VerivaliStore.round(roundID, in: scope, db: db) else { throw VerivaliError.notFound }
            guard round.status == .open else { throw VerivaliError.closed }
            let entries = Dictionary(
                uniqueKeysWithValues: try VerivaliStore.entries(of: roundID, in: scope, db: db).map { ($0.id, $0) })
            let now = clock.now
            var changed = 0
            for recording in recordings {
                guard let entry = entries[recording.entryID] else { throw VerivaliError.notFound }
                let note = recording.note.trimmingCharacters(in: .whitespacesAndNewlines)
                if let visited = recording.visitedOn, visited > today {
                    throw VerivaliError.invalid(["tanggal": "Tanggal kunjungan tidak boleh di masa depan."])
                }
                guard entry.result != recording.result || entry.note != note || entry.visitedOn != recording.visitedOn
                else { continue }
                guard try VerivaliStore.record(
                    entry.id, result: recording.result, note: note, visitedOn: recording.visitedOn, by: actor.userID,
                    expectedVersion: entry.version, at: now, in: db)
                else { throw VerivaliError.closed }
                var changes = AuditChanges()
                changes.set("result", from: entry.result.map { String($0.rawValue) }, to: recording.result.map { String($0.rawValue) })
                changes.set("note", from: entry.note, to: note)
                changes.set("visited_on", from: entry.visitedOn?.iso, to: recording.visitedOn?.iso)
                try AuditLog.record(
                    AuditEntry(action: AuditAction.record, entity: "verivali_entry", entityID: String(entry.id),
                               areaCode: entry.areaCode, changes: changes),
                    by: actor, in: db, at: now)
                changed += 1
            }
            return changed
        }
    }

    /// Closes the round and applies every result in this one transaction: codes 2–7 end the
    /// household's registrations with the result as the reason; 3 also marks the household moved
    /// away (its living members with it) and 7 marks the head dead and the household dissolved,
    /// through the register's service. Refused while any household has no result; any failure
    /// rolls everything back (`VerivaliError.applyFailed` names the household).
    package func close(_ roundID: Int64, by actor: Actor, scope: AreaScope) throws -> [VerivaliResult: Int] {
        let registry = RegistryService(pool: pool, clock: clock, settings: settings)
        let day = today
        return try pool.write { db in
            guard let round = try VerivaliStore.round(roundID, in: scope, db: db),
                round.areaCodes.allSatisfy(scope.contains)
            else { throw VerivaliError.notFound }
            guard round.status == .open else { throw VerivaliError.closed }
            let missing = try VerivaliStore.unrecordedCount(of: roundID, in: db)
            guard missing == 0 else { throw VerivaliError.unrecorded(missing) }
            let now = clock.now
            var counts: [VerivaliResult: Int] = [:]
            for entry in try VerivaliStore.entries(of: roundID, in: .everywhere, db: db) {
                guard let result = entry.result else { continue }
                do {
                    try apply(result, to: entry, round: round, day: entry.visitedOn ?? day, registry: registry, by: actor, in: db, at: now)
                } catch let error as VerivaliError {
                    throw error
                } catch let error as RegistryError {
                    throw VerivaliError.applyFailed(
                        noKK: IdentityNumberText.masked(entry.noKK), reason: error.publicMessage ?? "data keluarga berubah.")
                } catch let error as DTKSMemberError {
                    throw VerivaliError.applyFailed(noKK: IdentityNumberText.masked(entry.noKK), reason: error.message)
                }
                try VerivaliStore.markApplied(entry.id, at: now, in: db)
                counts[result, default: 0] += 1
            }
            guard try VerivaliStore.close(roundID, on: day, expectedVersion: round.version, at: now, in: db) else {
                throw VerivaliError.closed
            }
            var changes = AuditChanges()
            changes.set("status", from: VerivaliRound.Status.open.rawValue, to: VerivaliRound.Status.closed.rawValue)
            changes.set("closed_on", to: day.iso)
            for result in VerivaliResult.allCases { changes.set("code_\(result.rawValue)", to: String(counts[result] ?? 0)) }
            try AuditLog.record(
                AuditEntry(action: AuditAction.close, entity: "verivali_round", entityID: String(roundID), changes: changes),
                by: actor, in: db, at: now)
            return counts
        }
    }

    private func apply(
        _ result: VerivaliResult, to entry: VerivaliEntry, round: VerivaliRound, day: CalendarDate,
        registry: RegistryService, by actor: Actor, in db: Connection, at now: Date
    ) throws {
        guard result.endsRegistration else { return }
        let reason = "Verivali \(round.name): \(result.label)" + (entry.note.isEmpty ? "" : " — \(entry.note)")
        for member in try DTKSMemberStore.active(inHousehold: entry.householdID, in: db) {
            try DTKSMembers.deactivate(member.id, on: day, reason: reason, by: actor, in: db, at: now)
        }
        switch result {
        case .moved:
            guard let household = try HouseholdStore.find(entry.householdID, in: .everywhere, db: db) else {
                throw RegistryError.notFound
            }
            _ = try registry.setHouseholdStatus(
                household.id, to: .movedAway, on: day.iso, reason: reason, version: household.version, by: actor,
                scope: .everywhere, in: db)
        case .died:
            let living = try PersonStore.members(of: entry.householdID, in: db).filter { $0.status == .alive }
            guard let head = living.first(where: { $0.relationship == .head }) else {
                throw VerivaliError.applyFailed(
                    noKK: IdentityNumberText.masked(entry.noKK), reason: "Tidak ada kepala keluarga yang tercatat hidup.")
            }
            guard living.count == 1 else {
                throw VerivaliError.applyFailed(
                    noKK: IdentityNumberText.masked(entry.noKK),
                    reason: "Masih ada \(living.count - 1) anggota hidup; kode 7 hanya untuk keluarga tanpa anggota tersisa.")
            }
            _ = try registry.setPersonStatus(
                head.id, to: .deceased, on: day.iso, reason: reason, version: head.version, by: actor, scope: .everywhere,
                in: db)
            guard let household = try HouseholdStore.find(entry.householdID, in: .everywhere, db: db) else {
                throw RegistryError.notFound
            }
            _ = try registry.setHouseholdStatus(
                household.id, to: .dissolved, on: day.iso, reason: reason, version: household.version, by: actor,
                scope: .everywhere, in: db)
        case .verified, .notFound, .partOfAnotherHousehold, .duplicate, .noLongerEligible:
            break
        }
    }
}
