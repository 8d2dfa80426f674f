import Core
import Database

/// Inserts generated households, persons and assessments with statements prepared once, ids
/// assigned in order (so nothing is read back per row).
struct SyntheticRowWriter {
    private let householdInsert: Statement
    private let personInsert: Statement
    private let assessmentInsert: Statement
    private let answersInsert: Statement
    private let setID: Int64
    private let timestamp: String
    private var numbers = SyntheticIdentityNumbers()
    private(set) var nextHouseholdID: Int64
    private(set) var nextPersonID: Int64
    private(set) var nextAssessmentID: Int64

    init(db: Connection, answers: SyntheticAnswers, timestamp: String, firstPersonID: Int64, firstAssessmentID: Int64) throws {
        householdInsert = try db.prepare(
            """
            INSERT INTO households (id, no_kk, area_code, dusun, rt, rw, address, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        personInsert = try db.prepare(
            """
            INSERT INTO persons
                (id, nik, name, sex, birth_place, birth_date, relationship, marital_status, religion, education,
                 occupation, mother_name, disability, chronic_illness, jkn_segment, household_id, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        assessmentInsert = try db.prepare(
            """
            INSERT INTO assessments (id, household_id, set_id, total, band_id, assessed_on, source, member_count, created_at)
            VALUES (?, ?, ?, ?, ?, ?, 'sintetis', ?, ?)
            """)
        // One statement per assessment, one VALUES row per indicator. OR FAIL instead of the
        // default ABORT spares a statement journal per assessment; any failure still rolls the
        // whole seed back (https://sqlite.org/lang_conflict.html).
        let rows = Array(repeating: "(?, ?, ?, ?)", count: answers.indicatorCount).joined(separator: ", ")
        answersInsert = try db.prepare(
            "INSERT OR FAIL INTO assessment_answers (assessment_id, indicator_id, option_id, points) VALUES \(rows)")
        setID = answers.setID
        self.timestamp = timestamp
        nextHouseholdID = try db.scalar(Int64.self, "SELECT coalesce(max(id), 0) + 1 FROM households")
        nextPersonID = firstPersonID
        nextAssessmentID = firstAssessmentID
    }

    mutating func write(_ household: SyntheticHousehold, random: inout SyntheticRandom) throws {
        let area = household.desa
        let id = nextHouseholdID
        nextHouseholdID += 1
        let issued = SyntheticPopulation.issueDay(random: &random, before: household.assessedOn)
        guard let noKK = numbers.noKK(region: area.region, regionIndex: area.kecamatanIndex, issued: issued) else {
            throw SyntheticSeedError.serialsExhausted
        }
        try householdInsert.execute([
            id, noKK, area.code, household.dusun, household.rt, household.rw, household.address, timestamp, timestamp,
        ])
        for member in household.members {
            guard let nik = numbers.nik(region: area.region, regionIndex: area.kecamatanIndex, sex: member.sex, born: member.born)
            else { throw SyntheticSeedError.serialsExhausted }
            try personInsert.execute([
                nextPersonID, nik, member.name, member.sex.rawValue, member.birthPlace, member.born.iso,
                member.relationship.rawValue, member.marital.rawValue, household.religion.rawValue,
                member.education.rawValue, member.occupation, member.motherName, member.disability.rawValue,
                member.chronicIllness, member.jkn.rawValue, id, timestamp, timestamp,
            ])
            nextPersonID += 1
        }
        guard let assessment = household.assessment else { return }
        try assessmentInsert.execute([
            nextAssessmentID, id, setID, assessment.total, assessment.bandID, household.assessedOn.iso,
            household.members.count, timestamp,
        ])
        var arguments: StatementArguments = []
        arguments.reserveCapacity(4 * assessment.options.count)
        for option in assessment.options {
            arguments.append(nextAssessmentID)
            arguments.append(option.indicatorID)
            arguments.append(option.id)
            arguments.append(option.points)
        }
        try answersInsert.execute(arguments)
        nextAssessmentID += 1
    }
}
