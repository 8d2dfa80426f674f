/// The main menu: each entry shows only to roles that may perform its action. Feature modules
/// add their entries here, in menu order.
package enum Navigation {
    package struct Item: Sendable, Equatable {
        package let label: String
        package let path: String
        package let action: String
        /// One sentence for the home page's shortcut card.
        package let summary: String

        package init(label: String, path: String, action: String, summary: String = "") {
            self.label = label
            self.path = path
            self.action = action
            self.summary = summary
        }
    }

    package static let items: [Item] = [
        Item(label: "Beranda", path: "/", action: Action.home),
        Item(label: "Dasbor", path: "/dasbor", action: Action.viewDashboard,
             summary: "Antrean kerja, usulan lewat standar waktu, waktu layanan, PBI APBD dan sebaran kategori kesejahteraan."),
        Item(label: "Keluarga", path: "/keluarga", action: Action.viewRegistry,
             summary: "Daftar keluarga dan penduduk: cari NIK, No KK atau nama; tambah dan ubah data."),
        Item(label: "Indikator IKS", path: "/sidamesra/indikator", action: Action.viewIndicators,
             summary: "Set indikator kesejahteraan sosial, skor pilihan jawaban, dan kategori."),
        Item(label: "Peringkat", path: "/sidamesra/peringkat", action: Action.viewRanking,
             summary: "Keluarga dari yang paling miskin per kabupaten, kapanewon atau kalurahan, dengan desil; unduh CSV/XLSX."),
        Item(label: "Peserta DTKS", path: "/dtks/anggota", action: Action.viewDTKSMembers,
             summary: "Peserta DTKS/DTSEN dengan desil per wilayah; impor desil DTSEN; unduh CSV/XLSX."),
        Item(label: "Verivali", path: "/dtks/verivali", action: Action.viewVerivali,
             summary: "Putaran verifikasi dan validasi per kalurahan: hasil kunjungan dan laporan."),
        Item(label: "Usulan PBI APBD", path: "/sidakis", action: Action.viewProposals,
             summary: "SIDAKIS: usulan BPJS Kesehatan PBI APBD dari pengajuan, verifikasi, persetujuan sampai nomor KIS."),
        Item(label: "Aktivasi BPJS", path: "/sidakis/aktivasi", action: Action.activateProposals,
             summary: "Ekspor BNBA usulan yang disetujui ke batch aktivasi dan impor hasil dari BPJS Kesehatan."),
        Item(label: "Anggaran PBI", path: "/sidakis/anggaran", action: Action.viewPBIBudget,
             summary: "Peserta PBI APBD aktif × iuran per bulan, per kapanewon, dan proyeksi usulan yang berjalan."),
        Item(label: "SLRT", path: "/slrt", action: Action.slrtView,
             summary: "Layanan surat rekomendasi dan keterangan, cek DTKS, rujukan, pengaduan, buku register."),
        Item(label: "Wilayah", path: "/wilayah", action: Action.viewAreas,
             summary: "Pohon wilayah kerja dan jumlah data per wilayah."),
        Item(label: "Tugas", path: "/tugas", action: Action.viewJobs,
             summary: "Proses panjang (impor, ekspor, penilaian ulang) dan hasil unduhannya."),
        Item(label: "Pengguna", path: "/admin/pengguna", action: Action.manageUsers,
             summary: "Akun, peran, wilayah tugas, dan pengaturan ulang kata sandi."),
        Item(label: "Jejak Audit", path: "/audit", action: Action.viewAudit,
             summary: "Siapa mengubah apa dan kapan, dengan rantai hash yang dapat diperiksa."),
        Item(label: "Pengaturan", path: "/admin/pengaturan", action: Action.manageSettings,
             summary: "Identitas instansi, logo, penanda tangan, jam kerja dan hari libur."),
    ]

    /// The entries `role` may open other than the home page itself, for its shortcut cards.
    package static func shortcuts(for role: Role) -> [Item] {
        items.filter { $0.path != "/" && Permissions.allows(role, $0.action) }
    }

    /// The entries `role` may open, with the one containing `currentPath` marked.
    package static func menu(for role: Role, currentPath: String) -> [MenuEntry] {
        let visible = items.filter { Permissions.allows(role, $0.action) }
        let current = visible.filter { item in
            item.path == "/" ? currentPath == "/" : currentPath == item.path || currentPath.hasPrefix(item.path + "/")
        }.max { $0.path.count < $1.path.count }
        return visible.map { MenuEntry(label: $0.label, path: $0.path, current: $0 == current) }
    }

    /// One rendered menu entry.
    package struct MenuEntry: Sendable, Encodable, Equatable {
        package let label: String
        package let path: String
        package let current: Bool
    }
}
