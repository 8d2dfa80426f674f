import Core
package import Database
package import Foundation

/// A referral (rujukan) of a resident to a partner agency, as `slrt_referrals` holds it.
package struct Referral: Sendable, Equatable, RowDecodable {
    package let id: Int64
    package let requestID: Int64?
    package let personID: Int64
    package let applicantName: String
    package let areaCode: String
    package let partner: String
    package let need: String
    package let state: ReferralState
    package let statusSince: Date
    package let referredOn: String
    package let acceptedOn: String?
    package let followedUpOn: String?
    package let finishedOn: String?
    package let feedback: String
    package let version: Int

    package init(row: Row) throws {
        id = try row.get("id")
        requestID = try row.get("request_id")
        personID = try row.get("person_id")
        applicantName = try row.get("applicant_name")
        areaCode = try row.get("area_code")
        partner = try row.get("partner")
        need = try row.get("need")
        let status: String = try row.get("status")
        guard let state = ReferralState(rawValue: status) else {
            throw DatabaseError(code: .mismatch, message: "slrt_referrals.status holds \(status)")
        }
        self.state = state
        statusSince = ISO8601Timestamp.parse(try row.get("status_since")) ?? Date(timeIntervalSince1970: 0)
        referredOn = try row.get("referred_on")
        acceptedOn = try row.get("accepted_on")
        followedUpOn = try row.get("followed_up_on")
        finishedOn = try row.get("finished_on")
        feedback = try row.get("feedback")
        version = try row.get("version")
    }
}
