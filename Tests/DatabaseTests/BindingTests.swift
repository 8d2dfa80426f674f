import Foundation
import Testing
import TestSupport
@testable import Database

struct BindingTests {
    private func roundTrip<T: DatabaseValueConvertible>(_ value: T, in database: TemporaryDatabase) throws -> T {
        try database.pool.read { try $0.scalar(T.self, "SELECT ?", [value]) }
    }

    private func storageClass(of value: (any DatabaseValueConvertible)?, in database: TemporaryDatabase) throws -> String {
        try database.pool.read { try $0.scalar(String.self, "SELECT typeof(?)", [value]) }
    }

    @Test func integersRoundTrip() throws {
        let database = try TemporaryDatabase()
        for value in [Int64.min, -1, 0, 1, Int64.max] {
            #expect(try roundTrip(value, in: database) == value)
        }
        #expect(try roundTrip(Int.max, in: database) == Int.max)
        #expect(try roundTrip(Int32.min, in: database) == Int32.min)
    }

    @Test func doublesRoundTrip() throws {
        let database = try TemporaryDatabase()
        for value in [Double.pi, -0.5, 1e300, Double.leastNonzeroMagnitude] {
            #expect(try roundTrip(value, in: database) == value)
        }
        #expect(try storageClass(of: 1.0, in: database) == "real")
    }

    @Test(arguments: ["", "plain", "Łódź — 東京 — Gunungkidul 🇮🇩", "quote ' and \" and ; DROP TABLE x; --"])
    func stringsRoundTripAsText(value: String) throws {
        let database = try TemporaryDatabase()
        #expect(try roundTrip(value, in: database) == value)
        #expect(try roundTrip(value[...], in: database) == value[...])
        #expect(try storageClass(of: value, in: database) == "text")
    }

    @Test func blobsRoundTripIncludingEmptyAndZeroBytes() throws {
        let database = try TemporaryDatabase()
        let bytes: [UInt8] = [0, 1, 0, 255, 0]
        #expect(try roundTrip(bytes, in: database) == bytes)
        #expect(try roundTrip([UInt8](), in: database) == [])
        #expect(try storageClass(of: [UInt8](), in: database) == "blob")
        #expect(try roundTrip(Data(bytes), in: database) == Data(bytes))
    }

    @Test func boolsAreIntegersZeroAndOne() throws {
        let database = try TemporaryDatabase()
        #expect(try roundTrip(true, in: database) == true)
        #expect(try roundTrip(false, in: database) == false)
        #expect(try database.pool.read { try $0.scalar(Int.self, "SELECT ? + ?", [true, true]) } == 2)
    }

    @Test func datesAreISO8601UTCText() throws {
        let database = try TemporaryDatabase()
        let date = Date(timeIntervalSince1970: 1_795_525_500)
        #expect(try database.pool.read { try $0.scalar(String.self, "SELECT ?", [date]) } == "2026-11-24T13:05:00Z")
        #expect(try roundTrip(date, in: database) == date)
        let fromSQLite = try database.pool.read {
            try $0.scalar(Date.self, "SELECT datetime(1795525500, 'unixepoch')")
        }
        #expect(fromSQLite == date)
    }

    @Test func nilAndOptionalsBindNullOrTheirValue() throws {
        let database = try TemporaryDatabase()
        let missing: String? = nil
        let present: Int? = 42
        #expect(try storageClass(of: nil, in: database) == "null")
        #expect(try storageClass(of: missing, in: database) == "null")
        #expect(try roundTrip(missing, in: database) == nil)
        #expect(try roundTrip(present, in: database) == 42)
        let mixed = try database.pool.read {
            try $0.queryOne("SELECT ?, ?, ?", [missing, present, nil])
        }
        #expect(mixed?.values == [.null, .integer(42), .null])
    }

    @Test func rawValueEnumsStoreTheirRawValue() throws {
        enum Status: String, DatabaseValueConvertible { case active, moved }
        let database = try TemporaryDatabase()
        #expect(try database.pool.read { try $0.scalar(String.self, "SELECT ?", [Status.moved]) } == "moved")
        #expect(try roundTrip(Status.active, in: database) == .active)
        #expect(throws: DatabaseError.self) {
            try database.pool.read { try $0.scalar(Status.self, "SELECT 'unknown'") }
        }
    }

    @Test func valuesOfTheWrongStorageClassAreRefused() throws {
        let database = try TemporaryDatabase()
        let error = try #require(throws: DatabaseError.self) {
            try database.pool.read { try $0.scalar(Int.self, "SELECT 'twelve'") }
        }
        #expect(error.extendedResultCode == .mismatch)
        #expect(error.message.contains("TEXT"))
        #expect(throws: DatabaseError.self) { try database.pool.read { try $0.scalar(String.self, "SELECT 12") } }
        #expect(throws: DatabaseError.self) { try database.pool.read { try $0.scalar(Date.self, "SELECT 'not a date'") } }
        #expect(throws: DatabaseError.self) { try database.pool.read { try $0.scalar(Int32.self, "SELECT 1 << 40") } }
    }

    @Test func doubleAlsoReadsIntegers() throws {
        let database = try TemporaryDatabase()
        #expect(try database.pool.read { try $0.scalar(Double.self, "SELECT 3") } == 3.0)
    }

    @Test func storedRowsRoundTripThroughAStrictTable() throws {
        let database = try TemporaryDatabase.withPeople()
        let born = Date(timeIntervalSince1970: 631_152_000)
        let photo: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0]
        try database.pool.write { db in
            try db.execute(
                "INSERT INTO person (nik, name, born_at, age, photo) VALUES (?, ?, ?, ?, ?)",
                ["3402010101900001", "Siti Aminah — ًعربي", born, 35, photo])
        }
        let row = try #require(try database.pool.read { try $0.queryOne("SELECT name, born_at, age, photo, household_id FROM person") })
        #expect(try row.get("name", as: String.self) == "Siti Aminah — ًعربي")
        #expect(try row.get("born_at", as: Date.self) == born)
        #expect(try row.get("age", as: Int.self) == 35)
        #expect(try row.get("photo", as: [UInt8].self) == photo)
        #expect(try row.get("household_id", as: Int64?.self) == nil)
    }
}
