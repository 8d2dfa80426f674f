import Core

/// One workflow's steps on the settings page, each with its standard time input.
struct StandardTimeGroup: Encodable {
    struct Row: Encodable {
        let label: String
        let sopDefault: String
        let field: FormField
    }

    let label: String
    let rows: [Row]

    /// The groups for `definitions`, showing `input` as typed (or the stored values) and `problems`.
    static func groups(
        _ definitions: [WorkflowDefinition], stored: Settings, input: [String: String]?, problems: [String: String]
    ) -> [StandardTimeGroup] {
        definitions.map { definition in
            StandardTimeGroup(
                label: definition.label,
                rows: definition.steps.compactMap { step in
                    guard let sop = step.standardMinutes, !step.isFinal else { return nil }
                    let name = SettingsService.standardTimeField(kind: definition.kind, state: step.state)
                    let storedValue = stored.standardMinutes[WorkflowSLA.settingKey(kind: definition.kind, state: step.state)]
                    return Row(
                        label: step.label, sopDefault: WorkingDuration.text(sop),
                        field: FormField(
                            name: name, label: "Standar \(step.label) (menit kerja)",
                            value: input?[name] ?? storedValue.map(String.init) ?? "", type: "number",
                            hint: "Kosongkan untuk standar SOP: \(sop) menit.", error: problems[name],
                            autocomplete: "off"))
                })
        }
    }
}
