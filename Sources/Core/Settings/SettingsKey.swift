/// The keys of the `settings` table. The settings page names its inputs after them, so a field
/// error, a form input and a stored row all use the same name.
package enum SettingsKey {
    package static let instansiName = "instansi.nama"
    package static let addressLines = "instansi.alamat"
    package static let phone = "instansi.telepon"
    package static let email = "instansi.email"
    package static let website = "instansi.website"
    package static let logo = "instansi.logo"
    package static let kepalaDinasName = "kepala_dinas.nama"
    package static let kepalaDinasTitle = "kepala_dinas.jabatan"
    package static let kepalaDinasNIP = "kepala_dinas.nip"
    package static let kecamatanWord = "wilayah.kecamatan"
    package static let desaWord = "wilayah.desa"
    package static let dusunWord = "wilayah.dusun"
    package static let timeZone = "waktu.zona"
    package static let officeOpens = "waktu.jam_buka"
    package static let officeCloses = "waktu.jam_tutup"
    package static let workingWeekdays = "waktu.hari_kerja"
    package static let holidays = "waktu.hari_libur"
    package static let pbiPremium = "pbi.premi"
    package static let standardMinutes = "sla.standar"

    /// The form's checkbox that removes the logo (not stored).
    package static let removeLogo = "instansi.logo.hapus"
    /// The form's hidden version (`SettingsStore.fingerprint`, not stored).
    package static let version = "versi"
    /// The holiday form's inputs (not stored: they add one item to `holidays`).
    package static let holidayDate = "libur.tanggal"
    package static let holidayName = "libur.nama"
}
