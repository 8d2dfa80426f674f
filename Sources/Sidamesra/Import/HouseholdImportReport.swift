/// What a household import found (and, after a write, did): every problem with its row and
/// column, and the households counted by outcome.
package struct HouseholdImportReport: Sendable, Equatable {
    /// One problem: the row of the file (its line in a CSV, its row number in a sheet), the
    /// column it is about ("" for the row or the file as a whole), an Indonesian message.
    package struct Problem: Sendable, Equatable {
        package let row: Int
        package let column: String
        package let message: String

        package init(row: Int, column: String, message: String) {
            self.row = row
            self.column = column
            self.message = message
        }
    }

    /// Problems in row order.
    package var problems: [Problem] = []
    /// Households that are new and valid (to be written, or written).
    package var newHouseholds = 0
    /// Households whose No KK is already registered with the same members ("sudah ada").
    package var skippedHouseholds = 0
    /// Households with at least one problem; none of their rows is written.
    package var invalidHouseholds = 0
    /// Persons in the new households.
    package var newPersons = 0
    /// New households that carry answers (an assessment is stored for each).
    package var assessments = 0
    /// Households written (0 for a preview or a dry run).
    package var importedHouseholds = 0
    /// Batches committed by the write.
    package var batchesWritten = 0

    package init() {}

    /// "12 keluarga baru, 3 sudah ada, 2 tidak valid".
    package var countsText: String {
        "\(newHouseholds) keluarga baru (\(newPersons) penduduk, \(assessments) penilaian), "
            + "\(skippedHouseholds) sudah ada, \(invalidHouseholds) tidak valid"
    }
}
