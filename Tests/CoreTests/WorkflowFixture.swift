import Core
import Database
import Foundation
import TestSupport

/// A migrated database and a small workflow shaped like the SOPs: submit, verify or return, approve.
final class WorkflowFixture {
    let database: TemporaryDatabase
    var pool: DatabasePool { database.pool }

    static let definition = WorkflowDefinition(
        kind: "uji",
        label: "Alur uji",
        steps: [
            WorkflowStep(state: "diajukan", label: "Menunggu verifikasi", standardMinutes: 10),
            WorkflowStep(state: "dikembalikan", label: "Dikembalikan"),
            WorkflowStep(state: "terverifikasi", label: "Menunggu persetujuan", standardMinutes: 480),
            WorkflowStep(state: "disetujui", label: "Disetujui", isFinal: true),
        ],
        transitions: [
            WorkflowTransition(name: "verifikasi", label: "Verifikasi", from: ["diajukan"], to: "terverifikasi", action: Action.manageUsers),
            WorkflowTransition(
                name: "kembalikan", label: "Kembalikan", from: ["diajukan", "terverifikasi"], to: "dikembalikan",
                action: Action.manageUsers, requiresNote: true),
            WorkflowTransition(name: "ajukan-ulang", label: "Ajukan ulang", from: ["dikembalikan"], to: "diajukan", action: Action.home),
            WorkflowTransition(name: "setujui", label: "Setujui", from: ["terverifikasi"], to: "disetujui", action: Action.viewAudit),
        ])

    static let admin = Actor(kind: .user, userID: 1000, username: "admin.uji", role: .admin, address: "10.0.0.9", requestID: "r-1")
    static let kasi = Actor(kind: .user, userID: 1001, username: "kasi.uji", role: .kasi, address: "10.0.0.9", requestID: "r-2")
    static let operatorUser = Actor(kind: .user, userID: 1002, username: "operator.uji", role: .operator, address: "10.0.0.9", requestID: "r-3")

    init() throws {
        database = try TemporaryDatabase()
        try Migrator(directory: TestApp.root + "/Migrations").apply(database.pool)
        try pool.write { db in
            for (id, name, role) in [(1000, "admin.uji", "admin"), (1001, "kasi.uji", "kasi"), (1002, "operator.uji", "operator")] {
                try db.execute(
                    """
                    INSERT INTO users (id, username, full_name, role, password_hash, created_at, updated_at, password_changed_at)
                    VALUES (?, ?, ?, ?, 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
                    """, [id, name, name, role])
            }
        }
    }

    /// 2026-11-23 (a Monday) at `hour`:`minute` WIB.
    static func monday(_ hour: Int, _ minute: Int = 0, plusDays days: Int = 0) -> Date {
        let base = ISO8601Timestamp.parse("2026-11-23T00:00:00Z") ?? Date()
        return base.addingTimeInterval(Double((days * 24 + hour - 7) * 3600 + minute * 60))
    }
}
