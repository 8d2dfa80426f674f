import Core
import Database
import Foundation
import Testing
import TestSupport

/// The engine applies a move only from the right state, by a permitted role, with the note a
/// return needs, and writes the event row and the audit row in the caller's transaction.
@Suite struct WorkflowEngineTests {
    let engine = WorkflowEngine(WorkflowFixture.definition)

    @Test func theTestDefinitionAndItsMistakesAreFound() {
        #expect(WorkflowFixture.definition.problems.isEmpty)
        let broken = WorkflowDefinition(
            kind: "rusak", label: "Rusak",
            steps: [WorkflowStep(state: "a", label: "A"), WorkflowStep(state: "z", label: "Z", isFinal: true)],
            transitions: [
                WorkflowTransition(name: "x", label: "X", from: ["a"], to: "b", action: Action.home),
                WorkflowTransition(name: "y", label: "Y", from: ["z"], to: "a", action: "tidak.ada"),
            ])
        #expect(broken.problems.count == 3)
    }

    @Test func buttonsFollowTheRolesPermissions() {
        let definition = WorkflowFixture.definition
        #expect(definition.available(from: "diajukan", for: .admin).map(\.name) == ["verifikasi", "kembalikan"])
        #expect(definition.available(from: "diajukan", for: .operator).isEmpty)
        #expect(definition.available(from: "terverifikasi", for: .kasi).map(\.name) == ["setujui"])
        #expect(definition.available(from: "disetujui", for: .admin).isEmpty)
    }

    @Test func aMoveWritesItsEventAndAuditRow() throws {
        let fixture = try WorkflowFixture()
        let now = WorkflowFixture.monday(9)
        try fixture.pool.write { db in
            try engine.start(itemID: 7, state: "diajukan", areaCode: "34.02.01.2001", by: WorkflowFixture.operatorUser, in: db, at: now)
            let event = try engine.apply(
                "verifikasi", itemID: 7, from: "diajukan", areaCode: "34.02.01.2001", by: WorkflowFixture.admin,
                note: "  lengkap  ", in: db, at: now.addingTimeInterval(300))
            #expect(event.to == "terverifikasi")
            #expect(event.note == "lengkap")
        }
        let events = try fixture.pool.read { try WorkflowHistory.events(workflow: "uji", itemID: 7, in: $0) }
        #expect(events.map(\.transition) == [WorkflowEngine.creation, "verifikasi"])
        #expect(events.map(\.from) == [nil, "diajukan"])
        #expect(events[1].username == "admin.uji")
        let audit = try fixture.pool.read { db in
            try db.query("SELECT action, entity_id, area_code FROM audit_log WHERE entity = 'uji' ORDER BY id").map {
                (try $0.get(0) as String, try $0.get(1) as String, try $0.get(2) as String)
            }
        }
        #expect(audit.map(\.0) == ["uji.buat", "uji.verifikasi"])
        #expect(audit.allSatisfy { $0.1 == "7" && $0.2 == "34.02.01.2001" })
    }

    @Test func refusalsLeaveNothingWritten() throws {
        let fixture = try WorkflowFixture()
        let now = WorkflowFixture.monday(9)
        let refusals: [(String, String, Actor, String?, WorkflowError)] = [
            ("setujui", "diajukan", WorkflowFixture.kasi, nil, .illegalTransition(name: "setujui", from: "diajukan")),
            ("verifikasi", "diajukan", WorkflowFixture.operatorUser, nil, .notPermitted(name: "verifikasi")),
            ("kembalikan", "diajukan", WorkflowFixture.admin, "   ", .noteRequired(name: "kembalikan")),
            ("hapus", "diajukan", WorkflowFixture.admin, nil, .unknownTransition("hapus")),
        ]
        for (name, from, actor, note, expected) in refusals {
            #expect(throws: expected) {
                try fixture.pool.write { db in
                    try engine.apply(name, itemID: 1, from: from, areaCode: "", by: actor, note: note, in: db, at: now)
                }
            }
        }
        let count = try fixture.pool.read { try $0.scalar(Int.self, "SELECT count(*) FROM workflow_events") }
        #expect(count == 0)
        #expect(WorkflowError.illegalTransition(name: "x", from: "y").status.code == 409)
    }

    @Test func aBatchMoveWritesEachEventAndKeepsEachItemsCurrentState() throws {
        let fixture = try WorkflowFixture()
        let now = WorkflowFixture.monday(9)
        try fixture.pool.write { db in
            for id: Int64 in 1...3 {
                try engine.start(itemID: id, state: "diajukan", areaCode: "34.02.01.2001", by: .cli, in: db, at: now)
            }
            let moved = try engine.applyBatch(
                "verifikasi", items: [1, 2].map { WorkflowEngine.BatchItem(itemID: $0, from: "diajukan", areaCode: "34.02.01.2001") },
                by: WorkflowFixture.admin, in: db, at: now.addingTimeInterval(600))
            #expect(moved == 2)
        }
        let (states, events) = try fixture.pool.read { db in
            (try db.query("SELECT item_id, state, since FROM workflow_items WHERE workflow = 'uji' ORDER BY item_id").map {
                "\(try $0.get(0) as Int64) \(try $0.get(1) as String) \(try $0.get(2) as String)"
            },
             try db.scalar(Int.self, "SELECT count(*) FROM workflow_events WHERE transition = 'verifikasi'"))
        }
        let later = ISO8601Timestamp.format(now.addingTimeInterval(600))
        let start = ISO8601Timestamp.format(now)
        #expect(states == ["1 terverifikasi \(later)", "2 terverifikasi \(later)", "3 diajukan \(start)"])
        #expect(events == 2)
    }

    @Test func theCommandLineAndTheSystemMayMoveItems() throws {
        let fixture = try WorkflowFixture()
        let event = try fixture.pool.write { db in
            try engine.apply("setujui", itemID: 3, from: "terverifikasi", areaCode: "", by: .system, in: db, at: WorkflowFixture.monday(10))
        }
        #expect(event.to == "disetujui")
        #expect(event.userID == nil)
    }

    @Test func eventsAreAppendOnly() throws {
        let fixture = try WorkflowFixture()
        _ = try fixture.pool.write { db in
            try engine.start(itemID: 1, state: "diajukan", areaCode: "", by: .cli, in: db, at: WorkflowFixture.monday(9))
        }
        #expect(throws: DatabaseError.self) { try fixture.pool.write { try $0.execute("UPDATE workflow_events SET note = 'x'") } }
        #expect(throws: DatabaseError.self) { try fixture.pool.write { try $0.execute("DELETE FROM workflow_events") } }
    }
}
