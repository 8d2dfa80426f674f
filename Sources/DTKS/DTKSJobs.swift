package import Core

/// Every background job of the DTKS module, for the application's job registry.
package enum DTKSJobs {
    package static func kinds(uploadsDirectory: String) -> [JobKind] {
        [
            DukcapilImportJob.kind(uploads: DukcapilUploads(uploadsDirectory: uploadsDirectory)),
            ProposalMatchingJob.jobKind(),
        ]
    }
}
