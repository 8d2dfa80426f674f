/// Why a ZIP archive could not be written or read.
package enum ZipError: Error, Equatable {
    /// The entry name is empty, longer than 65535 UTF-8 bytes, absolute, or contains a `..` part.
    case invalidEntryName(String)
    /// An entry of that name was already written to this archive.
    case duplicateEntryName(String)
    /// The archive would pass a ZIP32 limit (4 GiB per entry or offset, 65535 entries); zip64 is not supported.
    case exceedsZip32Limits(String)
    /// `beginEntry` or `addEntry` was called while a streamed entry was still open.
    case entryStillOpen(String)
    /// `write` or `endEntry` was called with no streamed entry open.
    case noOpenEntry
    /// The writer was finished, or an earlier failure left it unusable.
    case writerClosed
    /// zlib refused to start or continue a stream (its return code).
    case zlibFailed(Int32)
    /// The bytes are not a ZIP archive this reader understands (the reason says which part failed).
    case malformedArchive(String)
    /// The archive uses zip64, spans disks, or encrypts an entry.
    case unsupportedFeature(String)
    /// The entry uses a compression method other than stored (0) or deflate (8).
    case unsupportedCompressionMethod(name: String, method: UInt16)
    /// The entry would inflate past the caller's size limit.
    case entryTooLarge(name: String, size: Int, limit: Int)
    /// The entry's compressed data is corrupt or does not inflate to its recorded size.
    case corruptEntry(String)
    /// The entry's contents do not match its recorded CRC-32.
    case crcMismatch(name: String, expected: UInt32, actual: UInt32)
    /// No entry has this name.
    case entryNotFound(String)
    /// The archive file could not be read.
    case unreadableFile(String)
}
