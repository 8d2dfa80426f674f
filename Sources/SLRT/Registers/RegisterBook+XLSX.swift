import Documents
package import Foundation

extension RegisterBook {
    /// The book as a workbook: one sheet each for requests, letters, referrals and the SLA per step.
    package func xlsx(timeZone: TimeZone, created: Date) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let writer = XLSXWriter(sink: ByteSink { bytes += $0 }, timeZone: timeZone, created: created)
        try writer.startSheet(named: "Permohonan", columns: [
            XLSXColumn("No", width: 5), XLSXColumn("No permohonan", width: 12), XLSXColumn("Diterima", width: 28),
            XLSXColumn("Jenis", width: 24), XLSXColumn("Pemohon", width: 28), XLSXColumn("NIK", width: 20),
            XLSXColumn("Tahap", width: 32), XLSXColumn("Nomor surat", width: 34), XLSXColumn("Waktu kerja (menit)", width: 14),
            XLSXColumn("Tahap lewat standar", width: 12),
        ])
        for row in requests {
            try writer.addRow([
                .integer(row.number), .integer(Int(row.id)), .text(row.received), .text(row.type), .text(row.applicant),
                .text(row.nik), .text(row.state), .text(row.letterNumber), .integer(row.workingMinutes), .integer(row.overdueSteps),
            ])
        }
        try writer.startSheet(named: "Surat", columns: [
            XLSXColumn("No", width: 5), XLSXColumn("Nomor surat", width: 34), XLSXColumn("Tanggal", width: 18),
            XLSXColumn("Jenis", width: 36), XLSXColumn("Atas nama", width: 28), XLSXColumn("Status", width: 30),
        ])
        for row in letters {
            try writer.addRow([
                .integer(row.number), .text(row.letterNumber), .text(row.issuedOn), .text(row.title), .text(row.applicant),
                .text(row.status),
            ])
        }
        try writer.startSheet(named: "Rujukan", columns: [
            XLSXColumn("No", width: 5), XLSXColumn("Dirujuk", width: 18), XLSXColumn("Warga", width: 28),
            XLSXColumn("Mitra", width: 22), XLSXColumn("Kebutuhan", width: 36), XLSXColumn("Status", width: 16),
            XLSXColumn("Diterima", width: 18), XLSXColumn("Ditindaklanjuti", width: 18), XLSXColumn("Selesai", width: 18),
        ])
        for row in referrals {
            try writer.addRow([
                .integer(row.number), .text(row.referredOn), .text(row.applicant), .text(row.partner), .text(row.need),
                .text(row.state), .text(row.acceptedOn), .text(row.followedUpOn), .text(row.finishedOn),
            ])
        }
        try writer.startSheet(named: "Waktu layanan", columns: [
            XLSXColumn("Tahap", width: 36), XLSXColumn("Standar", width: 14), XLSXColumn("Jumlah", width: 10),
            XLSXColumn("Rata-rata", width: 14), XLSXColumn("Lewat standar", width: 14),
        ])
        for row in steps {
            try writer.addRow([.text(row.label), .text(row.standard), .integer(row.count), .text(row.average), .integer(row.overdue)])
        }
        try writer.finish()
        return bytes
    }
}
