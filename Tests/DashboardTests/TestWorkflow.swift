import Core
import Dashboard
import Database
import Foundation

/// A workflow shaped like the SOPs (submit, verify, approve) with five items around Monday
/// 2026-11-23 14.00 WIB: two overdue in verification (#3 in Trimurti since the Friday before, #1 in
/// Poncosari since 08.00), one fresh (#2), one verified within the standard (#4), one approved (#5)
/// after a verification past the standard.
enum TestWorkflow {
    static let definition = WorkflowDefinition(
        kind: "uji",
        label: "Usulan uji",
        steps: [
            WorkflowStep(state: "diajukan", label: "Menunggu verifikasi", standardMinutes: 60),
            WorkflowStep(state: "terverifikasi", label: "Menunggu persetujuan", standardMinutes: 480),
            WorkflowStep(state: "dikembalikan", label: "Dikembalikan"),
            WorkflowStep(state: "disetujui", label: "Disetujui", isFinal: true),
        ],
        transitions: [
            WorkflowTransition(name: "verifikasi", label: "Verifikasi", from: ["diajukan"], to: "terverifikasi", action: Action.viewDashboard),
            WorkflowTransition(name: "setujui", label: "Setujui", from: ["terverifikasi"], to: "disetujui", action: Action.viewDashboard),
        ])

    static let poncosari = "34.02.01.2001"
    static let trimurti = "34.02.01.2002"
    static let source = WorkflowSource(definition: definition, listPath: "/uji?status=")

    /// 2026-11-23 (a Monday) at `hour`:`minute` WIB, `days` later.
    static func monday(_ hour: Int, _ minute: Int = 0, plusDays days: Int = 0) -> Date {
        let base = ISO8601Timestamp.parse("2026-11-23T00:00:00Z") ?? Date()
        return base.addingTimeInterval(Double((days * 24 + hour - 7) * 3600 + minute * 60))
    }

    static var now: Date { monday(14) }

    static func insertItems(in db: Connection) throws {
        let engine = WorkflowEngine(definition)
        try engine.start(itemID: 1, state: "diajukan", areaCode: poncosari, by: .cli, in: db, at: monday(8))
        try engine.start(itemID: 2, state: "diajukan", areaCode: poncosari, by: .cli, in: db, at: monday(13, 30))
        try engine.start(itemID: 3, state: "diajukan", areaCode: trimurti, by: .cli, in: db, at: monday(10, plusDays: -3))
        try engine.start(itemID: 4, state: "diajukan", areaCode: poncosari, by: .cli, in: db, at: monday(8))
        try engine.apply("verifikasi", itemID: 4, from: "diajukan", areaCode: poncosari, by: .cli, in: db, at: monday(8, 30))
        try engine.start(itemID: 5, state: "diajukan", areaCode: poncosari, by: .cli, in: db, at: monday(8))
        try engine.apply("verifikasi", itemID: 5, from: "diajukan", areaCode: poncosari, by: .cli, in: db, at: monday(10))
        try engine.apply("setujui", itemID: 5, from: "terverifikasi", areaCode: poncosari, by: .cli, in: db, at: monday(11))
    }
}
