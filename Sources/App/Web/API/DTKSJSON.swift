import Core
import Database
import DTKS
import Foundation
import Registry

/// How DTKS proposals look in the API, with their schemas beside them. No KK and NIK are whole
/// only for roles with `Action.viewFullNIK`, as on the proposal page; the list masks them always.
enum DTKSJSON {
    static let states = ProposalState.allCases.map(\.rawValue)

    static func summary(_ row: ProposalList.Row) -> JSONValue {
        [
            "id": JSONValue(row.id), "household_id": JSONValue(row.householdID), "status": .string(row.state.rawValue),
            "status_label": .string(row.state.label), "status_since": .string(ISO8601Timestamp.format(row.stateSince)),
            "area_code": .string(row.areaCode), "area_name": .string(row.areaName),
            "no_kk": .string(IdentityNumberText.masked(row.noKK)), "head_name": .string(row.headName),
            "proposer_type": .string(row.proposerType.rawValue), "created_at": .string(ISO8601Timestamp.format(row.createdAt)),
        ]
    }

    static let summarySchema = Schema.object(
        [
            "id": Schema.integer, "household_id": Schema.integer, "status": Schema.enumeration(states),
            "status_label": Schema.string, "status_since": Schema.dateTime, "area_code": Schema.string("Kode kalurahan."),
            "area_name": Schema.string, "no_kk": Schema.string("No KK tersamar."),
            "head_name": Schema.string("Kepala keluarga (kosong bila tidak ada anggota hidup)."),
            "proposer_type": Schema.enumeration(ProposerType.allCases.map(\.rawValue)), "created_at": Schema.dateTime,
        ],
        required: [
            "id", "household_id", "status", "status_label", "status_since", "area_code", "area_name", "no_kk", "head_name",
            "proposer_type", "created_at",
        ])

    /// The answer of `POST /api/v1/dtks/usulan`.
    static func created(_ proposal: Proposal) -> JSONValue {
        [
            "id": JSONValue(proposal.id), "household_id": JSONValue(proposal.householdID),
            "status": .string(proposal.state.rawValue), "version": .int(proposal.version),
        ]
    }

    static let createdSchema = Schema.object(
        [
            "id": Schema.integer, "household_id": Schema.integer, "status": Schema.enumeration(states),
            "version": Schema.integer(minimum: 1, description: "Versi usulan (bertambah setiap langkah)."),
        ],
        required: ["id", "household_id", "status", "version"])

    /// Everything the proposal page shows, except the SIDAMESRA score and the SLA times.
    static func detail(_ detail: ProposalDetail, fullNIK: Bool) -> JSONValue {
        let proposal = detail.proposal
        func number(_ text: String) -> String { fullNIK ? text : IdentityNumberText.masked(text) }
        func stamp(_ date: Date?) -> JSONValue { JSONValue(date.map(ISO8601Timestamp.format)) }
        let definition = ProposalWorkflow.definition
        return [
            "id": JSONValue(proposal.id), "version": .int(proposal.version), "status": .string(proposal.state.rawValue),
            "status_label": .string(proposal.state.label), "status_since": stamp(proposal.stateSince),
            "household": [
                "id": JSONValue(detail.household.id), "no_kk": .string(number(detail.household.noKK)),
                "area_code": .string(proposal.areaCode), "area_name": .string(detail.areaName),
                "head_name": JSONValue(detail.members.first?.name),
            ],
            "proposer_type": .string(proposal.proposerType.rawValue), "proposer_name": .string(proposal.proposerName),
            "reason": .string(proposal.reason),
            "requirements": [
                "kk": .bool(proposal.requirements.familyCard), "ktp": .bool(proposal.requirements.identityCard),
                "sktm": .bool(proposal.requirements.povertyLetter),
            ],
            "coordination": proposal.coordinationNote.isEmpty
                ? .null
                : ["note": .string(proposal.coordinationNote), "date": JSONValue(proposal.coordinationDate?.iso)],
            "assessment": proposal.eligible.map { eligible in
                [
                    "eligible": .bool(eligible), "reasons": .string(proposal.assessmentReasons),
                    "assessed_on": JSONValue(proposal.assessedOn?.iso),
                ]
            } ?? .null,
            "entered_at": stamp(proposal.enteredAt),
            "matching": proposal.matched.map { matched in
                [
                    "padan": .bool(matched), "reasons": .string(proposal.matchReasons), "matched_at": stamp(proposal.matchedAt),
                    "members": .array(detail.checks.map { check in
                        [
                            "name": .string(check.name), "nik": .string(number(check.nik)), "padan": .bool(check.padan),
                            "reasons": .array(check.reasons.map { .string($0.rawValue) }),
                        ]
                    }),
                ]
            } ?? .null,
            "batch_number": JSONValue(detail.batchNumber),
            "id_dtks": JSONValue(proposal.idDTKS),
            "return_reason": .string(proposal.returnReason),
            "documents": .array(detail.documents.map { document in
                [
                    "id": JSONValue(document.id), "kind": .string(document.kind.rawValue), "file_name": .string(document.fileName),
                    "content_type": .string(document.contentType.rawValue), "byte_count": .int(document.byteCount),
                    "uploaded_at": .string(document.uploadedAt),
                ]
            }),
            "history": .array(detail.events.map { event in
                [
                    "at": .string(ISO8601Timestamp.format(event.at)), "transition": .string(event.transition),
                    "label": .string(definition.transition(named: event.transition)?.label ?? "Usulan dibuat"),
                    "from": JSONValue(event.from), "to": .string(event.to), "by": .string(event.username),
                    "note": .string(event.note),
                ]
            }),
            "created_at": .string(ISO8601Timestamp.format(proposal.createdAt)),
            "updated_at": .string(ISO8601Timestamp.format(proposal.updatedAt)),
        ]
    }

