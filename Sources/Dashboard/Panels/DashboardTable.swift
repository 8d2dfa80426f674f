import Core

/// A plain table for a panel: the chart's fallback, or the panel's whole content.
package struct DashboardTable: Sendable, Encodable, Equatable {
    /// One cell; numbers are right-aligned.
    package struct Cell: Sendable, Encodable, Equatable {
        package let text: String
        package let isNumber: Bool
        /// A link target for the cell's text, empty for none.
        package let link: String

        package init(_ text: String, isNumber: Bool = false, link: String = "") {
            self.text = text
            self.isNumber = isNumber
            self.link = link
        }

        /// A whole number written the Indonesian way (`1.234`).
        package static func number(_ value: Int, link: String = "") -> Cell {
            Cell(IndonesianFormat.number(value), isNumber: true, link: link)
        }
    }

    /// One row of cells, in column order.
    package struct Row: Sendable, Encodable, Equatable {
        package let cells: [Cell]

        package init(_ cells: [Cell]) {
            self.cells = cells
        }
    }

    /// A column heading.
    package struct Column: Sendable, Encodable, Equatable {
        package let label: String
        package let isNumber: Bool

        package init(_ label: String, isNumber: Bool = false) {
            self.label = label
            self.isNumber = isNumber
        }
    }

    package let caption: String
    package let columns: [Column]
    package let rows: [Row]

    package init(caption: String, columns: [Column], rows: [Row]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    var isEmpty: Bool { rows.isEmpty }
}
