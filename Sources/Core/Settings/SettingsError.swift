/// Why the settings were not saved.
package enum SettingsError: Error, Sendable, Equatable {
    /// Field key (`SettingsKey`) → the Indonesian message shown next to that field.
    case invalid([String: String])
    /// Someone else saved the settings after this form was opened; nothing was written.
    case changedMeanwhile
}
