package import Foundation

/// A one-sheet workbook produced in chunks on demand, for consumers that pull the next piece
/// when they can take it (an HTTP body sent with chunked coding: `ResponseStream { try producer.nextChunk() }`).
/// Each call adds rows from `rows` until the writer has passed on at least one ZIP chunk (about
/// 64 KiB), so memory stays bounded as with `XLSXWriter` itself.
/// Not thread-safe: one consumer pulls at a time.
package final class XLSXChunkProducer {
    private let writer: XLSXWriter
    private let rows: () throws -> [XLSXCell]?
    private let pending: PendingBytes
    private var state = State.notStarted
    private let sheetName: String
    private let columns: [XLSXColumn]
    private let options: XLSXSheetOptions

    private enum State {
        case notStarted, writing, finished, drained, failed
    }

    /// The bytes the writer has handed over and the consumer has not yet taken.
    private final class PendingBytes {
        var bytes: [UInt8] = []
    }

    /// A producer of the sheet `sheetName` with a header of `columns`, whose data rows come from
    /// `rows` (nil when there are no more). Writer options as for `XLSXWriter`.
    package init(
        sheetName: String, columns: [XLSXColumn], options: XLSXSheetOptions = XLSXSheetOptions(),
        timeZone: TimeZone = .current, created: Date = Date(), compressionLevel: Int32 = 6,
        rows: @escaping () throws -> [XLSXCell]?
    ) {
        let pending = PendingBytes()
        self.pending = pending
        writer = XLSXWriter(
            sink: ByteSink { pending.bytes += $0 }, timeZone: timeZone, created: created,
            compressionLevel: compressionLevel)
        self.rows = rows
        self.sheetName = sheetName
        self.columns = columns
        self.options = options
    }

    /// The next piece of the file, or nil once all of it was returned. Errors of `rows` and of
    /// the writer (an invalid cell) are passed on; the file is then incomplete, and later calls
    /// throw `XLSXError.writerClosed`.
    package func nextChunk() throws -> [UInt8]? {
        do {
            return try produce()
        } catch {
            state = .failed
            throw error
        }
    }

    private func produce() throws -> [UInt8]? {
        while pending.bytes.isEmpty {
            switch state {
            case .notStarted:
                try writer.startSheet(named: sheetName, columns: columns, options: options)
                state = .writing
            case .writing:
                if let row = try rows() {
                    try writer.addRow(row)
                } else {
                    try writer.finish()
                    state = .finished
                }
            case .finished:
                state = .drained
            case .drained:
                return nil
            case .failed:
                throw XLSXError.writerClosed
            }
        }
        defer { pending.bytes.removeAll(keepingCapacity: true) }
        return pending.bytes
    }
}
