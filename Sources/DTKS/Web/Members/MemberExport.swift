import Core
import Database
import Documents

/// The columns of the members list's CSV and XLSX exports. NIK and No KK are whole only for roles
/// with `Action.viewFullNIK`; identifiers are text cells in XLSX.
enum MemberExport {
    /// Rows read per short read transaction while streaming.
    static let chunkSize = 2_000

    static let columns: [XLSXColumn] = [
        XLSXColumn("NIK", width: 19), XLSXColumn("Nama", width: 28), XLSXColumn("No KK", width: 19),
        XLSXColumn("ID DTKS", width: 20), XLSXColumn("Desil", width: 7), XLSXColumn("Kode Kalurahan", width: 15),
        XLSXColumn("Kalurahan", width: 20), XLSXColumn("Sejak", width: 12), XLSXColumn("Sumber", width: 14),
        XLSXColumn("Status", width: 10), XLSXColumn("Tanggal Nonaktif", width: 14), XLSXColumn("Alasan Nonaktif", width: 30),
    ]

    static func identifier(_ text: String, full: Bool) -> String { full ? text : IdentityNumberText.masked(text) }

    static func fields(_ row: DTKSMemberRow, fullNumbers: Bool) -> [String] {
        let m = row.member
        return [
            identifier(m.nik, full: fullNumbers), m.name, identifier(m.noKK, full: fullNumbers), m.idDTKS ?? "",
            m.desil.map(String.init) ?? "", m.areaCode ?? "", row.areaName, m.since.iso, m.source.label, m.status.label,
            m.deactivatedOn?.iso ?? "", m.deactivationReason,
        ]
    }

    static func cells(_ row: DTKSMemberRow, fullNumbers: Bool) -> [XLSXCell] {
        let m = row.member
        return [
            .text(identifier(m.nik, full: fullNumbers)), .text(m.name), .text(identifier(m.noKK, full: fullNumbers)),
            .text(m.idDTKS ?? ""), m.desil.map { .integer($0) } ?? .empty, .text(m.areaCode ?? ""), .text(row.areaName),
            .date(year: m.since.year, month: m.since.month, day: m.since.day), .text(m.source.label), .text(m.status.label),
            m.deactivatedOn.map { .date(year: $0.year, month: $0.month, day: $0.day) } ?? .empty, .text(m.deactivationReason),
        ]
    }
}

/// The rows of one export, read in keyset pieces of `MemberExport.chunkSize`, each in its own
/// short read transaction. Not thread-safe: the connection pulls from one thread at a time.
final class MemberRowSource {
    private let pool: DatabasePool
    private let filter: DTKSMemberFilter
    private let scope: AreaScope
    private var lastID: Int64 = 0
    private var buffer: [DTKSMemberRow] = []
    private var position = 0
    private var exhausted = false

    init(pool: DatabasePool, filter: DTKSMemberFilter, scope: AreaScope) {
        self.pool = pool
        self.filter = filter
        self.scope = scope
    }

    func next() throws -> DTKSMemberRow? {
        if position == buffer.count {
            guard !exhausted else { return nil }
            let after = lastID
            buffer = try pool.read { db in
                try DTKSMemberStore.rows(filter, scope: scope, afterID: after, limit: MemberExport.chunkSize, in: db)
            }
            position = 0
            exhausted = buffer.count < MemberExport.chunkSize
            guard let last = buffer.last else { return nil }
            lastID = last.member.id
        }
        defer { position += 1 }
        return buffer[position]
    }
}
