import Foundation
import Testing
import TestSupport
@testable import Database

/// Decoded by column name through `Decodable`.
private struct Person: RowDecodable, Decodable, Equatable {
    enum Status: String, Decodable { case active, moved }
    let id: Int64
    let nik: String
    let name: String
    let status: Status
    let householdId: Int64?
    let bornAt: Date?
    let nickname: String?
}

/// Decoded by position, the fast path.
private struct PersonSummary: RowDecodable, Equatable {
    let id: Int64
    let name: String
    let householdID: Int64?

    init(row: Row) throws {
        id = try row.get(0)
        name = try row.get(1)
        householdID = try row.get(2)
    }

    init(id: Int64, name: String, householdID: Int64?) {
        self.id = id
        self.name = name
        self.householdID = householdID
    }
}

struct RowDecodingTests {
    private func populated() throws -> TemporaryDatabase {
        let database = try TemporaryDatabase.withPeople()
        try database.pool.write { db in
            try db.execute("INSERT INTO household (id, kk) VALUES (?, ?)", [7, "3402010101000007"])
            try db.execute(
                "INSERT INTO person (id, nik, name, status, household_id, born_at) VALUES (?, ?, ?, ?, ?, ?)",
                [1, "3402010101900001", "Budi", "active", 7, Date(timeIntervalSince1970: 631_152_000)])
            try db.execute(
                "INSERT INTO person (id, nik, name, status) VALUES (?, ?, ?, ?)", [2, "3402010101900002", "Wati", "moved"])
        }
        return database
    }

    @Test func decodableStructsMatchColumnsBySnakeOrCamelName() throws {
        let database = try populated()
        let people = try database.pool.read {
            try $0.query(Person.self, "SELECT id, nik, name, status, household_id, born_at FROM person ORDER BY id")
        }
        #expect(people == [
            Person(id: 1, nik: "3402010101900001", name: "Budi", status: .active, householdId: 7,
                   bornAt: Date(timeIntervalSince1970: 631_152_000), nickname: nil),
            Person(id: 2, nik: "3402010101900002", name: "Wati", status: .moved, householdId: nil, bornAt: nil, nickname: nil),
        ])
    }

    @Test func positionalDecodingAndQueryOne() throws {
        let database = try populated()
        let summary = try database.pool.read {
            try $0.queryOne(PersonSummary.self, "SELECT id, name, household_id FROM person WHERE nik = ?", ["3402010101900001"])
        }
        #expect(summary == PersonSummary(id: 1, name: "Budi", householdID: 7))
        let none = try database.pool.read {
            try $0.queryOne(PersonSummary.self, "SELECT id, name, household_id FROM person WHERE nik = ?", ["none"])
        }
        #expect(none == nil)
    }

    @Test func forEachDecodesWhileStreaming() throws {
        let database = try populated()
        var names: [String] = []
        try database.pool.read { db in
            try db.forEach(PersonSummary.self, "SELECT id, name, household_id FROM person ORDER BY id") { names.append($0.name) }
        }
        #expect(names == ["Budi", "Wati"])
    }

    @Test func missingNonOptionalColumnIsAnErrorNamingIt() throws {
        let database = try populated()
        let error = try #require(throws: DatabaseError.self) {
            try database.pool.read { try $0.query(Person.self, "SELECT id, name, status FROM person") }
        }
        #expect(error.message.contains("\"nik\""))
        #expect(error.sql == "SELECT id, name, status FROM person")
    }

    @Test func nullInNonOptionalPropertyIsAnErrorNamingTheColumn() throws {
        let database = try populated()
        let error = try #require(throws: DatabaseError.self) {
            try database.pool.read {
                try $0.query(Person.self, "SELECT id, nik, NULL AS name, status FROM person")
            }
        }
        #expect(error.extendedResultCode == .mismatch)
        #expect(error.message.contains("\"name\""))
        #expect(error.message.contains("NULL"))
    }

    @Test func unknownEnumValueIsAnError() throws {
        let database = try populated()
        #expect(throws: DatabaseError.self) {
            try database.pool.read { try $0.query(Person.self, "SELECT id, nik, name, 'gone' AS status FROM person") }
        }
    }

    @Test func decodableStructsReadBlobsDatesAndNumbers() throws {
        struct Attachment: RowDecodable, Decodable, Equatable {
            let bytes: [UInt8]
            let data: Data
            let size: Int32
            let ratio: Float
            let small: UInt8
            let missing: Int?
            let storedAt: Date
        }
        let database = try TemporaryDatabase()
        let attachment = try database.pool.read {
            try $0.queryOne(
                Attachment.self,
                "SELECT ? AS bytes, ? AS data, 12 AS size, 0.5 AS ratio, 255 AS small, NULL AS missing, ? AS stored_at",
                [[UInt8]([1, 2]), Data([3]), Date(timeIntervalSince1970: 0)])
        }
        #expect(attachment == Attachment(
            bytes: [1, 2], data: Data([3]), size: 12, ratio: 0.5, small: 255, missing: nil,
            storedAt: Date(timeIntervalSince1970: 0)))
        let error = try #require(throws: DatabaseError.self) {
            try database.pool.read {
                try $0.queryOne(Attachment.self, "SELECT x'01' AS bytes, x'' AS data, 1 AS size, 1.0 AS ratio, 256 AS small, '1970-01-01T00:00:00Z' AS stored_at")
            }
        }
        #expect(error.message.contains("\"small\""))
    }

    @Test func rowReadsByIndexAndByName() throws {
        let database = try populated()
        let row = try #require(try database.pool.read { try $0.queryOne("SELECT id, household_id FROM person WHERE id = 1") })
        #expect(row.count == 2)
        #expect(row.columnNames == ["id", "household_id"])
        #expect(row[0] == .integer(1))
        #expect(row["household_id"] == .integer(7))
        #expect(row["householdId"] == .integer(7))
        #expect(row["nope"] == nil)
        #expect(throws: DatabaseError.self) { try row.get(5, as: Int.self) }
        #expect(throws: DatabaseError.self) { try row.get("nope", as: Int.self) }
    }

    @Test func exactColumnNameWinsOverCamelCaseAlias() {
        let columns = RowColumns(names: ["householdId", "household_id"], sql: "")
        #expect(columns.index(of: "householdId") == 0)
        #expect(columns.index(of: "household_id") == 1)
        #expect(RowColumns.lowerCamelCase("born_at_utc") == "bornAtUtc")
        #expect(RowColumns.lowerCamelCase("_private") == "private")
    }
}