    static let detailSchema: JSONValue = {
        let state = Schema.enumeration(states)
        // A JSON Schema validator checks `enum` apart from `type`: null must be one of the values.
        let nullableState = Schema.nullable(state).setting("enum", .array(states.map(JSONValue.string) + [.null]))
        let member = Schema.object(
            [
                "name": Schema.string, "nik": Schema.string("NIK, tersamar bila peran tidak boleh melihatnya."),
                "padan": Schema.boolean,
                "reasons": Schema.array(of: Schema.enumeration(DukcapilMismatch.allCases.map(\.rawValue))),
            ],
            required: ["name", "nik", "padan", "reasons"])
        return Schema.object(
            [
                "id": Schema.integer, "version": Schema.integer(minimum: 1), "status": state, "status_label": Schema.string,
                "status_since": Schema.dateTime,
                "household": Schema.object(
                    [
                        "id": Schema.integer, "no_kk": Schema.string("No KK, tersamar bila peran tidak boleh melihatnya."),
                        "area_code": Schema.string, "area_name": Schema.string, "head_name": Schema.nullable(Schema.string),
                    ],
                    required: ["id", "no_kk", "area_code", "area_name", "head_name"]),
                "proposer_type": Schema.enumeration(ProposerType.allCases.map(\.rawValue)), "proposer_name": Schema.string,
                "reason": Schema.string,
                "requirements": Schema.object(
                    ["kk": Schema.boolean, "ktp": Schema.boolean, "sktm": Schema.boolean], required: ["kk", "ktp", "sktm"]),
                "coordination": Schema.nullable(Schema.object(
                    ["note": Schema.string, "date": Schema.nullable(Schema.date)], required: ["note", "date"],
                    description: "Hasil koordinasi (langkah 2); null sebelum dicatat.")),
                "assessment": Schema.nullable(Schema.object(
                    [
                        "eligible": Schema.boolean, "reasons": Schema.string,
                        "assessed_on": Schema.nullable(Schema.date),
                    ],
                    required: ["eligible", "reasons", "assessed_on"],
                    description: "Penilaian lapangan (langkah 3): layak atau tidak; null sebelum dinilai.")),
                "entered_at": Schema.nullable(Schema.dateTime),
                "matching": Schema.nullable(Schema.object(
                    [
                        "padan": Schema.boolean, "reasons": Schema.string, "matched_at": Schema.nullable(Schema.dateTime),
                        "members": Schema.array(of: member),
                    ],
                    required: ["padan", "reasons", "matched_at", "members"],
                    description: "Pemadanan Dukcapil (langkah 5); null sebelum dipadankan.")),
                "batch_number": Schema.nullable(Schema.string("Nomor berkas finalisasi.")),
                "id_dtks": Schema.nullable(Schema.string("ID DTKS setelah terdaftar.")),
                "return_reason": Schema.string("Alasan pengembalian terakhir (kosong bila tidak pernah dikembalikan)."),
                "documents": Schema.array(of: Schema.object(
                    [
                        "id": Schema.integer, "kind": Schema.enumeration(AttachmentKind.allCases.map(\.rawValue)),
                        "file_name": Schema.string,
                        "content_type": Schema.enumeration(AttachmentContentType.allCases.map(\.rawValue)),
                        "byte_count": Schema.integer(minimum: 1), "uploaded_at": Schema.dateTime,
                    ],
                    required: ["id", "kind", "file_name", "content_type", "byte_count", "uploaded_at"])),
                "history": Schema.array(of: Schema.object(
                    [
                        "at": Schema.dateTime, "transition": Schema.string("Nama langkah; yang pertama mencatat usulan dibuat."),
                        "label": Schema.string, "from": nullableState, "to": state, "by": Schema.string,
                        "note": Schema.string,
                    ],
                    required: ["at", "transition", "label", "from", "to", "by", "note"])),
                "created_at": Schema.dateTime, "updated_at": Schema.dateTime,
            ],
            required: [
                "id", "version", "status", "status_label", "status_since", "household", "proposer_type", "proposer_name",
                "reason", "requirements", "coordination", "assessment", "entered_at", "matching", "batch_number", "id_dtks",
                "return_reason", "documents", "history", "created_at", "updated_at",
            ])
    }()
}
