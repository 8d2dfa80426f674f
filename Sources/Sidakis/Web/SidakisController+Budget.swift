import Core
import Database
import Foundation
import HTTPServer
import Web

extension SidakisController {
    struct BudgetView: Encodable {
        let premium: String
        let lines: [PBIBudget.Line]
        let totalMembers: String
        let totalMonthly: String
        let totalPending: String
        let totalProjected: String
        let kecamatanWord: String
    }

    func budget(_ context: RequestContext) throws -> Response {
        let premium = pages.settings.current.pbiPremiumRupiah
        let budget = try pool.read { try PBIBudget.compute(premium: premium, in: $0) }
        let view = BudgetView(
            premium: IndonesianFormat.rupiah(premium), lines: budget.lines,
            totalMembers: IndonesianFormat.number(budget.totalMembers), totalMonthly: IndonesianFormat.rupiah(budget.totalMonthly),
            totalPending: IndonesianFormat.number(budget.totalPending),
            totalProjected: IndonesianFormat.rupiah(budget.totalProjected), kecamatanWord: pages.settings.current.kecamatanWord)
        return try pages.render("sidakis/anggaran", title: "Anggaran PBI APBD", view, context: context)
    }

    struct SettingsView: Encodable {
        let fields: [FormField]
        let hasErrors: Bool
        let available: String
    }

    func settingsPage(
        _ context: RequestContext, values: [String: String]?, problems: [String: String], status: HTTPStatus
    ) throws -> Response {
        let stored = try pool.read { try SidakisSettings.load(in: $0) }
        let values = values ?? [
            "format_nomor": stored.numberFormat, "format_nomor_batch": stored.batchNumberFormat,
            "kolom_bnba": stored.bnbaColumns.map(\.rawValue).joined(separator: ","),
        ]
        let view = SettingsView(
            fields: [
                FormField(name: "format_nomor", label: "Format nomor registrasi usulan", value: values["format_nomor"] ?? "",
                          required: true, hint: "Token: {year}, {seq}, {seq:6}, {month}, {month_roman}. Contoh: PBI/{year}/{seq:6}",
                          error: problems["format_nomor"]),
                FormField(name: "format_nomor_batch", label: "Format nomor batch aktivasi", value: values["format_nomor_batch"] ?? "",
                          required: true, error: problems["format_nomor_batch"]),
                FormField(name: "kolom_bnba", label: "Kolom BNBA (urut, dipisah koma)", value: values["kolom_bnba"] ?? "",
                          type: "textarea", required: true, error: problems["kolom_bnba"]),
            ],
            hasErrors: !problems.isEmpty,
            available: BNBAColumn.allCases.map { "\($0.rawValue) (\($0.title))" }.joined(separator: ", "))
        return try pages.render("sidakis/pengaturan", title: "Pengaturan SIDAKIS", view, context: context, status: status)
    }

    func saveSettings(_ request: Request, _ context: inout RequestContext) throws -> Response {
        let (_, actor) = try Self.actor(request, context)
        let fields = try request.urlEncodedForm()
        let values = [
            "format_nomor": (fields["format_nomor"] ?? "").trimmingCharacters(in: .whitespaces),
            "format_nomor_batch": (fields["format_nomor_batch"] ?? "").trimmingCharacters(in: .whitespaces),
            "kolom_bnba": fields["kolom_bnba"] ?? "",
        ]
        var problems: [String: String] = [:]
        var settings = SidakisSettings()
        for key in ["format_nomor", "format_nomor_batch"] {
            do {
                try NumberFormat.validate(values[key] ?? "")
            } catch {
                problems[key] = "Format tidak sah: \(error)"
            }
            if !(values[key] ?? "").contains("{seq") { problems[key] = "Format harus memuat {seq} atau {seq:N}." }
        }
        settings.numberFormat = values["format_nomor"] ?? ""
        settings.batchNumberFormat = values["format_nomor_batch"] ?? ""
        if let columns = BNBAColumn.parseList(values["kolom_bnba"] ?? "") {
            settings.bnbaColumns = columns
        } else {
            problems["kolom_bnba"] = "Tulis kunci kolom yang dikenal, masing-masing sekali, dipisah koma."
        }
        guard problems.isEmpty else {
            return try settingsPage(context, values: values, problems: problems, status: .unprocessableContent)
        }
        let now = clock.now
        try pool.write { db in
            let before = try SidakisSettings.load(in: db)
            try settings.save(at: now, in: db)
            var changes = AuditChanges()
            changes.set(SidakisSettings.Key.numberFormat, from: before.numberFormat, to: settings.numberFormat)
            changes.set(SidakisSettings.Key.batchNumberFormat, from: before.batchNumberFormat, to: settings.batchNumberFormat)
            changes.set(SidakisSettings.Key.bnbaColumns, from: before.bnbaColumns.map(\.rawValue).joined(separator: ","),
                        to: settings.bnbaColumns.map(\.rawValue).joined(separator: ","))
            try AuditLog.record(AuditEntry(action: "sidakis.pengaturan", entity: "settings", entityID: "sidakis", changes: changes),
                                by: actor, in: db, at: now)
        }
        context.flash(.success, "Pengaturan SIDAKIS disimpan.")
        return .redirect(to: "/sidakis/pengaturan")
    }
}
