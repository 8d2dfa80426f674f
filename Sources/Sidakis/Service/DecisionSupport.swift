package import Core
package import Database
package import DTKS
import Foundation
package import Registry
package import Sidamesra

/// What the verifier sees beside a proposal: the register's data and NIK checks, the Dukcapil
/// match, DTKS/DTSEN membership and desil, the household's SIDAMESRA category and score, and the
/// warnings the SOP's checking is about. Other modules are read only through their read APIs.
package struct DecisionSupport: Sendable {
    package let person: Person?
    package let household: Household?
    package let kalurahan: String
    package let kapanewon: String
    /// nil when the NIK follows the rules; otherwise the problem's sentence.
    package let nikProblem: String?
    package let dukcapil: DukcapilMatch
    package let dtks: DTKSMembership?
    package let score: CurrentScore?
    /// Rank and desil in the kalurahan, kapanewon and kabupaten (empty when not assessed).
    package let ranks: [HouseholdRank]
    package let warnings: [String]
    package let age: Int?

    /// Gathers everything for `proposal` inside a read transaction.
    package static func gather(
        for proposal: Proposal, today: CalendarDate, in db: Connection
    ) throws -> DecisionSupport {
        let person = try PersonStore.find(proposal.personID, in: .everywhere, db: db)
        let household = try person.flatMap { try HouseholdStore.find($0.householdID, in: .everywhere, db: db) }
        let path = try household.map { try AreaStore.path(to: $0.areaCode, in: db) } ?? []
        var warnings: [String] = []
        var nikProblem: String?
        var dukcapil = DukcapilMatch.extractMissing
        var dtks: DTKSMembership?
        if let person {
            nikProblem = NIK.problem(person.nik, sex: person.sex, birthDate: person.birthDate)?.message
            if person.nikOverrideReason != nil {
                warnings.append("NIK lama yang menyalahi aturan format, diterima dengan alasan: \(person.nikOverrideReason ?? "").")
            }
            let api = DTKSReadAPI()
            dukcapil = try api.dukcapilCheck(
                DukcapilQuery(nik: person.nik, name: person.name, birthDate: person.birthDate, sex: person.sex), in: db)
            dtks = try api.membership(nik: person.nik, in: db)
            switch person.jknSegment {
            case .pbiAPBN: warnings.append("Sudah peserta PBI APBN menurut data penduduk.")
            case .pbiAPBD where proposal.status != .succeeded: warnings.append("Sudah peserta PBI APBD menurut data penduduk.")
            default: break
            }
            if person.status != .alive { warnings.append("Penduduk tercatat \(person.status.label.lowercased()).") }
            if proposal.kind == .newRegistration, [.pbpu, .ppu].contains(person.jknSegment) {
                warnings.append("Tercatat sebagai peserta \(person.jknSegment.label): usulan semestinya pengalihan kepesertaan.")
            }
        } else {
            warnings.append("Penduduk tidak ditemukan di data penduduk.")
        }
        if let household, household.status != .active {
            warnings.append("Keluarga tercatat \(household.status.label.lowercased()).")
        }
        for other in try ProposalStore.openProposals(nik: proposal.nik, excluding: proposal.id, in: db) {
            warnings.append("Ada usulan lain yang masih berjalan untuk NIK ini: \(other.registrationNumber) (\(other.status.label.lowercased())).")
        }
        let score = try household.flatMap { try SidamesraReadAPI.currentScore(ofHousehold: $0.id, in: db) }
        let ranks = try household.map { try SidamesraReadAPI.ranks(ofHousehold: $0.id, in: db) } ?? []
        return DecisionSupport(
            person: person, household: household,
            kalurahan: path.first { $0.level == .desa }?.name ?? proposal.areaCode,
            kapanewon: path.first { $0.level == .kecamatan }?.name ?? "",
            nikProblem: nikProblem, dukcapil: dukcapil, dtks: dtks, score: score, ranks: ranks, warnings: warnings,
            age: person.map { $0.birthDate.years(until: today) })
    }

    /// The Dukcapil line as staff read it.
    package var dukcapilText: String {
        switch dukcapil {
        case .padan: "Padan dengan Dukcapil"
        case .tidakPadan(let fields): "Tidak padan: " + fields.map(\.label).joined(separator: ", ")
        case .extractMissing: "Ekstrak Dukcapil belum dimuat: pemadanan belum dapat dilakukan."
        }
    }

    /// The DTKS/DTSEN line.
    package var dtksText: String {
        guard let dtks else { return "Tidak tercatat di DTKS/DTSEN (atau data DTKS belum dimuat)." }
        let desil = dtks.desil.map { "desil \($0)" } ?? "desil belum ada"
        return "Terdaftar, ID DTKS \(dtks.idDTKS), \(desil), sejak \(dtks.since.indonesian)"
    }

    /// The SIDAMESRA line.
    package var scoreText: String {
        guard let score else { return "Keluarga belum dinilai (SIDAMESRA)." }
        let places = ranks.map { place in
            let area = switch place.area {
            case .desa: "kalurahan"
            case .kecamatan: "kapanewon"
            case .kabupaten: "kabupaten"
            }
            return "peringkat \(place.rank) dari \(place.areaCount) di \(area) (desil \(place.desil))"
        }
        return "Skor \(score.total) · \(score.bandName) (penilaian \(score.assessedOn.indonesian))"
            + (score.isUnderActiveSet ? "" : " — dari set indikator lama")
            + (places.isEmpty ? "" : "; " + places.joined(separator: ", "))
    }
}
