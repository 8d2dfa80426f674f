import Core
import DTKS
import Sidamesra

/// Every kind of background job the application runs; modules add theirs here.
enum ApplicationJobs {
    static func registry(settings: SettingsCache, uploadsDirectory: String) -> JobRegistry {
        JobRegistry([
            UserExportJob.kind(settings: settings),
            RescoreJob.kind(),
        ] + HouseholdImportJobs.kinds(uploads: HouseholdImportUploads(uploadsDirectory: uploadsDirectory), settings: settings)
            + [DtsenImportJob.kind(uploads: HouseholdImportUploads(uploadsDirectory: uploadsDirectory), settings: settings)])
    }
}
