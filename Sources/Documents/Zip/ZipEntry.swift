/// One file in a ZIP archive, as its central directory record describes it.
package struct ZipEntry: Sendable, Equatable {
    /// The path inside the archive, `/`-separated.
    package var name: String
    /// How the data is stored.
    package var method: ZipCompressionMethod
    /// The CRC-32 of the uncompressed contents.
    package var crc32: UInt32
    /// Bytes of data in the archive.
    package var compressedSize: Int
    /// Bytes once inflated.
    package var uncompressedSize: Int
    /// The modification time recorded in the header.
    package var modified: DOSDateTime
    /// The general purpose bit flags (bit 3: data descriptor, bit 11: UTF-8 name).
    package var flags: UInt16
    /// Where the entry's local file header starts.
    var localHeaderOffset: Int
}

/// A ZIP compression method number (APPNOTE.TXT 4.4.5).
package struct ZipCompressionMethod: RawRepresentable, Sendable, Equatable, Hashable {
    /// The method number.
    package var rawValue: UInt16

    /// Wraps a method number.
    package init(rawValue: UInt16) {
        self.rawValue = rawValue
    }

    /// Method 0: the data as is.
    package static let stored = ZipCompressionMethod(rawValue: 0)
    /// Method 8: raw deflate (RFC 1951).
    package static let deflated = ZipCompressionMethod(rawValue: 8)
}

/// How `ZipWriter.addEntry` stores a whole entry.
package enum ZipCompression: Sendable, Equatable {
    /// No compression (for data that is already compressed, such as PNG or JPEG).
    case stored
    /// Deflate at a zlib level from 1 (fast) to 9 (small); stored instead when that would not be smaller.
    case deflated(level: Int32)

    /// Deflate at zlib's default level 6.
    package static let standard = ZipCompression.deflated(level: 6)
}
