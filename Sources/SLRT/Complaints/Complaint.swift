import Core
package import Database
package import Foundation

/// A complaint (keluhan/pengaduan): who, about what, its category, the follow-up and the answer.
package struct Complaint: Sendable, Equatable, RowDecodable {
    package let id: Int64
    package let complainant: String
    package let contact: String
    package let areaCode: String?
    package let subject: String
    package let category: String
    package let description: String
    package let state: ComplaintState
    package let followUp: String
    package let closingAnswer: String
    package let receivedOn: String
    package let closedOn: String?
    package let createdAt: Date
    package let version: Int

    package init(row: Row) throws {
        id = try row.get("id")
        complainant = try row.get("complainant")
        contact = try row.get("contact")
        areaCode = try row.get("area_code")
        subject = try row.get("subject")
        category = try row.get("category")
        description = try row.get("description")
        let status: String = try row.get("status")
        guard let state = ComplaintState(rawValue: status) else {
            throw DatabaseError(code: .mismatch, message: "slrt_complaints.status holds \(status)")
        }
        self.state = state
        followUp = try row.get("follow_up")
        closingAnswer = try row.get("closing_answer")
        receivedOn = try row.get("received_on")
        closedOn = try row.get("closed_on")
        createdAt = ISO8601Timestamp.parse(try row.get("created_at")) ?? Date(timeIntervalSince1970: 0)
        version = try row.get("version")
    }
}

/// What is typed for a new complaint.
package struct ComplaintInput: Sendable, Equatable {
    package var complainant: String
    package var contact: String
    package var areaCode: String
    package var subject: String
    package var category: String
    package var description: String

    package init(complainant: String, contact: String, areaCode: String, subject: String, category: String, description: String) {
        self.complainant = complainant
        self.contact = contact
        self.areaCode = areaCode
        self.subject = subject
        self.category = category
        self.description = description
    }
}
