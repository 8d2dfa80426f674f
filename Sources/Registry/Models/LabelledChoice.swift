/// An enumeration stored by its raw value and shown by its Indonesian label (the selects of the
/// registry forms are built from `allCases`).
package protocol LabelledChoice: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {
    /// The word shown to users.
    var label: String { get }
}
