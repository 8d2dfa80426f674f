
/// The queue's filters: status, area (a kapanewon or kalurahan code), kind, source, a date range
/// of submission (local days), and "only mine".
package struct ProposalFilter: Sendable, Equatable {
    package var status: ProposalStatus?
    package var areaCode: String?
    package var kind: ProposalKind?
    package var source: ProposalSource?
    /// First and last day of submission, inclusive, as UTC instants bounding the local days.
    package var submittedFrom: String?
    package var submittedUntil: String?
    /// Only the proposals this user submitted.
    package var proposerID: Int64?
    /// Only proposals of this activation batch.
    package var batchID: Int64?
    /// Only proposals for this NIK (exact).
    package var nik: String?

    package init(
        status: ProposalStatus? = nil, areaCode: String? = nil, kind: ProposalKind? = nil, source: ProposalSource? = nil,
        submittedFrom: String? = nil, submittedUntil: String? = nil, proposerID: Int64? = nil, batchID: Int64? = nil,
        nik: String? = nil
    ) {
        self.status = status
        self.areaCode = areaCode
        self.kind = kind
        self.source = source
        self.submittedFrom = submittedFrom
        self.submittedUntil = submittedUntil
        self.proposerID = proposerID
        self.batchID = batchID
        self.nik = nik
    }
}
