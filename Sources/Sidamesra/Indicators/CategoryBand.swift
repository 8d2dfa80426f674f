/// A welfare category by total score (Sangat Miskin 23–43, …), with its colour token.
package struct CategoryBand: Sendable, Equatable, Identifiable {
    package let id: Int64
    package let setID: Int64
    package var name: String
    package var minScore: Int
    package var maxScore: Int
    /// A token the stylesheet styles as `.band-<colour>`; one of `CategoryBand.colours`.
    package var colour: String
    package var position: Int

    package init(id: Int64, setID: Int64, name: String, minScore: Int, maxScore: Int, colour: String, position: Int) {
        self.id = id
        self.setID = setID
        self.name = name
        self.minScore = minScore
        self.maxScore = maxScore
        self.colour = colour
        self.position = position
    }

    /// True when `total` falls in this band (both ends included).
    package func contains(_ total: Int) -> Bool { minScore <= total && total <= maxScore }

    /// The colour tokens the stylesheet knows, worst to best, with their Indonesian names.
    package static let colours: [(token: String, label: String)] = [
        ("sangat-miskin", "Merah (sangat miskin)"),
        ("miskin", "Jingga (miskin)"),
        ("rentan-miskin", "Kuning (rentan miskin)"),
        ("mampu", "Hijau (mampu)"),
        ("netral", "Abu-abu (netral)"),
    ]
}
