import Core
import Foundation
import Sidamesra
import Testing

/// New versions: copy into a draft, edit only drafts, activate one set at a time, every change
/// audited and guarded by the set's version.
@Suite struct VersioningTests {
    let fixture: IndicatorFixture
    let admin = IndicatorFixture.admin

    init() throws {
        fixture = try IndicatorFixture()
    }

    private func draft() throws -> IndicatorSet {
        try fixture.service.copyToDraft(IndicatorFixture.exampleID, by: admin)
    }

    @Test func aCopyIsADraftWithEveryIndicatorOptionAndBand() throws {
        let original = try fixture.example()
        let copy = try draft()
        #expect(copy.id != original.id)
        #expect(copy.status == .draft)
        #expect(copy.copiedFrom == original.id)
        #expect(copy.version == 1)
        #expect(copy.name == original.name + " (salinan)")
        #expect(copy.isExample)
        #expect(copy.indicators.map(\.code) == original.indicators.map(\.code))
        #expect(copy.indicators.map { $0.options.map(\.label) } == original.indicators.map { $0.options.map(\.label) })
        #expect(copy.indicators.map { $0.options.map(\.points) } == original.indicators.map { $0.options.map(\.points) })
        #expect(Set(copy.indicators.flatMap { $0.options.map(\.id) }).isDisjoint(with: original.indicators.flatMap { $0.options.map(\.id) }))
        #expect(copy.bands.map { [$0.minScore, $0.maxScore] } == original.bands.map { [$0.minScore, $0.maxScore] })
        #expect(try fixture.auditActions(of: copy.id) == [IndicatorSetService.AuditAction.copy])
        #expect(try fixture.example() == original, "the source is untouched")
    }

