import Core
import Registry

extension HouseholdRegistration {
    static let personSchema = Schema.object(
        [
            "nik": Schema.digits(16, "NIK (16 digit)."),
            "nik_override_reason": Schema.string("Alasan bila NIK menyalahi aturan tetapi memang tertulis begitu di KK."),
            "name": Schema.text(minLength: 1, maxLength: 100), "sex": Schema.enumeration(Sex.allCases.map(\.rawValue)),
            "birth_place": Schema.string, "birth_date": Schema.pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "Tanggal lahir, tttt-bb-hh."),
            "relationship": Schema.enumeration(
                Relationship.allCases.map(\.rawValue), description: "Hubungan dengan kepala (diabaikan untuk kepala)."),
            "marital_status": Schema.enumeration(MaritalStatus.allCases.map(\.rawValue)),
            "religion": Schema.enumeration(Religion.allCases.map(\.rawValue)),
            "education": Schema.enumeration(Education.allCases.map(\.rawValue)),
            "occupation": Schema.string, "mother_name": Schema.string,
            "disability": Schema.enumeration(Disability.allCases.map(\.rawValue)),
            "chronic_illness": Schema.string,
            "jkn_segment": Schema.enumeration(JKNSegment.allCases.map(\.rawValue)),
        ],
        required: ["nik", "name", "sex", "birth_date"])

    static let schema = Schema.object(
        [
            "no_kk": Schema.digits(16, "No KK (16 digit)."),
            "kk_override_reason": Schema.string("Alasan bila No KK menyalahi aturan tetapi memang begitu."),
            "area_code": Schema.pattern("^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}$", "Kode kalurahan di wilayah pengguna."),
            "dusun": Schema.string, "rt": Schema.string, "rw": Schema.string, "address": Schema.string,
            "head": Schema.ref("NewPerson"),
            "members": Schema.array(of: Schema.ref("NewPerson"), maxItems: maximumMembers),
        ],
        required: ["no_kk", "area_code", "head"])
}
