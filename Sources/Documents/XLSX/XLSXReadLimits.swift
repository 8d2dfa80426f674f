/// How much of an untrusted workbook `XLSXReader` agrees to take in.
package struct XLSXReadLimits: Sendable, Equatable {
    /// Bytes of XML the reader inflates in all, over every part it reads (defends against ZIP bombs).
    package var maximumUncompressedBytes: Int
    /// The highest row number that may hold a value.
    package var maximumRows: Int
    /// The highest column (1-based count, 16,384 = XFD) that may hold a value.
    package var maximumColumns: Int

    /// 200 MiB of XML, and Excel's own sheet size unless told otherwise.
    package init(
        maximumUncompressedBytes: Int = 200 * 1024 * 1024, maximumRows: Int = CellReference.maximumRows,
        maximumColumns: Int = CellReference.maximumColumns
    ) {
        self.maximumUncompressedBytes = maximumUncompressedBytes
        self.maximumRows = maximumRows
        self.maximumColumns = maximumColumns
    }
}
