package import Core
package import Foundation

/// A finalisation batch: the proposals it carries to the Ministry and the letters behind it.
package struct FinalisationBatch: Sendable, Equatable {
    package let id: Int64
    package let number: String
    package let periodStart: CalendarDate
    package let periodEnd: CalendarDate
    package var state: BatchState
    package var stateSince: Date
    package var references: BatchReferences
    package let createdAt: Date
    package var version: Int
}

/// The references a batch records: the village meeting or SPTJM, the nota dinas, and the
/// regent's/mayor's approval letter (SK / surat pengesahan).
package struct BatchReferences: Sendable, Equatable {
    package var meeting: String
    package var memoNumber: String
    package var memoDate: CalendarDate?
    package var decreeNumber: String
    package var decreeDate: CalendarDate?

    package init(meeting: String = "", memoNumber: String = "", memoDate: CalendarDate? = nil, decreeNumber: String = "", decreeDate: CalendarDate? = nil) {
        self.meeting = meeting
        self.memoNumber = memoNumber
        self.memoDate = memoDate
        self.decreeNumber = decreeNumber
        self.decreeDate = decreeDate
    }

    /// What is still missing before approval, as field names and messages.
    package var missingForApproval: [(String, String)] {
        var missing: [(String, String)] = []
        if meeting.isEmpty { missing.append(("musdes", "Isi rujukan musyawarah desa atau SPTJM.")) }
        if memoNumber.isEmpty || memoDate == nil { missing.append(("nota_dinas", "Isi nomor dan tanggal nota dinas.")) }
        if decreeNumber.isEmpty || decreeDate == nil { missing.append(("sk", "Isi nomor dan tanggal surat pengesahan.")) }
        return missing
    }
}
