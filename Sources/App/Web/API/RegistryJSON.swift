import Core
import Registry

/// How the register's records look in the API, and their schemas beside them so the two are
/// read together. NIK and No KK are masked in lists; a person's whole NIK only for roles with
/// `Action.viewFullNIK` (and that opening is audited by the service).
enum RegistryJSON {
    static func household(_ household: Household, areaName: String) -> JSONValue {
        [
            "id": JSONValue(household.id), "no_kk": .string(household.noKK), "area_code": .string(household.areaCode),
            "area_name": .string(areaName), "dusun": .string(household.dusun), "rt": .string(household.rt),
            "rw": .string(household.rw), "address": .string(household.address),
            "status": .string(household.status.rawValue), "version": .int(household.version),
        ]
    }

    static let householdSchema = Schema.object(
        [
            "id": Schema.integer, "no_kk": Schema.string("No KK (16 digit)."), "area_code": Schema.string("Kode kalurahan."),
            "area_name": Schema.string, "dusun": Schema.string, "rt": Schema.string, "rw": Schema.string,
            "address": Schema.string, "status": Schema.enumeration(HouseholdStatus.allCases.map(\.rawValue)),
            "version": Schema.integer(minimum: 1, description: "Versi data (bertambah setiap perubahan)."),
        ],
        required: ["id", "no_kk", "area_code", "area_name", "dusun", "rt", "rw", "address", "status", "version"])

    static func summary(_ summary: HouseholdSummary) -> JSONValue {
        let household = summary.household
        return [
            "id": JSONValue(household.id), "no_kk": .string(household.maskedNoKK), "area_code": .string(household.areaCode),
            "area_name": .string(summary.areaName), "dusun": .string(household.dusun), "rt": .string(household.rt),
            "rw": .string(household.rw), "status": .string(household.status.rawValue),
            "head_name": JSONValue(summary.headName), "member_count": .int(summary.memberCount),
        ]
    }

    static let summarySchema = Schema.object(
        [
            "id": Schema.integer, "no_kk": Schema.string("No KK tersamar."), "area_code": Schema.string,
            "area_name": Schema.string, "dusun": Schema.string, "rt": Schema.string, "rw": Schema.string,
            "status": Schema.enumeration(HouseholdStatus.allCases.map(\.rawValue)),
            "head_name": Schema.nullable(Schema.string), "member_count": Schema.integer(minimum: 0),
        ],
        required: ["id", "no_kk", "area_code", "area_name", "dusun", "rt", "rw", "status", "head_name", "member_count"])

    static func person(_ person: Person, fullNIK: Bool) -> JSONValue {
        [
            "id": JSONValue(person.id), "nik": .string(fullNIK ? person.nik : person.maskedNIK), "nik_masked": .bool(!fullNIK),
            "name": .string(person.name), "sex": .string(person.sex.rawValue), "birth_place": .string(person.birthPlace),
            "birth_date": .string(person.birthDate.iso), "relationship": .string(person.relationship.rawValue),
            "status": .string(person.status.rawValue), "jkn_segment": .string(person.jknSegment.rawValue),
            "household_id": JSONValue(person.householdID),
        ]
    }

    static let personSchema = Schema.object(
        [
            "id": Schema.integer, "nik": Schema.string("NIK, tersamar (3402••••••••0001) bila peran tidak boleh melihatnya."),
            "nik_masked": Schema.boolean, "name": Schema.string, "sex": Schema.enumeration(Sex.allCases.map(\.rawValue)),
            "birth_place": Schema.string, "birth_date": Schema.date,
            "relationship": Schema.enumeration(Relationship.allCases.map(\.rawValue)),
            "status": Schema.enumeration(PersonStatus.allCases.map(\.rawValue)),
            "jkn_segment": Schema.enumeration(JKNSegment.allCases.map(\.rawValue)), "household_id": Schema.integer,
        ],
        required: [
            "id", "nik", "nik_masked", "name", "sex", "birth_place", "birth_date", "relationship", "status",
            "jkn_segment", "household_id",
        ])

    static let householdDetailSchema = Schema.object(
        ["household": Schema.ref("Household"), "members": Schema.array(of: Schema.ref("Person"))],
        required: ["household", "members"])

    /// One page of a list: `items` and where it lies in the whole.
    static func page(items: [JSONValue], page: APIPage, total: Int, totalIsCapped: Bool) -> JSONValue {
        [
            "items": .array(items), "page": .int(page.page), "per_page": .int(page.perPage), "total": .int(total),
            "total_is_capped": .bool(totalIsCapped),
        ]
    }

    static func pageSchema(of item: JSONValue) -> JSONValue {
        Schema.object(
            [
                "items": Schema.array(of: item, maxItems: APIPage.maximumPerPage), "page": Schema.integer(minimum: 1),
                "per_page": Schema.integer(minimum: 1, maximum: APIPage.maximumPerPage),
                "total": Schema.integer(minimum: 0, description: "Jumlah baris; bila total_is_capped, paling sedikit sebanyak ini."),
                "total_is_capped": Schema.boolean,
            ],
            required: ["items", "page", "per_page", "total", "total_is_capped"])
    }
}
