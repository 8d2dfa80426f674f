import Core
import Database
import Foundation
import Testing

/// The admin's standard times: minutes per step, empty for the SOP default, audited, read by the SLA.
@Suite struct StandardTimesSettingsTests {
    @Test func savedStandardsReachTheSLAAndTheAuditTrail() throws {
        let office = try SettingsServiceTests.Office()
        let definitions = [WorkflowFixture.definition]
        try office.service.setStandardTimes(
            ["sla.uji.diajukan": " 30 ", "sla.uji.terverifikasi": ""], for: definitions, by: SettingsServiceTests.Office.admin)
        let settings = office.cache.current
        #expect(settings.standardMinutes == ["uji.diajukan": 30])
        #expect(WorkflowSLA(WorkflowFixture.definition, settings: settings).standardMinutes(of: "diajukan") == 30)
        #expect(try SettingsStore.load(office.pool).standardMinutes == ["uji.diajukan": 30])
        #expect(try office.auditRows().last?.changes.contains("sla.standar") == true)
    }

    @Test(arguments: ["0", "-5", "dua", "1.5", "999999999"])
    func aBadValueIsAFieldErrorAndNothingIsSaved(value: String) throws {
        let office = try SettingsServiceTests.Office()
        #expect {
            try office.service.setStandardTimes(["sla.uji.diajukan": value], for: [WorkflowFixture.definition], by: SettingsServiceTests.Office.admin)
        } throws: { error in
            guard case SettingsError.invalid(let problems) = error else { return false }
            return problems["sla.uji.diajukan"] != nil
        }
        #expect(office.cache.current.standardMinutes.isEmpty)
    }
}
