/// A number taken from a series: its place in the year's sequence and its formatted text.
package struct IssuedNumber: Sendable, Equatable {
    package let series: String
    package let year: Int
    package let sequence: Int
    /// `400.9/007/Dinsos/XI/2026`.
    package let text: String
}
