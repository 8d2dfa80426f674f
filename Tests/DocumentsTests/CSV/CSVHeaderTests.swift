import Documents
import Testing

@Suite struct CSVHeaderTests {
    let header = CSVHeader(CSVRecord(line: 1, fields: [" Code", "NAME ", "parent_code", "level"]))

    @Test func namesMatchWithoutCaseOrSurroundingSpaces() {
        #expect(header.names == ["Code", "NAME", "parent_code", "level"])
        #expect(header.index(of: "code") == 0)
        #expect(header.index(of: " name") == 1)
        #expect(header.index(of: "parent") == nil)
    }

    @Test func missingColumnsAreListedInTheAskedOrder() {
        #expect(header.missing(["code", "kecamatan", "level", "desa"]) == ["kecamatan", "desa"])
        #expect(header.missing(["code", "name"]).isEmpty)
    }

    @Test func valuesOfShortRecordsAreEmpty() {
        let record = CSVRecord(line: 2, fields: ["34", "DIY"])
        #expect(header.value("name", in: record) == "DIY")
        #expect(header.value("level", in: record) == "")
        #expect(header.value("nothing", in: record) == nil)
    }
}
