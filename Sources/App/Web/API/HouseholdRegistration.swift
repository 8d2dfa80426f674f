import Core
import Registry

/// The body of `POST /api/v1/keluarga`: the card and address, the head, and further members.
/// Choices are their stored codes (`"sex": "L"`); an unknown code reaches the service as a
/// missing choice, so its message is the form's. Field errors are named after these keys:
/// `no_kk`, `head.nik`, `members[0].birth_date`.
struct HouseholdRegistration: Decodable {
    struct NewPerson: Decodable {
        var nik: String
        var nikOverrideReason: String?
        var name: String
        var sex: String
        var birthPlace: String?
        var birthDate: String
        var relationship: String?
        var maritalStatus: String?
        var religion: String?
        var education: String?
        var occupation: String?
        var motherName: String?
        var disability: String?
        var chronicIllness: String?
        var jknSegment: String?

        enum CodingKeys: String, CodingKey {
            case nik, name, sex, relationship, religion, education, occupation, disability
            case nikOverrideReason = "nik_override_reason"
            case birthPlace = "birth_place"
            case birthDate = "birth_date"
            case maritalStatus = "marital_status"
            case motherName = "mother_name"
            case chronicIllness = "chronic_illness"
            case jknSegment = "jkn_segment"
        }

        /// The service's input; an omitted choice takes the form's default, an unknown one is nil.
        var input: PersonInput {
            func choice<T: RawRepresentable<String>>(_ text: String?, default value: T) -> T? {
                text.map(T.init(rawValue:)) ?? value
            }
            return PersonInput(
                nik: nik, nikOverrideReason: nikOverrideReason ?? "", name: name, sex: Sex(rawValue: sex),
                birthPlace: birthPlace ?? "", birthDate: birthDate,
                relationship: relationship.flatMap(Relationship.init(rawValue:)),
                maritalStatus: choice(maritalStatus, default: MaritalStatus.single),
                religion: choice(religion, default: Religion.islam), education: choice(education, default: Education.primary),
                occupation: occupation ?? "", motherName: motherName ?? "",
                disability: choice(disability, default: Disability.none), chronicIllness: chronicIllness ?? "",
                jknSegment: choice(jknSegment, default: JKNSegment.none))
        }
    }

    var noKK: String
    var kkOverrideReason: String?
    var areaCode: String
    var dusun: String?
    var rt: String?
    var rw: String?
    var address: String?
    var head: NewPerson
    var members: [NewPerson]?

    enum CodingKeys: String, CodingKey {
        case dusun, rt, rw, address, head, members
        case noKK = "no_kk"
        case kkOverrideReason = "kk_override_reason"
        case areaCode = "area_code"
    }

    static let maximumMembers = 30

    /// Registers the household, its head and every member in one transaction through
    /// `RegistryService` (all or nothing); returns the household id.
    func register(with service: RegistryService, by actor: Actor, scope: AreaScope) throws -> Int64 {
        let members = members ?? []
        guard members.count <= Self.maximumMembers else {
            throw APIError(
                .unprocessableContent, message: "Paling banyak \(Self.maximumMembers) anggota selain kepala.",
                fields: ["members": "Paling banyak \(Self.maximumMembers) anggota."])
        }
        let household = HouseholdInput(
            noKK: noKK, kkOverrideReason: kkOverrideReason ?? "", areaCode: areaCode, dusun: dusun ?? "", rt: rt ?? "",
            rw: rw ?? "", address: address ?? "")
        return try service.pool.write { db in
            let created: Household
            do {
                created = try service.createHousehold(household, head: head.input, by: actor, scope: scope, in: db).household
            } catch let error as RegistryError {
                throw Self.renamed(error) { field in Self.householdFields.contains(field) ? "" : "head." }
            }
            for (index, member) in members.enumerated() {
                do {
                    _ = try service.addMember(to: created.id, member.input, by: actor, scope: scope, in: db)
                } catch let error as RegistryError {
                    throw Self.renamed(error) { _ in "members[\(index)]." }
                }
            }
            return created.id
        }
    }

    static let householdFields: Set<RegistryField> = [.noKK, .kkOverrideReason, .areaCode, .dusun, .rt, .rw, .address]

    /// `error` with each field named after the body's key; other errors as they are.
    private static func renamed(_ error: RegistryError, prefix: (RegistryField) -> String) -> any Error {
        guard case .invalid(let problems, _) = error else { return error }
        let fields = Dictionary(uniqueKeysWithValues: problems.map { (prefix($0.key) + $0.key.rawValue, $0.value) })
        return APIError(.unprocessableContent, message: error.publicMessage, fields: fields)
    }
}
