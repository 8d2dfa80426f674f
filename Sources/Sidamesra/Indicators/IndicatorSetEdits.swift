/// The descriptive fields of a draft as the admin typed them.
package struct SetMetadataEdit: Sendable, Equatable {
    package var name: String
    package var legalBasis: String
    package var effectiveDate: String
    package var notes: String
    package var isExample: Bool
    /// The set's version when the form was opened.
    package var version: Int

    package init(name: String, legalBasis: String, effectiveDate: String, notes: String, isExample: Bool, version: Int) {
        self.name = name
        self.legalBasis = legalBasis
        self.effectiveDate = effectiveDate
        self.notes = notes
        self.isExample = isExample
        self.version = version
    }
}

/// One indicator of a draft with its options, as the admin typed them. A number that is not a
/// whole number arrives as nil and is reported next to its field.
package struct IndicatorEdit: Sendable, Equatable {
    /// One option's new label and points.
    package struct Option: Sendable, Equatable {
        package var id: Int64
        package var label: String
        package var points: Int?

        package init(id: Int64, label: String, points: Int?) {
            self.id = id
            self.label = label
            self.points = points
        }
    }

    package var theme: String
    package var question: String
    package var helpText: String
    package var position: Int?
    /// Options not listed keep what they have.
    package var options: [Option]
    /// The set's version when the form was opened.
    package var version: Int

    package init(theme: String, question: String, helpText: String, position: Int?, options: [Option], version: Int) {
        self.theme = theme
        self.question = question
        self.helpText = helpText
        self.position = position
        self.options = options
        self.version = version
    }
}

/// The category bands of a draft as the admin typed them.
package struct BandsEdit: Sendable, Equatable {
    /// One band's new name, range and colour.
    package struct Band: Sendable, Equatable {
        package var id: Int64
        package var name: String
        package var minScore: Int?
        package var maxScore: Int?
        package var colour: String

        package init(id: Int64, name: String, minScore: Int?, maxScore: Int?, colour: String) {
            self.id = id
            self.name = name
            self.minScore = minScore
            self.maxScore = maxScore
            self.colour = colour
        }
    }

    /// Bands not listed keep what they have.
    package var bands: [Band]
    /// The set's version when the form was opened.
    package var version: Int

    package init(bands: [Band], version: Int) {
        self.bands = bands
        self.version = version
    }
}

/// The form input names the service's field errors are keyed by, so each lands next to its input.
package enum IndicatorSetField {
    package static let name = "name"
    package static let legalBasis = "legal_basis"
    package static let effectiveDate = "effective_date"
    package static let notes = "notes"
    package static let isExample = "is_example"
    package static let theme = "theme"
    package static let question = "question"
    package static let helpText = "help_text"
    package static let position = "position"
    /// Problems of the bands as a whole (gaps, overlaps, coverage).
    package static let bands = "bands"

    /// `option_<id>_label` or `option_<id>_points`.
    package static func option(_ id: Int64, _ part: String) -> String { "option_\(id)_\(part)" }

    /// `band_<id>_name`, `band_<id>_min`, `band_<id>_max` or `band_<id>_colour`.
    package static func band(_ id: Int64, _ part: String) -> String { "band_\(id)_\(part)" }
}
