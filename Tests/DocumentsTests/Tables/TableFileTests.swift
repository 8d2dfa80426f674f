import Documents
import Testing

/// Every import reads its file through one rule: XLSX by content, CSV otherwise.
@Suite struct TableFileTests {
    @Test func aWorkbookIsReadByItsContentWhateverItsName() throws {
        let bytes = try XLSXWriter.encode(
            sheetNamed: "Data", columns: [XLSXColumn("NIK"), XLSXColumn("Nama")],
            rows: [[.text("3402011205800001"), .text("Sumarni")]])
        #expect(TableFile.isWorkbook(bytes))
        #expect(try TableFile.records(bytes).map(\.fields) == [["NIK", "Nama"], ["3402011205800001", "Sumarni"]])
    }

    @Test func anythingElseIsCSVWithItsDelimiterDetected() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("NIK;Nama\r\n3402011205800001;Sumarni\r\n".utf8)
        #expect(!TableFile.isWorkbook(bytes))
        #expect(try TableFile.records(bytes).map(\.fields) == [["NIK", "Nama"], ["3402011205800001", "Sumarni"]])
    }

    @Test func unreadableFilesSayWhyInIndonesian() {
        #expect(throws: TableFileError.self) { try TableFile.records(TableFile.zipSignature + [0, 1, 2, 3]) }
        #expect {
            try TableFile.records(Array("a,b\n\"tidak ditutup\n".utf8))
        } throws: { error in
            (error as? TableFileError)?.message.isEmpty == false
        }
    }
}
