package import Core
package import Database
import Foundation

/// New versions of the indicators: copy a set into a draft, edit the draft, activate it. Each
/// change is one write transaction that checks the set's version and writes its audit row.
package struct IndicatorSetService: Sendable {
    package let pool: DatabasePool
    package let clock: Clock

    /// The audit action names of this service.
    package enum AuditAction {
        package static let copy = "iks.salin"
        package static let editMetadata = "iks.ubah"
        package static let editIndicator = "iks.ubah-indikator"
        package static let editBands = "iks.ubah-kategori"
        package static let activate = "iks.aktifkan"
        package static let retire = "iks.nonaktifkan"
    }

    static let entity = "indicator_set"

    package init(pool: DatabasePool, clock: Clock = .system) {
        self.pool = pool
        self.clock = clock
    }

    /// A new draft holding everything of set `sourceID` (indicators, options, bands), whatever
    /// the source's status.
    package func copyToDraft(_ sourceID: Int64, by actor: Actor) throws -> IndicatorSet {
        try pool.write { db in
            guard let source = try IndicatorSetStore.find(sourceID, in: db) else { throw IndicatorSetError.notFound }
            let now = clock.now
            let suffix = " (salinan)"
            let name = source.name.hasSuffix(suffix) ? source.name : source.name + suffix
            let id = try IndicatorSetStore.insertSet(
                name: String(name.prefix(200)), legalBasis: source.legalBasis, effectiveDate: source.effectiveDate,
                status: .draft, isExample: source.isExample, notes: source.notes, copiedFrom: source.id, at: now, in: db)
            for indicator in source.indicators {
                let indicatorID = try IndicatorSetStore.insertIndicator(
                    setID: id, code: indicator.code, theme: indicator.theme, question: indicator.question,
                    position: indicator.position, helpText: indicator.helpText, in: db)
                for option in indicator.options {
                    _ = try IndicatorSetStore.insertOption(
                        indicatorID: indicatorID, label: option.label, points: option.points,
                        position: option.position, in: db)
                }
            }
            for band in source.bands {
                _ = try IndicatorSetStore.insertBand(
                    setID: id, name: band.name, minScore: band.minScore, maxScore: band.maxScore,
                    colour: band.colour, position: band.position, in: db)
            }
            var changes = AuditChanges()
            changes.set("copied_from", to: String(source.id))
            changes.set("name", to: name)
            changes.set("status", to: IndicatorSetStatus.draft.rawValue)
            changes.set("indicators", to: String(source.indicators.count))
            changes.set("bands", to: String(source.bands.count))
            try record(AuditAction.copy, id, changes, by: actor, in: db, at: now)
            return try reload(id, in: db)
        }
    }

    /// Saves name, legal basis, effective date, notes and the example flag of a draft.
    package func editMetadata(_ id: Int64, _ edit: SetMetadataEdit, by actor: Actor) throws -> IndicatorSet {
        var edit = edit
        edit.name = edit.name.trimmingCharacters(in: .whitespacesAndNewlines)
        edit.legalBasis = edit.legalBasis.trimmingCharacters(in: .whitespacesAndNewlines)
        edit.effectiveDate = edit.effectiveDate.trimmingCharacters(in: .whitespaces)
        edit.notes = edit.notes.trimmingCharacters(in: .whitespacesAndNewlines)
        return try pool.write { db in
            let before = try draft(id, version: edit.version, in: db)
            let problems = IndicatorSetRules.metadataProblems(edit)
            guard problems.isEmpty else { throw IndicatorSetError.invalid(problems) }
            var changes = AuditChanges()
            changes.set("name", from: before.name, to: edit.name)
            changes.set("legal_basis", from: before.legalBasis, to: edit.legalBasis)
            changes.set("effective_date", from: before.effectiveDate, to: edit.effectiveDate)
            changes.set("notes", from: before.notes, to: edit.notes)
            changes.set("is_example", from: before.isExample ? "1" : "0", to: edit.isExample ? "1" : "0")
            guard !changes.isEmpty else { return before }
            let now = clock.now
            try claim(before, version: edit.version, at: now, in: db)
            try IndicatorSetStore.updateMetadata(
                id, name: edit.name, legalBasis: edit.legalBasis, effectiveDate: edit.effectiveDate, notes: edit.notes,
                isExample: edit.isExample, in: db)
            try record(AuditAction.editMetadata, id, changes, by: actor, in: db, at: now)
            return try reload(id, in: db)
        }
    }

    /// Saves one indicator of a draft: theme, question, help text, order, and its options'
    /// labels and points.
    package func editIndicator(
        _ setID: Int64, indicator indicatorID: Int64, _ edit: IndicatorEdit, by actor: Actor
    ) throws -> IndicatorSet {
        var edit = edit
        edit.theme = edit.theme.trimmingCharacters(in: .whitespacesAndNewlines)
        edit.question = edit.question.trimmingCharacters(in: .whitespacesAndNewlines)
        edit.helpText = edit.helpText.trimmingCharacters(in: .whitespacesAndNewlines)
        for index in edit.options.indices {
            edit.options[index].label = edit.options[index].label.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return try pool.write { db in
            let before = try draft(setID, version: edit.version, in: db)
            guard let indicator = before.indicator(id: indicatorID),
                edit.options.allSatisfy({ indicator.option(id: $0.id) != nil })
            else { throw IndicatorSetError.notFound }
            let problems = IndicatorSetRules.indicatorProblems(edit, of: indicator)
            guard problems.isEmpty, let position = edit.position else { throw IndicatorSetError.invalid(problems) }

            var changes = AuditChanges()
            let code = indicator.code
            changes.set("\(code).theme", from: indicator.theme, to: edit.theme)
            changes.set("\(code).question", from: indicator.question, to: edit.question)
            changes.set("\(code).help_text", from: indicator.helpText, to: edit.helpText)
            changes.set("\(code).position", from: String(indicator.position), to: String(position))
            var optionUpdates: [(id: Int64, label: String, points: Int)] = []
            for option in edit.options {
                guard let stored = indicator.option(id: option.id), let points = option.points else { continue }
                let key = "\(code).option\(stored.position)"
                changes.set("\(key).label", from: stored.label, to: option.label)
                changes.set("\(key).points", from: String(stored.points), to: String(points))
                if stored.label != option.label || stored.points != points {
                    optionUpdates.append((option.id, option.label, points))
                }
            }
            guard !changes.isEmpty else { return before }
            let now = clock.now
            try claim(before, version: edit.version, at: now, in: db)
            try IndicatorSetStore.updateIndicator(
                indicatorID, theme: edit.theme, question: edit.question, helpText: edit.helpText, position: position,
                in: db)
            for update in optionUpdates {
                try IndicatorSetStore.updateOption(update.id, label: update.label, points: update.points, in: db)
            }
            try record(AuditAction.editIndicator, setID, changes, by: actor, in: db, at: now)
            return try reload(setID, in: db)
        }
    }

    /// Saves the names, ranges and colours of a draft's bands. The bands must stay contiguous,
    /// without overlap, and cover every total the set's current points allow.
    package func editBands(_ setID: Int64, _ edit: BandsEdit, by actor: Actor) throws -> IndicatorSet {
        var edit = edit
        for index in edit.bands.indices {
            edit.bands[index].name = edit.bands[index].name.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return try pool.write { db in
            let before = try draft(setID, version: edit.version, in: db)
            guard edit.bands.allSatisfy({ band in before.bands.contains { $0.id == band.id } }) else {
                throw IndicatorSetError.notFound
            }
            let problems = IndicatorSetRules.bandProblems(edit, stored: before.bands, possible: before.possibleTotals)
            guard problems.isEmpty else { throw IndicatorSetError.invalid(problems) }

            var changes = AuditChanges()
            var updated = before.bands
            for band in edit.bands {
                guard let index = updated.firstIndex(where: { $0.id == band.id }),
                    let low = band.minScore, let high = band.maxScore
                else { continue }
                let stored = updated[index]
                let key = "band\(stored.id)"
                changes.set("\(key).name", from: stored.name, to: band.name)
                changes.set("\(key).range", from: "\(stored.minScore)–\(stored.maxScore)", to: "\(low)–\(high)")
                changes.set("\(key).colour", from: stored.colour, to: band.colour)
                updated[index].name = band.name
                updated[index].minScore = low
                updated[index].maxScore = high
                updated[index].colour = band.colour
            }
            guard !changes.isEmpty else { return before }
            let now = clock.now
            try claim(before, version: edit.version, at: now, in: db)
            for (position, band) in updated.sorted(by: { $0.minScore < $1.minScore }).enumerated() {
                try IndicatorSetStore.updateBand(
                    band.id, name: band.name, minScore: band.minScore, maxScore: band.maxScore, colour: band.colour,
                    position: position + 1, in: db)
            }
            try record(AuditAction.editBands, setID, changes, by: actor, in: db, at: now)
            return try reload(setID, in: db)
        }
    }

    /// Makes a complete draft the active set; the set active until now becomes retired, in the
    /// same transaction, so exactly one set is active before and after.
    package func activate(_ id: Int64, version: Int, by actor: Actor) throws -> IndicatorSet {
        try pool.write { db in
            let before = try draft(id, version: version, in: db)
            let problems = IndicatorSetRules.activationProblems(before)
            guard problems.isEmpty else { throw IndicatorSetError.notReady(problems) }
            let now = clock.now
            if let previous = try IndicatorSetStore.activeID(in: db) {
                try IndicatorSetStore.setStatus(previous, .retired, at: now, in: db)
                var changes = AuditChanges()
                changes.set("status", from: IndicatorSetStatus.active.rawValue, to: IndicatorSetStatus.retired.rawValue)
                changes.set("replaced_by", to: String(id))
                try record(AuditAction.retire, previous, changes, by: actor, in: db, at: now)
            }
            try IndicatorSetStore.setStatus(id, .active, at: now, in: db)
            var changes = AuditChanges()
            changes.set("status", from: IndicatorSetStatus.draft.rawValue, to: IndicatorSetStatus.active.rawValue)
            try record(AuditAction.activate, id, changes, by: actor, in: db, at: now)
            return try reload(id, in: db)
        }
    }

    /// The stored draft `id` at `version`; otherwise the reason it may not be changed.
    private func draft(_ id: Int64, version: Int, in db: Connection) throws -> IndicatorSet {
        guard let set = try IndicatorSetStore.find(id, in: db) else { throw IndicatorSetError.notFound }
        guard set.status == .draft else { throw IndicatorSetError.notDraft(set.status) }
        guard set.version == version else { throw IndicatorSetError.versionConflict(current: set) }
        return set
    }

    private func claim(_ set: IndicatorSet, version: Int, at date: Date, in db: Connection) throws {
        guard try IndicatorSetStore.claimVersion(set.id, expectedVersion: version, at: date, in: db) else {
            throw IndicatorSetError.versionConflict(current: set)
        }
    }

    private func reload(_ id: Int64, in db: Connection) throws -> IndicatorSet {
        guard let set = try IndicatorSetStore.find(id, in: db) else { throw IndicatorSetError.notFound }
        return set
    }

    private func record(
        _ action: String, _ id: Int64, _ changes: AuditChanges, by actor: Actor, in db: Connection, at date: Date
    ) throws {
        try AuditLog.record(
            AuditEntry(action: action, entity: Self.entity, entityID: String(id), changes: changes),
            by: actor, in: db, at: date)
    }
}
