import Core
import DTKS
import Registry
import Sidamesra

/// `GET /api/v1/penduduk/{nik}`: what the register, SIDAMESRA and DTKS know about one person.
enum PersonStatusJSON {
    static func status(
        person: Person, fullNIK: Bool, household: Household, areaName: String, score: CurrentScore?,
        rank: HouseholdRank?, dtks: DTKSMembership?
    ) -> JSONValue {
        [
            "person": RegistryJSON.person(person, fullNIK: fullNIK),
            "household": RegistryJSON.household(household, areaName: areaName),
            "jkn": ["segment": .string(person.jknSegment.rawValue), "label": .string(person.jknSegment.label)],
            "sidamesra": score.map { score in
                [
                    "total": .int(score.total), "category": .string(score.bandName), "indicator_set": .string(score.setName),
                    "assessed_on": .string(score.assessedOn.iso), "under_active_set": .bool(score.isUnderActiveSet),
                    "rank": JSONValue(rank?.rank), "desil": JSONValue(rank?.desil),
                    "rank_area_code": JSONValue(rank?.area.code), "rank_area_count": JSONValue(rank?.areaCount),
                ]
            } ?? .null,
            "dtks": dtks.map { membership in
                [
                    "id_dtks": .string(membership.idDTKS), "desil": JSONValue(membership.desil),
                    "since": .string(membership.since.iso),
                ]
            } ?? .null,
        ]
    }

    static let schema = Schema.object(
        [
            "person": Schema.ref("Person"),
            "household": Schema.ref("Household"),
            "jkn": Schema.object(
                ["segment": Schema.enumeration(JKNSegment.allCases.map(\.rawValue)), "label": Schema.string],
                required: ["segment", "label"]),
            "sidamesra": Schema.nullable(Schema.object(
                [
                    "total": Schema.integer, "category": Schema.string, "indicator_set": Schema.string,
                    "assessed_on": Schema.date, "under_active_set": Schema.boolean,
                    "rank": Schema.nullable(Schema.integer(minimum: 1, description: "Peringkat di kalurahannya (1 = termiskin).")),
                    "desil": Schema.nullable(Schema.integer(minimum: 1, maximum: 10)),
                    "rank_area_code": Schema.nullable(Schema.string), "rank_area_count": Schema.nullable(Schema.integer),
                ],
                required: [
                    "total", "category", "indicator_set", "assessed_on", "under_active_set", "rank", "desil",
                    "rank_area_code", "rank_area_count",
                ],
                description: "Penilaian SIDAMESRA terakhir keluarganya; null bila belum dinilai.")),
            "dtks": Schema.nullable(Schema.object(
                [
                    "id_dtks": Schema.string, "desil": Schema.nullable(Schema.integer(minimum: 1, maximum: 10)),
                    "since": Schema.date,
                ],
                required: ["id_dtks", "desil", "since"], description: "Keanggotaan DTKS/DTSEN final; null bila bukan anggota.")),
        ],
        required: ["person", "household", "jkn", "sidamesra", "dtks"])
}
