/// One question of an indicator set, answered by choosing one of its options.
package struct Indicator: Sendable, Equatable, Identifiable {
    package let id: Int64
    package let setID: Int64
    /// Stable across versions (`RMH01`); re-scoring under a new set matches answers by code.
    package let code: String
    package var theme: String
    package var question: String
    package var position: Int
    package var helpText: String
    /// Worst to best, in display order.
    package var options: [IndicatorOption]

    package init(
        id: Int64, setID: Int64, code: String, theme: String, question: String, position: Int, helpText: String,
        options: [IndicatorOption]
    ) {
        self.id = id
        self.setID = setID
        self.code = code
        self.theme = theme
        self.question = question
        self.position = position
        self.helpText = helpText
        self.options = options
    }

    /// The option with `id`, or nil when it belongs to another indicator.
    package func option(id: Int64) -> IndicatorOption? { options.first { $0.id == id } }

    /// The first option worth `points`, or nil.
    package func option(points: Int) -> IndicatorOption? { options.first { $0.points == points } }

    /// The option at `position` (1-based, copies keep positions), or nil.
    package func option(position: Int) -> IndicatorOption? { options.first { $0.position == position } }
}

/// One answer to an indicator, with the points it scores.
package struct IndicatorOption: Sendable, Equatable, Identifiable {
    package let id: Int64
    package let indicatorID: Int64
    package var label: String
    package var points: Int
    package var position: Int

    package init(id: Int64, indicatorID: Int64, label: String, points: Int, position: Int) {
        self.id = id
        self.indicatorID = indicatorID
        self.label = label
        self.points = points
        self.position = position
    }
}
