package import Database

/// One stored file's metadata (a row of `attachments`); the bytes live in the uploads folder
/// under `storedName`.
package struct Attachment: Sendable, Equatable, RowDecodable {
    package let id: Int64
    package let kind: AttachmentKind
    package let owner: AttachmentOwner
    /// The name the uploader's file had (shown and offered on download, never used as a path).
    package let fileName: String
    /// The path under the uploads folder: `ab/ab12…ef.png`, random.
    package let storedName: String
    package let contentType: AttachmentContentType
    package let byteCount: Int
    /// SHA-256 of the content, lowercase hex (also the ETag when served).
    package let sha256: String
    package let uploadedBy: Int64?
    /// ISO-8601 UTC.
    package let uploadedAt: String
    /// Set when a newer file of the same kind replaced it for its owner.
    package let replacedAt: String?

    package init(row: Row) throws {
        id = try row.get(0)
        kind = try Self.decode(row, 1, as: AttachmentKind.self)
        owner = AttachmentOwner(entity: try row.get(2), id: try row.get(3))
        fileName = try row.get(4)
        storedName = try row.get(5)
        contentType = try Self.decode(row, 6, as: AttachmentContentType.self)
        byteCount = try row.get(7)
        sha256 = try row.get(8)
        uploadedBy = row[9].isNull ? nil : try row.get(9)
        uploadedAt = try row.get(10)
        replacedAt = row[11].isNull ? nil : try row.get(11)
    }

    /// A stored enum value; one this version does not know is a `mismatch` rather than a guess.
    private static func decode<T: RawRepresentable<String>>(_ row: Row, _ index: Int, as type: T.Type) throws -> T {
        let text: String = try row.get(index)
        guard let value = T(rawValue: text) else {
            throw DatabaseError(code: .mismatch, message: "attachments column \(index) holds unknown value \(text)")
        }
        return value
    }

    /// The columns in the order `Attachment` decodes them.
    static let columns =
        "id, kind, owner_entity, owner_id, file_name, stored_name, content_type, byte_count, sha256, uploaded_by, uploaded_at, replaced_at"
}

/// An attachment with its bytes, ready to serve.
package struct AttachmentContents: Sendable {
    package let attachment: Attachment
    package let bytes: [UInt8]
}
