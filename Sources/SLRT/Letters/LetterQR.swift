/// The QR code of a letter's verification address as SVG markup for the print view.
enum LetterQR {
    static func svg(_ url: String) throws -> String {
        // Filled in once the Documents QR encoder lands (wip-docs).
        ""
    }
}
