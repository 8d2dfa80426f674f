/// The fills charts use. SVG takes a colour as a presentation attribute, not a CSS class, so the
/// category band tokens (`category_bands.colour`, styled as `.band-<token>` in app.css) map to
/// the same values here; keep the two in step.
package enum ChartColours {
    package static let brand = "#0b5d7a"
    package static let within = "#1e7b34"
    package static let over = "#a4262c"
    package static let neutral = "#5b6775"

    /// The fill of a category band's colour token; neutral grey for a token app.css does not know.
    package static func band(_ token: String) -> String {
        switch token {
        case "sangat-miskin": "#a4262c"
        case "miskin": "#b54708"
        case "rentan-miskin": "#f2c200"
        case "mampu": "#1e7b34"
        default: neutral
        }
    }
}
