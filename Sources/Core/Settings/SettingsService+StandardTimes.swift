extension SettingsService {
    /// The largest standard accepted: one working year of minutes.
    package static let maximumStandardMinutes = 250 * 480

    /// Replaces the standard times of the steps in `definitions` from the form's text (field name
    /// `sla.<kind>.<state>`; empty = the SOP default), audited like every other settings change.
    /// Throws `SettingsError.invalid` keyed by field name.
    package func setStandardTimes(_ fields: [String: String], for definitions: [WorkflowDefinition], by actor: Actor) throws {
        let parsed = try Self.standardTimes(fields, for: definitions)
        let now = clock.now
        try writing { db, _ in
            let current = try SettingsStore.load(db)
            var next = current
            next.standardMinutes = parsed
            _ = try commit(next, over: current, by: actor, in: db, at: now)
        }
    }

    /// The form field of one step's standard.
    package static func standardTimeField(kind: String, state: String) -> String {
        "sla." + WorkflowSLA.settingKey(kind: kind, state: state)
    }

    static func standardTimes(_ fields: [String: String], for definitions: [WorkflowDefinition]) throws -> [String: Int] {
        var values: [String: Int] = [:]
        var problems: [String: String] = [:]
        for definition in definitions {
            for step in definition.steps where step.standardMinutes != nil && !step.isFinal {
                let name = standardTimeField(kind: definition.kind, state: step.state)
                let text = (fields[name] ?? "").filter { !$0.isWhitespace }
                if text.isEmpty { continue }
                guard let minutes = Int(text), minutes > 0, minutes <= maximumStandardMinutes else {
                    problems[name] = "Isi jumlah menit kerja, bilangan bulat 1 sampai \(maximumStandardMinutes), atau kosongkan untuk standar SOP."
                    continue
                }
                if minutes != step.standardMinutes {
                    values[WorkflowSLA.settingKey(kind: definition.kind, state: step.state)] = minutes
                }
            }
        }
        if !problems.isEmpty { throw SettingsError.invalid(problems) }
        return values
    }
}
