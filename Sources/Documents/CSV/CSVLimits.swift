/// Bounds that keep a malformed or hostile file from growing one field or record without end
/// (an unterminated quote would otherwise swallow the rest of a 100 MB file into one field).
package struct CSVLimits: Sendable, Equatable {
    /// Largest field in bytes, after unquoting. Default 1 MiB.
    package var maximumFieldBytes = 1 << 20
    /// Most fields in one record. Default 10,000.
    package var maximumFieldCount = 10_000
    /// How much of the first line is read to detect the delimiter before deciding anyway. Default 64 KiB.
    package var detectionWindowBytes = 64 * 1024

    package init() {}
}
