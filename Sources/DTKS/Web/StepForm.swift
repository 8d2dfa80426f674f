import Core
import Foundation
import Web

/// The forms of the proposal page: which step (`langkah`), the version the page showed, and the
/// fields the step needs. `perform` calls the service for the step.
struct StepForm {
    var step = ""
    var version = 0
    var note = ""
    var day = ""
    var outcome = ""
    var reasons = ""
    var latitude = ""
    var longitude = ""
    var idDTKS = ""
    var requirements = ProposalRequirements(familyCard: false, identityCard: false, povertyLetter: false)
    var errors: [String: String] = [:]

    init() {}

    init(_ fields: FormFields) {
        step = fields["langkah"] ?? ""
        version = fields["versi"].flatMap { Int($0) } ?? 0
        note = (fields["catatan"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        day = fields["tanggal"] ?? ""
        outcome = fields["hasil"] ?? ""
        reasons = (fields["alasan"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        latitude = (fields["lintang"] ?? "").trimmingCharacters(in: .whitespaces)
        longitude = (fields["bujur"] ?? "").trimmingCharacters(in: .whitespaces)
        idDTKS = (fields["id_dtks"] ?? "").trimmingCharacters(in: .whitespaces)
        requirements = ProposalRequirements(
            familyCard: fields["kk"] == "1", identityCard: fields["ktp"] == "1", povertyLetter: fields["sktm"] == "1")
    }

    /// Runs the step; returns the flash message.
    func perform(_ id: Int64, files: FormData, service: ProposalService, by actor: Actor, scope: AreaScope) throws -> String {
        switch step {
        case ProposalWorkflow.Move.accept.rawValue:
            try service.accept(id, version: version, by: actor, scope: scope)
            return "Usulan diterima; lanjut koordinasi."
        case ProposalWorkflow.Move.recordCoordination.rawValue:
            try service.recordCoordination(id, version: version, note: note, on: CalendarDate(iso: day), by: actor, scope: scope)
            return "Hasil koordinasi tercatat; lanjut penilaian lapangan."
        case ProposalWorkflow.Move.returnToProposer.rawValue:
            try service.returnToProposer(id, version: version, reason: note, by: actor, scope: scope)
            return "Usulan dikembalikan ke pengusul."
        case "penilaian":
            guard outcome == "layak" || outcome == "tidak_layak" else {
                throw ProposalError.invalid(field: "hasil", message: "Pilih hasil penilaian.")
            }
            guard let assessedOn = CalendarDate(iso: day) else {
                throw ProposalError.invalid(field: "tanggal", message: "Isi tanggal kunjungan.")
            }
            let (lat, lon) = try coordinates()
            let photo = try files.file("foto").flatMap { $0.size > 0 ? $0 : nil }.map {
                try AttachmentService.check(AttachmentUpload($0), kind: .photo)
            }
            try service.assess(
                id, version: version,
                FieldAssessment(eligible: outcome == "layak", reasons: reasons, day: assessedOn, latitude: lat, longitude: lon),
                photo: photo, by: actor, scope: scope)
            return outcome == "layak" ? "Hasil penilaian: layak." : "Hasil penilaian: tidak layak; usulan dikembalikan."
        case ProposalWorkflow.Move.markEntered.rawValue:
            try service.markEntered(id, version: version, by: actor, scope: scope)
            return "Usulan ditandai sudah diinput."
        case "padankan":
            let padan = try service.match(id, version: version, by: actor, scope: scope)
            return padan ? "Padan dengan Dukcapil; siap finalisasi." : "Tidak padan dengan Dukcapil; usulan dikembalikan dengan alasannya."
        case ProposalWorkflow.Move.proposeAgain.rawValue:
            try service.proposeAgain(
                id, version: version, requirements: requirements, documents: try ProposalForm.documents(files.files("dokumen")),
                by: actor, scope: scope)
            return "Usulan diajukan ulang."
        case ProposalWorkflow.Move.withdraw.rawValue:
            try service.withdraw(id, version: version, reason: note, by: actor, scope: scope)
            return "Usulan dibatalkan."
        case ProposalWorkflow.Move.register.rawValue:
            try ProposalResults(pool: service.pool, clock: service.clock).enter(id, idDTKS: idDTKS, version: version, by: actor, scope: scope)
            return "ID DTKS tercatat."
        default:
            throw ProposalError.invalid(field: "langkah", message: "Langkah tidak dikenal.")
        }
    }

    private func coordinates() throws -> (Double?, Double?) {
        if latitude.isEmpty && longitude.isEmpty { return (nil, nil) }
        guard let lat = Double(latitude.replacingOccurrences(of: ",", with: ".")), (-90...90).contains(lat),
            let lon = Double(longitude.replacingOccurrences(of: ",", with: ".")), (-180...180).contains(lon)
        else { throw ProposalError.invalid(field: "lintang", message: "Koordinat tidak terbaca: isi lintang dan bujur desimal, mis. -7.95 dan 110.25.") }
        return (lat, lon)
    }
}
