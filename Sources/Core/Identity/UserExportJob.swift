import Database
import Documents
import Foundation

/// The `pengguna.ekspor` job: every account as CSV (UTF-8 with BOM, `;` for Excel in an
/// Indonesian locale), written into the job's result file in pieces.
package struct UserExportJob: JobHandler {
    /// The kind name.
    package static let name = "pengguna.ekspor"
    /// Rows read and written per piece.
    static let batchSize = 500

    let settings: SettingsCache

    /// The registered kind.
    package static func kind(settings: SettingsCache) -> JobKind {
        JobKind(name: name, label: "Ekspor daftar pengguna (CSV)", handler: UserExportJob(settings: settings))
    }

    package func run(_ job: JobContext) throws {
        let words = settings.current
        var written = 0
        // One read transaction: the file is one consistent snapshot of the accounts.
        try job.pool.read { db in
            let total = try UserStore.count(in: db)
            try job.report(done: 0, total: total, message: "Menyiapkan ekspor \(IndonesianFormat.number(total)) pengguna.")
            try job.writeResult(filename: "daftar-pengguna.csv", contentType: "text/csv; charset=utf-8") { file in
                var writer = CSVWriter(delimiter: .semicolon, byteOrderMark: true)
                writer.write(Self.header)
                var page = 1
                while true {
                    let (users, _) = try UserStore.list(
                        UserListFilter(), paging: Paging(page: page, pageSize: Self.batchSize), in: db)
                    if users.isEmpty { break }
                    for user in users { writer.write(Self.record(user, words: words)) }
                    try file.write(writer.takeBytes())
                    written += users.count
                    try job.report(
                        done: written, total: total,
                        message: "\(IndonesianFormat.number(written)) dari \(IndonesianFormat.number(total)) pengguna ditulis.")
                    page += 1
                }
                try file.write(writer.takeBytes())
            }
        }
        job.summary = "\(IndonesianFormat.number(written)) pengguna diekspor."
    }

    static let header = [
        "Nama pengguna", "Nama lengkap", "Peran", "Wilayah", "Status", "Dibuat", "Kata sandi diubah",
    ]

    static func record(_ user: User, words: Settings) -> [String] {
        let areas = user.areas.isEmpty
            ? (user.role.isAreaBound ? "" : "Seluruh wilayah")
            : user.areas.map { "\(words.word(for: $0.level)) \($0.name) (\($0.code))" }.joined(separator: ", ")
        return [
            user.username, user.fullName, user.role.label, areas, user.isActive ? "Aktif" : "Nonaktif",
            IndonesianFormat.dateTime(user.createdAt, timeZone: words.timeZone),
            IndonesianFormat.dateTime(user.passwordChangedAt, timeZone: words.timeZone),
        ]
    }
}
