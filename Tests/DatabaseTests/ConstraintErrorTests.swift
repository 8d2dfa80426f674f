import Testing
import TestSupport
@testable import Database

struct ConstraintErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let sql: String
        let arguments: [String?]
        let code: ResultCode
        let kind: ConstraintViolation.Kind
        let table: String?
        let columns: [String]
        let name: String?
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "unique", sql: "INSERT INTO person (nik, name) VALUES (?, ?)", arguments: ["3402010101900001", "Copy"],
             code: .constraintUnique, kind: .unique, table: "person", columns: ["nik"], name: nil),
        Case(label: "composite unique", sql: "INSERT INTO person (nik, name, household_id) VALUES (?, ?, 1)",
             arguments: ["3402010101900009", "Budi"],
             code: .constraintUnique, kind: .unique, table: "person", columns: ["household_id", "name"], name: nil),
        Case(label: "primary key", sql: "INSERT INTO person (id, nik, name) VALUES (1, ?, ?)", arguments: ["3402010101900003", "X"],
             code: .constraintPrimaryKey, kind: .primaryKey, table: "person", columns: ["id"], name: nil),
        Case(label: "foreign key", sql: "INSERT INTO person (nik, name, household_id) VALUES (?, ?, 999)",
             arguments: ["3402010101900004", "Orphan"],
             code: .constraintForeignKey, kind: .foreignKey, table: nil, columns: [], name: nil),
        Case(label: "check", sql: "INSERT INTO person (nik, name, status) VALUES (?, ?, ?)",
             arguments: ["3402010101900005", "X", "dead"],
             code: .constraintCheck, kind: .check, table: nil, columns: [], name: "status_known"),
        Case(label: "not null", sql: "INSERT INTO person (nik, name) VALUES (?, ?)", arguments: ["3402010101900006", nil],
             code: .constraintNotNull, kind: .notNull, table: "person", columns: ["name"], name: nil),
        Case(label: "strict datatype", sql: "INSERT INTO person (nik, name, age) VALUES (?, ?, ?)",
             arguments: ["3402010101900007", "X", "forty"],
             code: .constraintDatatype, kind: .datatype, table: "person", columns: ["age"], name: nil),
    ]

    @Test(arguments: cases)
    func violationsAreTypedWithTheirDetail(_ testCase: Case) throws {
        let database = try TemporaryDatabase.withPeople()
        try database.pool.write { db in
            try db.execute("INSERT INTO household (id, kk) VALUES (1, '3402010101000001')")
            try db.execute("INSERT INTO person (id, nik, name, household_id) VALUES (1, '3402010101900001', 'Budi', 1)")
        }
        let error = try #require(throws: DatabaseError.self) {
            try database.pool.write { try $0.execute(testCase.sql, testCase.arguments) }
        }
        #expect(error.extendedResultCode == testCase.code)
        #expect(error.resultCode == .constraint)
        #expect(error.isConstraintViolation)
        #expect(error.sql == testCase.sql)
        #expect(error.isUniqueViolation == (testCase.kind == .unique || testCase.kind == .primaryKey))
        #expect(error.isForeignKeyViolation == (testCase.kind == .foreignKey))
        #expect(error.isCheckViolation == (testCase.kind == .check))
        #expect(error.isNotNullViolation == (testCase.kind == .notNull))
        #expect(error.isDatatypeViolation == (testCase.kind == .datatype))
        let constraint = try #require(error.constraint)
        #expect(constraint.kind == testCase.kind)
        #expect(constraint.table == testCase.table)
        #expect(constraint.columns == testCase.columns)
        #expect(constraint.name == testCase.name)
    }

    @Test func resultCodesMatchInCatchClauses() throws {
        let database = try TemporaryDatabase.withPeople()
        try database.pool.write { try $0.execute("INSERT INTO person (nik, name) VALUES ('1', 'A')") }
        var matched: [String] = []
        for _ in 0..<2 {
            do {
                try database.pool.write { try $0.execute("INSERT INTO person (nik, name) VALUES ('1', 'B')") }
            } catch ResultCode.constraintForeignKey {
                matched.append("foreign key")
            } catch ResultCode.constraintUnique where matched.isEmpty {
                matched.append("unique")
            } catch ResultCode.constraint {
                matched.append("any constraint")
            }
        }
        #expect(matched == ["unique", "any constraint"])
        #expect(!(ResultCode.constraintUnique ~= TestFailure()))
    }

    @Test func otherErrorsHaveNoConstraintDetail() throws {
        let error = DatabaseError(code: .busy, message: "database is locked")
        #expect(error.constraint == nil)
        #expect(!error.isConstraintViolation)
        #expect(error.description.contains("database is locked"))
    }

    @Test(arguments: [
        ("UNIQUE constraint failed: main_table.col", ResultCode.constraintUnique, "main_table", ["col"]),
        ("UNIQUE constraint failed: index 'idx_x'", ResultCode.constraintUnique, nil, ["index 'idx_x'"]),
        ("NOT NULL constraint failed: t.a", ResultCode.constraintNotNull, "t", ["a"]),
        ("cannot store REAL value in INTEGER column t.n", ResultCode.constraintDatatype, "t", ["n"]),
    ] as [(String, ResultCode, String?, [String])])
    func messagesParseWithoutTheDatabase(message: String, code: ResultCode, table: String?, columns: [String]) {
        let violation = ConstraintViolation(code: code, message: message)
        #expect(violation.table == table)
        #expect(violation.columns == columns)
    }
}
