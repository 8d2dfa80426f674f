package import Database
package import Foundation

/// Which attachment is which document of a proposal (`sidakis_documents`).
package enum ProposalDocumentStore {
    /// One current or replaced document with its file's metadata.
    package struct Row: Sendable, Equatable {
        package let document: ProposalDocument
        package let attachmentID: Int64
        package let fileName: String
        package let contentType: String
        package let byteCount: Int
        package let addedAt: Date
        package let replaced: Bool
    }

    /// Links `attachmentID` to the proposal as `document`, marking an earlier one of the same kind replaced.
    package static func link(
        _ attachmentID: Int64, to proposalID: Int64, as document: ProposalDocument, at date: Date, in db: Connection
    ) throws {
        let now = ISO8601Timestamp.format(date)
        try db.execute(
            "UPDATE sidakis_documents SET replaced_at = ? WHERE proposal_id = ? AND document = ? AND replaced_at IS NULL",
            [now, proposalID, document.rawValue])
        try db.execute(
            "INSERT INTO sidakis_documents (proposal_id, attachment_id, document, added_at) VALUES (?, ?, ?, ?)",
            [proposalID, attachmentID, document.rawValue, now])
    }

    /// The documents of a proposal, current first, newest first.
    package static func documents(of proposalID: Int64, in db: Connection) throws -> [Row] {
        try db.query(
            """
            SELECT d.document, d.attachment_id, a.file_name, a.content_type, a.byte_count, d.added_at, d.replaced_at IS NOT NULL
            FROM sidakis_documents AS d JOIN attachments AS a ON a.id = d.attachment_id
            WHERE d.proposal_id = ? ORDER BY d.replaced_at IS NOT NULL, d.id DESC
            """,
            [proposalID]
        ).map { row in
            let document: String = try row.get(0)
            let added: String = try row.get(5)
            return Row(
                document: ProposalDocument(rawValue: document) ?? .familyCard, attachmentID: try row.get(1),
                fileName: try row.get(2), contentType: try row.get(3), byteCount: try row.get(4),
                addedAt: ISO8601Timestamp.parse(added) ?? Date(timeIntervalSince1970: 0), replaced: try row.get(6))
        }
    }

    /// The kinds of document a proposal currently has.
    package static func currentKinds(of proposalID: Int64, in db: Connection) throws -> Set<ProposalDocument> {
        Set(try documents(of: proposalID, in: db).filter { !$0.replaced }.map(\.document))
    }

    /// The proposals a stored file belongs to (a family's KK belongs to each of its proposals).
    package static func proposals(naming attachmentID: Int64, in db: Connection) throws -> [Int64] {
        try db.query("SELECT DISTINCT proposal_id FROM sidakis_documents WHERE attachment_id = ?", [attachmentID])
            .map { try $0.get(0) }
    }
}
