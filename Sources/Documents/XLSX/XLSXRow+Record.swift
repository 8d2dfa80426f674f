extension XLSXRow {
    /// The row as a CSV record of its values' text (`XLSXValue.textValue`), with the row number
    /// as its line, so one importer can take .csv and .xlsx alike (with `CSVHeader` for names).
    package var record: CSVRecord {
        CSVRecord(line: number, fields: values.map(\.textValue))
    }
}
