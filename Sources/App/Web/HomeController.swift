import Core
import Database
import HTTPServer
import Web

/// The home page after login: who you are, where you work, and the parts of the application your
/// role may open. It becomes the Kepala Seksi dashboard when that module arrives.
struct HomeController: RouteCollection {
    let pages: PageRenderer
    let pool: DatabasePool
    let settings: SettingsCache

    private struct View: Encodable {
        struct Shortcut: Encodable {
            let label: String
            let path: String
            let summary: String
        }
        struct WorkArea: Encodable {
            let code: String
            let name: String
            let levelLabel: String
        }
        let greeting: String
        let roleLabel: String
        let roleIntro: String
        let workAreas: [WorkArea]
        let hasWorkAreas: Bool
        let isAreaBound: Bool
        let shortcuts: [Shortcut]
    }

    func addRoutes(to routes: inout RouteBuilder) {
        routes.get("/", access: .requires(Action.home)) { _, context in
            guard let user = context.currentUser else { throw HTTPError(.forbidden) }
            let areas = try workAreas(of: user)
            let view = View(
                greeting: "Selamat datang, \(user.fullName)",
                roleLabel: user.role.label,
                roleIntro: Self.intro(for: user.role),
                workAreas: areas,
                hasWorkAreas: !areas.isEmpty,
                isAreaBound: user.role.isAreaBound,
                shortcuts: Navigation.shortcuts(for: user.role).map {
                    View.Shortcut(label: $0.label, path: $0.path, summary: $0.summary)
                })
            return try pages.render("home", title: "Beranda", view, context: context)
        }
    }

    private func workAreas(of user: CurrentUser) throws -> [View.WorkArea] {
        guard case .areas(let codes) = user.scope else { return [] }
        let words = settings.current
        return try pool.read { db in
            try AreaStore.areas(codes, in: db).map {
                View.WorkArea(code: $0.code, name: $0.name, levelLabel: words.word(for: $0.level))
            }
        }
    }

    /// What each role does here, in one sentence.
    static func intro(for role: Role) -> String {
        switch role {
        case .admin:
            "Anda mengelola akun pengguna, wilayah, pengaturan instansi, dan memantau jejak audit."
        case .operator:
            "Anda mendata keluarga dan mengajukan usulan untuk kalurahan Anda. Data wilayah lain tidak terlihat."
        case .pendamping:
            "Anda mendampingi pendataan dan usulan di wilayah tugas Anda."
        case .staf:
            "Anda memverifikasi data dan usulan dari seluruh wilayah."
        case .kasi:
            "Anda menyetujui usulan, memantau antrean dan waktu layanan, dan meninjau jejak audit."
        case .kadis:
            "Anda memantau capaian layanan dan menandatangani surat."
        }
    }
}
