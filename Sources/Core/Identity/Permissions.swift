/// The one permission table: which role may perform which action. Every protected route names
/// one of these actions; `Permissions.unknownActions(in:)` lets start-up refuse any other name.
package enum Permissions {
    /// Every action the application knows, with the roles allowed to perform it.
    package static let table: [String: Set<Role>] = [
        Action.home: Set(Role.allCases),
        Action.changeOwnPassword: Set(Role.allCases),
        Action.viewAreas: Set(Role.allCases),
        Action.manageUsers: [.admin],
        Action.viewAudit: [.admin, .kasi],
        Action.manageSettings: [.admin],
        Action.viewJobs: Set(Role.allCases),
        Action.viewAllJobs: [.admin, .kasi],
        Action.viewIndicators: [.staf, .kasi, .kadis, .admin],
        Action.manageIndicators: [.admin, .kasi],
        Action.viewRegistry: Set(Role.allCases),
        Action.editRegistry: [.operator, .pendamping, .staf, .admin],
        Action.viewFullNIK: [.operator, .pendamping, .staf, .kasi],
        Action.assessHousehold: [.operator, .pendamping, .staf, .admin],
        Action.viewWelfareProfile: Set(Role.allCases),
        Action.viewRanking: Set(Role.allCases),
        Action.importRegistry: [.operator, .pendamping, .staf, .admin],
        Action.viewDTKSMembers: Set(Role.allCases),
        Action.importDTSEN: [.staf, .kasi, .admin],
        Action.viewVerivali: Set(Role.allCases),
        Action.recordVerivali: [.operator, .pendamping, .staf, .admin],
        Action.manageVerivali: [.staf, .kasi, .admin],
        Action.viewProposals: [.operator, .pendamping, .staf, .kasi, .kadis],
        Action.submitProposal: [.operator, .pendamping, .staf],
        Action.verifyProposal: [.staf],
        Action.approveProposal: [.kasi],
        Action.activateProposals: [.staf],
        Action.viewPBIBudget: [.staf, .kasi, .kadis],
        Action.manageSidakisSettings: [.admin, .kasi],
        Action.manageAPITokens: [.admin],
        Action.slrtView: [.staf, .kasi, .kadis, .admin],
        Action.slrtFrontOffice: [.staf],
        Action.slrtBackOffice: [.staf],
        Action.slrtDecide: [.kasi],
        Action.slrtSign: [.kadis, .kasi],
        Action.slrtReferrals: [.staf, .kasi],
        Action.slrtComplaints: [.staf, .kasi],
        Action.slrtSettings: [.admin, .kasi],
        Action.viewDashboard: Set(Role.allCases),
    ]

    /// True when `role` may perform `action`; unknown actions are denied.
    package static func allows(_ role: Role, _ action: String) -> Bool {
        table[action]?.contains(role) ?? false
    }

    /// The actions in `actions` that the table does not know, sorted, for a start-up error.
    package static func unknownActions(in actions: some Sequence<String>) -> [String] {
        Set(actions.filter { table[$0] == nil }).sorted()
    }
}

/// Action names, grouped here so routes and the table cannot drift apart by a typo.
package enum Action {
    package static let home = "beranda.lihat"
    package static let changeOwnPassword = "akun.ubah-sandi"
    package static let viewAreas = "wilayah.lihat"
    package static let manageUsers = "pengguna.kelola"
    package static let viewAudit = "audit.lihat"
    package static let manageSettings = "pengaturan.kelola"
    /// Open one's own background jobs (progress, result, cancel).
    package static let viewJobs = "tugas.lihat"
    /// See and cancel everyone's background jobs.
    package static let viewAllJobs = "tugas.lihat-semua"
    package static let viewIndicators = "sidamesra.indikator.lihat"
    package static let manageIndicators = "sidamesra.indikator.kelola"
    package static let viewRegistry = "keluarga.lihat"
    package static let editRegistry = "keluarga.ubah"
    /// Seeing a person's whole NIK (elsewhere it is masked); each full view is audited.
    package static let viewFullNIK = "penduduk.lihat-nik"
    /// Filling in a household's SIDAMESRA assessment (pendataan).
    package static let assessHousehold = "sidamesra.penilaian"
    /// Opening a household's welfare profile (area-scoped like the register).
    package static let viewWelfareProfile = "sidamesra.profil.lihat"
    /// The SIDAMESRA ranking and its exports, inside one's area scope.
    package static let viewRanking = "sidamesra.peringkat.lihat"
    /// Importing households from a file, inside one's own areas.
    package static let importRegistry = "keluarga.impor"
    /// The DTKS/DTSEN members list and its exports, inside one's area scope.
    package static let viewDTKSMembers = "dtks.anggota.lihat"
    /// Importing DTSEN desil files.
    package static let importDTSEN = "dtks.dtsen.impor"
    /// Verivali rounds and their reports, inside one's area scope.
    package static let viewVerivali = "dtks.verivali.lihat"
    /// Recording a household's verivali result (field officers), inside one's area scope.
    package static let recordVerivali = "dtks.verivali.catat"
    /// Opening and closing verivali rounds (closing applies the results).
    package static let manageVerivali = "dtks.verivali.kelola"
    /// SIDAKIS proposals inside one's area scope (queues, proposal pages, documents).
    package static let viewProposals = "sidakis.usulan.lihat"
    /// Submitting a PBI APBD proposal, and resubmitting a returned one.
    package static let submitProposal = "sidakis.usulan.ajukan"
    /// Receiving and verifying proposals, or returning them to the proposer (staf Linjamsos).
    package static let verifyProposal = "sidakis.usulan.verifikasi"
    /// Approving verified proposals or sending them back to the staff (Kepala Seksi).
    package static let approveProposal = "sidakis.usulan.setujui"
    /// BNBA export into activation batches and BPJS result entry and import.
    package static let activateProposals = "sidakis.aktivasi"
    /// The PBI APBD budget view.
    package static let viewPBIBudget = "sidakis.anggaran.lihat"
    /// SIDAKIS settings: registration number format and BNBA columns.
    package static let manageSidakisSettings = "sidakis.pengaturan"
    /// Creating and revoking users' API tokens.
    package static let manageAPITokens = "token-api.kelola"
    /// The SLRT queues, requests, letters, referrals, complaints and registers (read).
    package static let slrtView = "slrt.lihat"
    /// SLRT front office: taking requests, the document checklist, the DTKS check.
    package static let slrtFrontOffice = "slrt.front-office"
    /// SLRT back office: verifying documents, recommending, returning or rejecting.
    package static let slrtBackOffice = "slrt.back-office"
    /// The SLRT manager (kasi): overriding the eligibility rule, revoking letters.
    package static let slrtDecide = "slrt.putuskan"
    /// Approving (signing) letters: kadis, or the official the SLRT settings name.
    package static let slrtSign = "slrt.tandatangani"
    /// Referrals (rujukan) to partner agencies and their follow-up.
    package static let slrtReferrals = "slrt.rujukan"
    /// Complaints (pengaduan) and their follow-up.
    package static let slrtComplaints = "slrt.pengaduan"
    /// The SLRT settings: number formats, eligibility rules, signatory, partners.
    package static let slrtSettings = "slrt.pengaturan"
    /// The dashboard (`/dasbor`), inside one's area scope.
    package static let viewDashboard = "dasbor.lihat"
}
