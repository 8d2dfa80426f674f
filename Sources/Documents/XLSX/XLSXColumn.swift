/// A column of a sheet: the header text of row 1 and an optional width.
package struct XLSXColumn: Sendable, Equatable {
    /// The header cell's text (bold).
    package var title: String
    /// Width in characters of the default font, or nil for Excel's default (about 8.43).
    package var width: Double?

    /// A column titled `title`, `width` characters wide.
    package init(_ title: String, width: Double? = nil) {
        self.title = title
        self.width = width
    }
}

/// How a sheet with a header row is presented.
package struct XLSXSheetOptions: Sendable, Equatable {
    /// Keep the header row visible while scrolling (a frozen pane below row 1).
    package var freezesHeader: Bool
    /// Put filter buttons on the header row, covering every written row.
    package var filtersHeader: Bool

    /// Frozen header, no filter buttons unless asked.
    package init(freezesHeader: Bool = true, filtersHeader: Bool = false) {
        self.freezesHeader = freezesHeader
        self.filtersHeader = filtersHeader
    }
}
