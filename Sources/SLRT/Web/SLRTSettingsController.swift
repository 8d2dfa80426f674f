import Core
import Database
import HTTPServer
package import Web

/// `/slrt/pengaturan`: number formats and eligibility rules per letter type, signatory, letterhead,
/// place, partners and complaint categories (admin and kasi).
package struct SLRTSettingsController: RouteCollection {
    let slrt: SLRTPages

    package init(_ slrt: SLRTPages) {
        self.slrt = slrt
    }

    package func addRoutes(to routes: inout RouteBuilder) {
        let access = RouteAccess.requires(Action.slrtSettings)
        routes.get("/slrt/pengaturan", access: access) { _, context in
            let (settings, version) = try slrt.pool.read { try SLRTSettingsStore.load(in: $0) }
            return try render(settings, version: version, problems: [:], context: context, status: .ok)
        }
        routes.post("/slrt/pengaturan", access: access) { request, context in
            let user = try context.slrtUser()
            let form = try request.urlEncodedForm()
            let version = Int(form["versi"] ?? "") ?? -1
            let (current, _) = try slrt.pool.read { try SLRTSettingsStore.load(in: $0) }
            let (settings, problems) = SLRTSettingsForm.read(form, over: current)
            guard problems.isEmpty else {
                return try render(settings, version: version, problems: problems, context: context, status: .unprocessableContent)
            }
            let saved = try slrt.pool.write { db in
                try SLRTSettingsStore.save(settings, expectedVersion: version, by: request.slrtActor(user, context), at: slrt.clock.now, in: db)
            }
            guard saved else { throw RequestError.changed }
            context.flash(.success, "Pengaturan SLRT tersimpan.")
            return .redirect(to: "/slrt/pengaturan")
        }
    }

    private func render(
        _ settings: SLRTSettings, version: Int, problems: [String: String], context: RequestContext, status: HTTPStatus
    ) throws -> Response {
        try slrt.pages.render(
            "slrt/pengaturan", title: "Pengaturan SLRT", SLRTSettingsView(settings, version: version, problems: problems),
            context: context, status: status)
    }
}

/// The settings form's fields.
struct SLRTSettingsView: Encodable {
    struct TypeFields: Encodable {
        let title: String
        let fields: [FormField]
    }

    let version: Int
    let types: [TypeFields]
    let general: [FormField]

    init(_ settings: SLRTSettings, version: Int, problems: [String: String]) {
        self.version = version
        types = (LetterType.allCases.map { type -> TypeFields in
            let key = type.rawValue
            let rule = settings.rule(type)
            return TypeFields(title: type.title, fields: [
                FormField(name: "format.\(key)", label: "Format nomor", value: settings.numberFormat(type), required: true,
                          hint: "Penanda: {seq}, {seq:3}, {year}, {month}, {month_roman}, {code}, {unit}.", error: problems["format.\(key)"]),
                FormField(name: "syarat.\(key)", label: "Wajib memenuhi syarat DTKS/SIDAMESRA", type: "checkbox", checked: rule.required),
                FormField(name: "desil.\(key)", label: "Desil DTKS/DTSEN paling tinggi", value: rule.maxDesil.map(String.init) ?? "",
                          type: "number", hint: "Kosong: keanggotaan DTKS tidak cukup.", error: problems["desil.\(key)"]),
                FormField(name: "kategori.\(key)", label: "Kategori SIDAMESRA yang memenuhi", value: rule.categories.joined(separator: ", "),
                          hint: "Pisahkan dengan koma, mis. Sangat Miskin, Miskin, Rentan Miskin."),
            ])
        }) + [TypeFields(title: "Surat rujukan", fields: [
            FormField(name: "format.rujukan", label: "Format nomor", value: settings.referralNumberFormat, required: true,
                      error: problems["format.rujukan"]),
        ])]
        general = [
            FormField(name: "kop.pemerintah", label: "Kop surat: baris pemerintah", value: settings.letterheadGovernment),
            FormField(name: "kop.dinas", label: "Kop surat: baris dinas", value: settings.letterheadOffice, required: true, error: problems["kop.dinas"]),
            FormField(name: "tempat", label: "Tempat penerbitan (sebelum tanggal)", value: settings.place, required: true, error: problems["tempat"]),
            FormField(name: "ttd.nama", label: "Penanda tangan: nama", value: settings.signatoryName,
                      hint: "Kosong: Kepala Dinas dari pengaturan umum."),
            FormField(name: "ttd.jabatan", label: "Penanda tangan: jabatan", value: settings.signatoryTitle),
            FormField(name: "ttd.pangkat", label: "Penanda tangan: pangkat/golongan", value: settings.signatoryRank),
            FormField(name: "ttd.nip", label: "Penanda tangan: NIP", value: settings.signatoryNIP),
            FormField(name: "ttd.pengguna", label: "Akun pejabat lain yang boleh menyetujui", value: settings.signerUsername,
                      hint: "Nama pengguna (mis. sekretaris); kosong: hanya Kepala Dinas."),
            FormField(name: "alamat_publik", label: "Alamat publik aplikasi (untuk kode QR)", value: settings.publicBaseURL,
                      hint: "Mis. https://dinsos.bantulkab.go.id", error: problems["alamat_publik"]),
            FormField(name: "mitra", label: "Mitra rujukan (satu per baris)", value: settings.partners.joined(separator: "\n"),
                      type: "textarea", error: problems["mitra"]),
            FormField(name: "kategori_pengaduan", label: "Kategori pengaduan (satu per baris)",
                      value: settings.complaintCategories.joined(separator: "\n"), type: "textarea", error: problems["kategori_pengaduan"]),
        ]
    }
}
