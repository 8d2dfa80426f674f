import Core
import Foundation

/// Facts about the loaded extract, shared by both civil-registry pages.
struct DukcapilLoadFacts: Encodable {
    let fileName: String
    let rows: String
    let skipped: String?
    let loadedAt: String
    let by: String

    init(_ load: DukcapilLoad, timeZone: String) {
        fileName = load.fileName
        rows = IndonesianFormat.number(load.rowCount)
        skipped = load.skippedRows > 0 ? IndonesianFormat.number(load.skippedRows) : nil
        loadedAt = IndonesianFormat.dateTime(load.loadedAt, timeZone: timeZone)
        by = load.username
    }
}

/// The model of `dtks/pemadanan-impor`.
struct DukcapilUploadView: Encodable {
    struct Column: Encodable {
        let name: String
        let note: String
    }

    let load: DukcapilLoadFacts?
    let error: String?
    let maxSize: String
    let columns: [Column]

    init(load: DukcapilLoad?, error: String?, maxBytes: Int, timeZone: String) {
        self.load = load.map { DukcapilLoadFacts($0, timeZone: timeZone) }
        self.error = error
        maxSize = "\(maxBytes / 1_048_576) MB"
        columns = DukcapilImportColumn.allCases.map { Column(name: $0.rawValue, note: $0.note) }
    }
}

/// The model of `dtks/pemadanan`.
struct DukcapilMatchingView: Encodable {
    struct Result: Encodable {
        let padan: Bool
        let text: String
        let reasons: [String]
        let hasReasons: Bool
    }

    let load: DukcapilLoadFacts?
    let waiting: String
    let hasWaiting: Bool
    let fields: [FormField]
    let result: Result?
    let canLoad: Bool

    init(load: DukcapilLoad?, waiting: Int, check: DukcapilCheckForm, result: DukcapilMatch?, timeZone: String, canLoad: Bool) {
        self.load = load.map { DukcapilLoadFacts($0, timeZone: timeZone) }
        self.waiting = IndonesianFormat.number(waiting)
        hasWaiting = waiting > 0
        fields = check.fields
        self.result = result.map { Result(padan: $0.isPadan, text: $0.text, reasons: $0.reasons.map(\.label), hasReasons: !$0.reasons.isEmpty) }
        self.canLoad = canLoad
    }
}