    @Test func copyEditActivateRetiresTheOldSetAndScoresTheSameAnswersDifferently() throws {
        let old = try fixture.example()
        let copy = try draft()
        let income = try #require(copy.indicator(code: "KRJ02"))
        // The new version weighs income twice as much: 0, 2, 4, 6, 8.
        let edited = try fixture.service.editIndicator(
            copy.id, indicator: income.id,
            IndicatorEdit(
                theme: income.theme, question: income.question, helpText: income.helpText, position: income.position,
                options: income.options.map { .init(id: $0.id, label: $0.label, points: $0.points * 2) },
                version: copy.version),
            by: admin)
        #expect(edited.version == copy.version + 1)
        #expect(edited.possibleTotals == 23...112)
        let bands = BandsEdit(
            bands: edited.bands.map { band in
                .init(id: band.id, name: band.name, minScore: band.minScore,
                      maxScore: band.name == "Mampu" ? 112 : band.maxScore, colour: band.colour)
            },
            version: edited.version)
        let ready = try fixture.service.editBands(copy.id, bands, by: admin)
        let activated = try fixture.service.activate(copy.id, version: ready.version, by: admin)

        #expect(activated.status == .active)
        #expect(try fixture.example().status == .retired)
        #expect(try IndicatorCatalog(pool: fixture.pool).activeSet()?.id == copy.id)

        // The same household answers, under each version.
        let chosen = try #require(answers(totaling: 60, in: old))
        let optionIDs = chosen.compactMapValues { answer -> Int64? in
            if case .option(let id) = answer { return id }
            return nil
        }
        let incomePosition = try #require(old.indicator(code: "KRJ02")?.option(id: optionIDs["KRJ02"] ?? 0)?.position)
        let oldScore = try Scoring.score(chosen, in: try fixture.example())
        let newScore = try Scoring.score(Scoring.carryOver(optionIDs, from: old, to: activated), in: activated)
        #expect(oldScore.total == 60)
        #expect(newScore.total == 60 + (incomePosition - 1))
        #expect(newScore.setID == activated.id)
        #expect(oldScore.setID == old.id)

        #expect(try fixture.auditActions(of: copy.id) == [
            IndicatorSetService.AuditAction.copy, IndicatorSetService.AuditAction.editIndicator,
            IndicatorSetService.AuditAction.editBands, IndicatorSetService.AuditAction.activate,
        ])
        #expect(try fixture.auditActions(of: old.id) == [IndicatorSetService.AuditAction.retire])
    }

    @Test func editingTheActiveSetIsRefusedAndChangesNothing() throws {
        let active = try fixture.example()
        let indicator = active.indicators[0]
        let audits = try fixture.auditCount()
        let refusal = fixture.refusal {
            _ = try fixture.service.editIndicator(
                active.id, indicator: indicator.id,
                IndicatorEdit(
                    theme: indicator.theme, question: "Diubah", helpText: "", position: 1, options: [],
                    version: active.version),
                by: admin)
        }
        #expect(refusal == .notDraft(.active))
        #expect(fixture.refusal {
            _ = try fixture.service.editMetadata(
                active.id,
                SetMetadataEdit(name: "Baru", legalBasis: "", effectiveDate: "2026-01-01", notes: "", isExample: false, version: active.version),
                by: admin)
        } == .notDraft(.active))
        #expect(fixture.refusal { _ = try fixture.service.activate(active.id, version: active.version, by: admin) } == .notDraft(.active))
        #expect(try fixture.example() == active)
        #expect(try fixture.auditCount() == audits)
    }

    @Test func aRetiredSetCannotBeEditedButCanBeCopiedAgain() throws {
        let copy = try draft()
        _ = try fixture.service.activate(copy.id, version: copy.version, by: admin)
        let retired = try fixture.example()
        #expect(fixture.refusal {
            _ = try fixture.service.editBands(retired.id, BandsEdit(bands: [], version: retired.version), by: admin)
        } == .notDraft(.retired))
        let again = try fixture.service.copyToDraft(retired.id, by: admin)
        #expect(again.status == .draft)
        let copyOfCopy = try fixture.service.copyToDraft(again.id, by: admin)
        #expect(copyOfCopy.name == retired.name + " (salinan)", "the suffix is not repeated")
        #expect(copyOfCopy.copiedFrom == again.id)
    }

    @Test(arguments: [
        ([(23, 43), (43, 65), (66, 86), (87, 108)], "tumpang tindih"),
        ([(23, 43), (45, 65), (66, 86), (87, 108)], "Skor 44 tidak masuk kategori mana pun"),
        ([(24, 43), (44, 65), (66, 86), (87, 108)], "harus mulai dari skor 23"),
        ([(23, 43), (44, 65), (66, 86), (87, 107)], "harus berakhir di skor 108"),
        ([(23, 43), (44, 65), (66, 90), (80, 108)], "tumpang tindih"),
    ])
    func bandsThatOverlapLeaveGapsOrMissTheRangeAreRefused(ranges: [(Int, Int)], message: String) throws {
        let copy = try draft()
        let edit = BandsEdit(
            bands: zip(copy.bands, ranges).map { band, range in
                .init(id: band.id, name: band.name, minScore: range.0, maxScore: range.1, colour: band.colour)
            },
            version: copy.version)
        let refusal = fixture.refusal { _ = try fixture.service.editBands(copy.id, edit, by: admin) }
        let problem = refusal?.fieldErrors[IndicatorSetField.bands] ?? ""
        #expect(problem.contains(message), "\(problem)")
        #expect(try fixture.set(copy.id) == copy, "nothing written")
        #expect(try fixture.auditActions(of: copy.id) == [IndicatorSetService.AuditAction.copy])
    }

    @Test func aBandFieldThatIsNotANumberOrUpsideDownIsReportedOnItsField() throws {
        let copy = try draft()
        let first = copy.bands[0]
        let second = copy.bands[1]
        let edit = BandsEdit(
            bands: [
                .init(id: first.id, name: " ", minScore: nil, maxScore: 43, colour: "ungu"),
                .init(id: second.id, name: second.name, minScore: 65, maxScore: 44, colour: second.colour),
            ],
            version: copy.version)
        let problems = fixture.refusal { _ = try fixture.service.editBands(copy.id, edit, by: admin) }?.fieldErrors ?? [:]
        #expect(problems[IndicatorSetField.band(first.id, "name")] != nil)
        #expect(problems[IndicatorSetField.band(first.id, "min")] != nil)
        #expect(problems[IndicatorSetField.band(first.id, "colour")] != nil)
        #expect(problems[IndicatorSetField.band(second.id, "max")] != nil)
    }

    @Test func aStaleVersionIsRefusedWithWhatIsStoredNow() throws {
        let copy = try draft()
        let saved = try fixture.service.editMetadata(
            copy.id,
            SetMetadataEdit(
                name: "IKS Bantul 2026", legalBasis: "Perbup contoh", effectiveDate: "2026-01-01", notes: "",
                isExample: false, version: copy.version),
            by: admin)
        #expect(saved.name == "IKS Bantul 2026")
        #expect(!saved.isExample)
        let late = fixture.refusal {
            _ = try fixture.service.editMetadata(
                copy.id,
                SetMetadataEdit(name: "Terlambat", legalBasis: "", effectiveDate: "2026-01-01", notes: "", isExample: true, version: copy.version),
                by: admin)
        }
        #expect(late == .versionConflict(current: saved))
        #expect(fixture.refusal { _ = try fixture.service.activate(copy.id, version: copy.version, by: admin) }
            == .versionConflict(current: saved))
        #expect(try fixture.set(copy.id).name == "IKS Bantul 2026")
    }

    @Test func aDraftWhoseBandsNoLongerFitItsPointsCannotBeActivated() throws {
        let copy = try draft()
        let indicator = copy.indicators[0]
        let edited = try fixture.service.editIndicator(
            copy.id, indicator: indicator.id,
            IndicatorEdit(
                theme: indicator.theme, question: indicator.question, helpText: "", position: indicator.position,
                options: indicator.options.map { .init(id: $0.id, label: $0.label, points: $0.points + 1) },
                version: copy.version),
            by: admin)
        let refusal = fixture.refusal { _ = try fixture.service.activate(copy.id, version: edited.version, by: admin) }
        guard case .notReady(let problems) = refusal else {
            Issue.record("expected notReady, got \(String(describing: refusal))")
            return
        }
        #expect(problems.contains { $0.contains("harus mulai dari skor 24") })
        #expect(problems.contains { $0.contains("harus berakhir di skor 109") })
        #expect(try fixture.example().status == .active, "the old set stays active")
        #expect(try fixture.set(copy.id).status == .draft)
    }

    @Test func invalidIndicatorInputIsReportedFieldByField() throws {
        let copy = try draft()
        let indicator = copy.indicators[0]
        let option = indicator.options[0]
        let edit = IndicatorEdit(
            theme: "", question: "  ", helpText: "", position: nil,
            options: [.init(id: option.id, label: "", points: -1)], version: copy.version)
        let problems = fixture.refusal {
            _ = try fixture.service.editIndicator(copy.id, indicator: indicator.id, edit, by: admin)
        }?.fieldErrors ?? [:]
        #expect(Set(problems.keys) == [
            IndicatorSetField.theme, IndicatorSetField.question, IndicatorSetField.position,
            IndicatorSetField.option(option.id, "label"), IndicatorSetField.option(option.id, "points"),
        ])
        #expect(try fixture.set(copy.id) == copy)
    }

    @Test func anOptionOfAnotherIndicatorIsNotFound() throws {
        let copy = try draft()
        let first = copy.indicators[0]
        let foreign = copy.indicators[1].options[0]
        let edit = IndicatorEdit(
            theme: first.theme, question: first.question, helpText: "", position: 1,
            options: [.init(id: foreign.id, label: "Curang", points: 4)], version: copy.version)
        #expect(fixture.refusal { _ = try fixture.service.editIndicator(copy.id, indicator: first.id, edit, by: admin) } == .notFound)
        #expect(try fixture.set(copy.id) == copy)
    }

    @Test(arguments: ["2026-02-30", "15-05-2023", "", "2023-13-01", "abcd-ef-gh"])
    func anImpossibleEffectiveDateIsRefused(date: String) throws {
        let copy = try draft()
        let problems = fixture.refusal {
            _ = try fixture.service.editMetadata(
                copy.id,
                SetMetadataEdit(name: "IKS", legalBasis: "", effectiveDate: date, notes: "", isExample: false, version: copy.version),
                by: admin)
        }?.fieldErrors ?? [:]
        #expect(problems[IndicatorSetField.effectiveDate] != nil)
    }

    @Test func anEditThatChangesNothingWritesNothing() throws {
        let copy = try draft()
        let same = try fixture.service.editMetadata(
            copy.id,
            SetMetadataEdit(
                name: copy.name, legalBasis: copy.legalBasis, effectiveDate: copy.effectiveDate, notes: copy.notes,
                isExample: copy.isExample, version: copy.version),
            by: admin)
        #expect(same.version == copy.version)
        #expect(try fixture.auditActions(of: copy.id) == [IndicatorSetService.AuditAction.copy])
    }

    @Test func theAuditRowNamesTheFieldsThatChanged() throws {
        let copy = try draft()
        let indicator = try #require(copy.indicator(code: "SAN02"))
        _ = try fixture.service.editIndicator(
            copy.id, indicator: indicator.id,
            IndicatorEdit(
                theme: indicator.theme, question: "Sumber air minum utama?", helpText: indicator.helpText,
                position: indicator.position,
                options: [.init(id: indicator.options[3].id, label: indicator.options[3].label, points: 5)],
                version: copy.version),
            by: admin)
        let changes: String = try fixture.pool.read { db in
            try db.scalar(String.self, "SELECT changes FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1",
                          [IndicatorSetService.AuditAction.editIndicator])
        }
        #expect(changes.contains("SAN02.question"))
        #expect(changes.contains("SAN02.option4.points"))
        #expect(!changes.contains("SAN02.theme"))
    }
}
