import App
import ArgumentParser

struct Seed: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fill the database with demo accounts and households, or with synthetic data at scale.",
        discussion: """
            --demo applies pending migrations, then creates one account per role with the password \
            listed in README.md, invented households in the demo operators' kalurahan, and their \
            SIDAMESRA, SIDAKIS, DTKS and SLRT work of the past five weeks (assessments, proposals in \
            every state, batches, letters, a referral, complaints; documents stored in --uploads), \
            but only while the database has no account at all; otherwise it changes nothing and \
            exits 0.

            --synthetic --households N applies pending migrations, then writes N invented households \
            across every kalurahan with members and, for about 90 %, an assessment under the active \
            indicator set; the same --random-seed gives the same data. It refuses a registry that \
            already holds households.
            """)

    @Flag(help: "Demo accounts (one per role), households and module work for trying the application.") var demo = false
    @Flag(help: "Synthetic households at scale (needs --households).") var synthetic = false
    @Option(help: "How many synthetic households to write.") var households: Int?
    @Option(help: "Seed of the synthetic data generator.") var randomSeed: UInt64 = SyntheticSeedCommand.defaultRandomSeed
    @Option(help: "Folder for the demo documents (default: uploads/ beside the database, as serve uses).") var uploads: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var rootOptions: RootOptions

    func validate() throws {
        guard demo != synthetic else { throw ValidationError("say what to seed: --demo or --synthetic.") }
        if demo, households != nil { throw ValidationError("--households goes with --synthetic.") }
        if synthetic, uploads != nil { throw ValidationError("--uploads goes with --demo.") }
    }

    func run() throws {
        try runReportingFailure {
            if synthetic {
                try SyntheticSeedCommand.run(
                    databasePath: database.db, root: rootOptions.root, households: households, randomSeed: randomSeed)
            } else {
                try SeedCommand.runDemo(databasePath: database.db, root: rootOptions.root, uploadsDirectory: uploads)
            }
        }
    }
}
