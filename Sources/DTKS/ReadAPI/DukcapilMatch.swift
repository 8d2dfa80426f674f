package import Core

/// What a single civil-registry (Dukcapil) check is asked about one person.
package struct DukcapilQuery: Sendable, Equatable {
    package var nik: String
    package var name: String
    package var birthDate: CalendarDate?
    package var sex: Sex?

    package init(nik: String, name: String, birthDate: CalendarDate?, sex: Sex?) {
        self.nik = nik
        self.name = name
        self.birthDate = birthDate
        self.sex = sex
    }
}

/// The field of a civil-registry comparison that did not agree.
package enum DukcapilMismatch: String, Sendable, CaseIterable, Equatable {
    case nikNotFound = "nik_tidak_ditemukan"
    case name = "nama_berbeda"
    case birthDate = "tanggal_lahir_berbeda"
    case sex = "jenis_kelamin_berbeda"

    /// The reason as staff read it.
    package var label: String {
        switch self {
        case .nikNotFound: "NIK tidak ditemukan"
        case .name: "Nama berbeda"
        case .birthDate: "Tanggal lahir berbeda"
        case .sex: "Jenis kelamin berbeda"
        }
    }
}

/// The outcome of matching one person against the loaded Dukcapil extract (pemadanan).
package enum DukcapilMatch: Sendable, Equatable {
    /// Every compared field agrees.
    case padan
    /// At least one field differs; the reasons name each one.
    case tidakPadan([DukcapilMismatch])
    /// No extract has been loaded yet, so nothing can be compared.
    case extractMissing
}
