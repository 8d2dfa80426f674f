/// The kinds of row problem a DTSEN import reports. Raw values appear in the report file.
package enum DtsenProblem: String, Sendable, CaseIterable, Equatable {
    /// Neither NIK nor No KK.
    case missingIdentity = "identitas_kosong"
    /// A NIK or No KK that is not 16 digits.
    case invalidNumber = "nomor_tidak_sah"
    /// A NIK neither the register nor the DTKS list knows.
    case unknownNIK = "nik_tidak_dikenal"
    /// A No KK no active household holds.
    case unknownKK = "kk_tidak_dikenal"
    /// A desil that is missing or not 1–10.
    case invalidDesil = "desil_tidak_sah"
    /// The same NIK (or No KK) on an earlier row.
    case duplicate = "ganda"
    /// The person died or moved away.
    case inactivePerson = "penduduk_tidak_aktif"
    /// Outside the importing user's areas.
    case outsideArea = "di_luar_wilayah"
}
