/// One row of a sheet read by `XLSXReader`.
package struct XLSXRow: Sendable, Equatable {
    /// The 1-based row number in the sheet (rows without values are skipped, so numbers may jump).
    package var number: Int
    /// The cells from column A up to the last cell with a value; missing cells are `.empty`.
    package var values: [XLSXValue]

    /// A row as given.
    package init(number: Int, values: [XLSXValue]) {
        self.number = number
        self.values = values
    }

    /// The value in 0-based `column`, `.empty` past the end of the row.
    package subscript(column: Int) -> XLSXValue {
        values.indices.contains(column) ? values[column] : .empty
    }
}
