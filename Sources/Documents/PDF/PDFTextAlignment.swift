/// How lines of a paragraph sit in their width.
package enum PDFTextAlignment: Sendable {
    /// Flush left (ragged right).
    case left
    /// Centred.
    case center
    /// Flush right.
    case right
    /// Both edges flush, by widening word spaces (Tw); a paragraph's last line stays left.
    case justified
}
